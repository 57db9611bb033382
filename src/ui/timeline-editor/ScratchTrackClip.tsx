/**
 * The scratch track's block in the audio lane (a lazy chunk, loaded when the project has a scratch
 * track): the audio placed on the sequence clock (the lane's left edge is where the selected shot
 * starts: the earlier shots' durations) with its waveform. Dragging moves the offset (one undo step
 * per drag; frame-snapped, Alt: free; Escape puts it back); ←/→ on the focused block nudge a frame
 * (Shift: ten).
 */
import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from 'react'
import { clampOffset, dbToGain } from '../../animatic/core/audioWindow'
import { sequenceDuration, shotStartOnSequence } from '../../animatic/core/sequencePlan'
import { useScratchSession } from '../../animatic/session'
import { selectCurrentShot, studioStore, useStudio } from '../../state'
import type { ScratchTrack } from '../../timeline/media'
import { startPointerSession } from './pointerSession'
import { useScratchAudio } from './useScratchAudio'
import { WaveformCanvas } from './WaveformCanvas'

const snapOffset = (offsetS: number, fps: number, free: boolean) => (free ? offsetS : Math.round(offsetS * fps) / fps)

const moveTo = (offsetS: number) => {
  const s = studioStore.getState()
  const t = s.document.scratchTrack
  if (!t) return
  s.updateScratchTrack({ offsetS: clampOffset(offsetS, t.durationS, sequenceDuration(s.document.shots)) })
}

const formatOffset = (s: number) => `${s >= 0 ? '+' : '−'}${Math.abs(s).toFixed(2)} s`

const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
  const s = studioStore.getState()
  const t = s.document.scratchTrack
  if (e.button !== 0 || !t) return
  e.preventDefault()
  e.stopPropagation()
  e.currentTarget.focus()
  const startX = e.clientX
  const startOffset = t.offsetS
  const fps = selectCurrentShot(s).fps
  let moved = false
  s.beginGesture()
  startPointerSession(e, {
    move: (ev) => {
      if (!moved && Math.abs(ev.clientX - startX) < 2) return
      moved = true
      moveTo(snapOffset(startOffset + (ev.clientX - startX) / studioStore.getState().timelinePixelsPerSecond, fps, ev.altKey))
    },
    up: () => (moved ? studioStore.getState().commitGesture() : studioStore.getState().cancelGesture()),
    cancel: () => studioStore.getState().cancelGesture(),
  })
}

const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
  const s = studioStore.getState()
  const t = s.document.scratchTrack
  if (!t) return
  e.preventDefault()
  e.stopPropagation()
  const frames = (e.key === 'ArrowLeft' ? -1 : 1) * (e.shiftKey ? 10 : 1)
  const fps = selectCurrentShot(s).fps
  moveTo(snapOffset(t.offsetS + frames / fps, fps, false))
}

export interface ScratchTrackClipProps {
  readonly track: ScratchTrack
  readonly widthPx: number
  readonly pps: number
  readonly heightPx: number
}

export default function ScratchTrackClip({ track, widthPx, pps, heightPx }: ScratchTrackClipProps) {
  const shotStartS = useStudio((s) => shotStartOnSequence(s.document.shots, s.selectedShotId))
  const muted = useScratchSession((s) => s.muted)
  const peaks = useScratchAudio(track.assetId)
  const left = (track.offsetS - shotStartS) * pps
  const right = left + track.durationS * pps
  const visLeft = Math.max(0, left)
  const visRight = Math.min(widthPx, right)
  const audioAt = (x: number) => x / pps + shotStartS - track.offsetS
  if (visRight <= visLeft) return null
  return (
    <div
      data-testid="timeline.audio-clip"
      data-offset={track.offsetS}
      role="slider"
      tabIndex={0}
      aria-label={`Scratch track ${track.fileName}: offset`}
      aria-valuenow={track.offsetS}
      aria-valuetext={formatOffset(track.offsetS)}
      title={`${track.fileName} · ${track.durationS.toFixed(2)} s · starts at ${formatOffset(track.offsetS)} on the sequence. Drag to move (Alt: off the frame grid), ←/→ nudge a frame.`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      className="absolute top-1 cursor-grab overflow-hidden rounded border border-emerald-400/40 bg-emerald-500/10 outline-none focus-visible:ring-1 focus-visible:ring-emerald-300 active:cursor-grabbing"
      style={{ left: visLeft, width: visRight - visLeft, height: heightPx - 8 }}
    >
      {peaks && <WaveformCanvas peaks={peaks} fromS={audioAt(visLeft)} toS={audioAt(visRight)} widthPx={visRight - visLeft} heightPx={heightPx - 10} gain={dbToGain(track.gainDb)} muted={muted} />}
      <span className="pointer-events-none absolute top-0 left-1 max-w-full truncate text-[10px] leading-4 text-emerald-100/80">
        {track.fileName}
        {left < 0 ? ` · ${(-left / pps).toFixed(2)} s in` : ''}
      </span>
    </div>
  )
}
