/**
 * The scratch audio lane under the tracks: its header and, in the time area, the audio as a block
 * with its waveform, placed on the sequence clock (the lane's left edge is where the selected shot
 * starts in the sequence: the sum of the earlier shots' durations). Dragging the block moves the
 * track's offset (one undo step per drag; frame-snapped, Alt: free; Escape puts it back); ←/→ on
 * the focused block nudge it a frame (Shift: ten).
 */
import { useRef, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react'
import { clampOffset, dbToGain } from '../../animatic/core/audioWindow'
import { sequenceDuration, shotStartOnSequence } from '../../animatic/core/sequencePlan'
import { useScratchSession } from '../../animatic/session'
import { selectCurrentShot, studioStore, useStudio } from '../../state'
import { usePlayheadTransform } from './Playhead'
import { startPointerSession } from './pointerSession'
import { ScratchTrackHeader } from './ScratchTrackHeader'
import { GUTTER_PX } from './timelineMath'
import { useScratchAudio } from './useScratchAudio'
import { useScrub } from './useScrub'
import { WaveformCanvas } from './WaveformCanvas'

export const SCRATCH_LANE_PX = 58

const snapOffset = (offsetS: number, fps: number, free: boolean) => (free ? offsetS : Math.round(offsetS * fps) / fps)

const moveTo = (offsetS: number) => {
  const s = studioStore.getState()
  const t = s.document.scratchTrack
  if (!t) return
  s.updateScratchTrack({ offsetS: clampOffset(offsetS, t.durationS, sequenceDuration(s.document.shots)) })
}

function LanePlayhead() {
  const ref = useRef<HTMLDivElement>(null)
  usePlayheadTransform(ref)
  return (
    <div ref={ref} className="pointer-events-none absolute top-0 bottom-0 left-0 z-20 w-0">
      <div className="absolute top-0 bottom-0 -left-px w-0.5 bg-accent/90" />
    </div>
  )
}

const formatOffset = (s: number) => `${s >= 0 ? '+' : '−'}${Math.abs(s).toFixed(2)} s`

export function ScratchTrackLane({ widthPx, pps }: { readonly widthPx: number; readonly pps: number }) {
  const track = useStudio((s) => s.document.scratchTrack)
  const shotStartS = useStudio((s) => shotStartOnSequence(s.document.shots, s.selectedShotId))
  const shotEndPx = useStudio((s) => selectCurrentShot(s).durationS) * pps
  const { muted, status, error } = useScratchSession((s) => s)
  const peaks = useScratchAudio(track?.assetId)
  const laneRef = useRef<HTMLDivElement>(null)
  const scrub = useScrub(laneRef)

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
        const st = studioStore.getState()
        moveTo(snapOffset(startOffset + (ev.clientX - startX) / st.timelinePixelsPerSecond, fps, ev.altKey))
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

  const height = SCRATCH_LANE_PX
  let block = null
  if (track) {
    const left = (track.offsetS - shotStartS) * pps
    const right = left + track.durationS * pps
    const visLeft = Math.max(0, left)
    const visRight = Math.min(widthPx, right)
    const audioAt = (x: number) => x / pps + shotStartS - track.offsetS
    block = (
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
        style={{ left: visLeft, width: Math.max(0, visRight - visLeft), height: height - 8, display: visRight > visLeft ? undefined : 'none' }}
      >
        {peaks && visRight > visLeft && (
          <WaveformCanvas peaks={peaks} fromS={audioAt(visLeft)} toS={audioAt(visRight)} widthPx={visRight - visLeft} heightPx={height - 10} gain={dbToGain(track.gainDb)} muted={muted} />
        )}
        <span className="pointer-events-none absolute top-0 left-1 max-w-full truncate text-[10px] leading-4 text-emerald-100/80">
          {track.fileName}
          {left < 0 ? ` · ${(-left / pps).toFixed(2)} s in` : ''}
        </span>
      </div>
    )
  }
  return (
    <div className="flex" data-testid="timeline.audio" data-has-track={track ? 'true' : 'false'}>
      <div className="sticky left-0 z-30 shrink-0 border-r border-neutral-800 bg-neutral-950" style={{ width: GUTTER_PX }}>
        <ScratchTrackHeader heightPx={height} />
      </div>
      <div className="relative shrink-0 border-b border-neutral-800/80 bg-neutral-900/40" style={{ width: widthPx, height }} data-testid="timeline.audio-lane" ref={laneRef} onPointerDown={scrub}>
        {block}
        {!track && (
          <span className="pointer-events-none absolute top-1/2 left-2 -translate-y-1/2 text-[10px] whitespace-nowrap text-neutral-600">
            Scratch track: import WAV, MP3, M4A/AAC, Ogg/Opus or FLAC; it plays with the transport and goes into the animatic.
          </span>
        )}
        {track && status !== 'idle' && (
          <span data-testid="timeline.audio-status" className={`pointer-events-none absolute right-2 bottom-1 text-[10px] ${status === 'error' ? 'text-red-300' : 'text-neutral-500'}`}>
            {status === 'error' ? error : 'Decoding audio…'}
          </span>
        )}
        <LanePlayhead />
        <div className="pointer-events-none absolute top-0 right-0 bottom-0 border-l border-neutral-400/70 bg-black/35" style={{ left: shotEndPx }} title="Past this shot's end: the next shots" />
      </div>
    </div>
  )
}
