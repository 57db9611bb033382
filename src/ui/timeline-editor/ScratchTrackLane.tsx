/**
 * The scratch audio lane under the tracks: its header and time area. The block with the waveform
 * and its drag (`ScratchTrackClip`) and the header's controls are lazy chunks, loaded when the
 * project has a scratch track; without one the lane shows Import audio… and a hint. Pressing empty
 * lane space scrubs like the lanes above.
 */
import { Suspense, lazy, useRef, memo } from 'react'
import { useScratchSession } from '../../animatic/session'
import { selectCurrentShot, useStudio } from '../../state'
import { usePlayheadTransform } from './Playhead'
import { ScratchTrackHeader } from './ScratchTrackHeader'
import { GUTTER_PX } from './timelineMath'
import { useScrub } from './useScrub'

const ScratchTrackClip = lazy(() => import('./ScratchTrackClip'))

export const SCRATCH_LANE_PX = 58

/** The playhead through the lane: on its own compositor layer, so playback moves it without repainting the lane. */
function LanePlayhead() {
  const ref = useRef<HTMLDivElement>(null)
  usePlayheadTransform(ref)
  return (
    <div ref={ref} className="pointer-events-none absolute top-0 bottom-0 left-0 z-20 w-0 will-change-transform">
      <div className="absolute top-0 bottom-0 -left-px w-0.5 bg-accent/90" />
    </div>
  )
}

function ScratchTrackLaneBody({ widthPx, pps }: { readonly widthPx: number; readonly pps: number }) {
  const track = useStudio((s) => s.document.scratchTrack)
  const shotEndPx = useStudio((s) => selectCurrentShot(s).durationS) * pps
  const status = useScratchSession((s) => s.status)
  const error = useScratchSession((s) => s.error)
  const laneRef = useRef<HTMLDivElement>(null)
  const scrub = useScrub(laneRef)
  const height = SCRATCH_LANE_PX
  return (
    <div className="flex" data-testid="timeline.audio" data-has-track={track ? 'true' : 'false'}>
      <div className="sticky left-0 z-30 shrink-0 border-r border-neutral-800 bg-neutral-950" style={{ width: GUTTER_PX }}>
        <ScratchTrackHeader heightPx={height} />
      </div>
      <div ref={laneRef} onPointerDown={scrub} className="relative shrink-0 border-b border-neutral-800/80 bg-neutral-900/40" style={{ width: widthPx, height }} data-testid="timeline.audio-lane">
        {track ? (
          <Suspense fallback={null}>
            <ScratchTrackClip track={track} widthPx={widthPx} pps={pps} heightPx={height} />
          </Suspense>
        ) : (
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
        <div className="pointer-events-none absolute top-0 right-0 bottom-0 border-l border-neutral-400/70 bg-black/35" style={{ left: shotEndPx }} title="Past this shot's end: what plays under the next shots" />
      </div>
    </div>
  )
}

/** Memoised: an edit re-renders the timeline panel; this redraws only when its own props change. */
export const ScratchTrackLane = memo(ScratchTrackLaneBody)
