/**
 * Transport: start, frame step, play/pause, end, loop; the timecode (written into the DOM by a
 * transient playhead subscription); the shot's fps; timeline zoom. Shortcuts live in the app shell.
 */
import { useEffect, useRef, memo } from 'react'
import { MAX_TIMELINE_ZOOM, MIN_TIMELINE_ZOOM, selectCurrentShot, studioActions, subscribeToPlayhead, useStudio } from '../../state'
import { AnimaticButton } from '../animatic/AnimaticButton'
import { IconButton } from './IconButton'
import { PlayPauseButton } from '../primitives'
import { formatTimecode } from './timelineMath'

export interface TransportBarProps {
  /** Sets the zoom (pixels per second), keeping the playhead (or the view's left edge) in place. */
  readonly onZoom: (pps: number) => void
}

const ZOOM_STEP = 1.25
/**
 * Text rewritten every frame while playing: its own box (layout and paint contained, so a new
 * value lays out and repaints only itself) on its own compositor layer.
 */
export const PER_FRAME_TEXT = 'inline-block overflow-hidden whitespace-nowrap [contain:layout_paint_style] will-change-transform'

/** The shot's length after the timecode: its own subscription, so an edit that changes the length re-renders only this. */
function ShotLength() {
  const fps = useStudio((s) => selectCurrentShot(s).fps)
  const durationS = useStudio((s) => selectCurrentShot(s).durationS)
  return <span className="text-neutral-500">/ {formatTimecode(durationS, fps)}</span>
}

function TransportBarBody({ onZoom }: TransportBarProps) {
  const playing = useStudio((s) => s.playing)
  const loop = useStudio((s) => s.loop)
  const fps = useStudio((s) => selectCurrentShot(s).fps)
  const pps = useStudio((s) => s.timelinePixelsPerSecond)
  const timecodeRef = useRef<HTMLSpanElement>(null)
  const secondsRef = useRef<HTMLSpanElement>(null)

  useEffect(
    () =>
      subscribeToPlayhead((t, s) => {
        const shot = selectCurrentShot(s)
        if (timecodeRef.current) timecodeRef.current.textContent = formatTimecode(t, shot.fps)
        if (secondsRef.current) secondsRef.current.textContent = `${t.toFixed(2)}s · f${Math.round(t * shot.fps)}`
      }),
    [],
  )

  const a = studioActions()
  return (
    <div className="flex h-8 shrink-0 items-center gap-0.5 border-b border-neutral-800 bg-neutral-900 px-2" data-testid="transport">
      <IconButton icon="start" label="Go to start" title="Go to start (Home)" testId="transport.start" onClick={() => a.setPlayhead(0)} />
      <IconButton icon="back" label="Previous frame" title="Previous frame (←)" testId="transport.step-back" onClick={() => a.stepFrames(-1)} />
      <PlayPauseButton playing={playing} onToggle={() => a.togglePlay()} testId="transport.play" />
      <IconButton icon="forward" label="Next frame" title="Next frame (→)" testId="transport.step-forward" onClick={() => a.stepFrames(1)} />
      <IconButton icon="end" label="Go to end" title="Go to end (End)" testId="transport.end" onClick={() => a.goToEnd()} />
      <IconButton icon="loop" label="Loop" title={loop ? 'Loop: on' : 'Loop: off'} testId="transport.loop" active={loop} onClick={() => a.setLoop(!loop)} />

      <div className="ml-3 flex items-baseline gap-1.5 font-mono tabular-nums">
        <span ref={timecodeRef} data-testid="transport.timecode" className={`${PER_FRAME_TEXT} h-5 min-w-[5ch] text-sm text-neutral-100`}>
          00:00
        </span>
        <ShotLength />
        <span ref={secondsRef} data-testid="transport.seconds" className={`${PER_FRAME_TEXT} ml-1 h-4 w-28 text-[11px] text-neutral-500`} />
      </div>
      <span className="rounded bg-neutral-800 px-1.5 py-0.5 text-[11px] text-neutral-400" data-testid="transport.fps">
        {fps} fps
      </span>

      <div className="ml-auto flex items-center gap-1">
        <AnimaticButton />
        <IconButton icon="minus" label="Zoom out" testId="timeline.zoom-out" onClick={() => onZoom(pps / ZOOM_STEP)} disabled={pps <= MIN_TIMELINE_ZOOM} />
        <input
          type="range"
          aria-label="Timeline zoom"
          data-testid="timeline.zoom"
          min={Math.log(MIN_TIMELINE_ZOOM)}
          max={Math.log(MAX_TIMELINE_ZOOM)}
          step={0.01}
          value={Math.log(pps)}
          onChange={(e) => onZoom(Math.exp(Number(e.currentTarget.value)))}
          onPointerUp={(e) => e.currentTarget.blur()}
          className="h-1 w-24 cursor-pointer accent-neutral-400"
        />
        <IconButton icon="plus" label="Zoom in" testId="timeline.zoom-in" onClick={() => onZoom(pps * ZOOM_STEP)} disabled={pps >= MAX_TIMELINE_ZOOM} />
        <span className="w-16 text-right text-[11px] whitespace-nowrap tabular-nums text-neutral-500">{Math.round(pps)} px/s</span>
      </div>
    </div>
  )
}

/** Memoised: an edit re-renders the timeline panel; this redraws only when its own props change. */
export const TransportBar = memo(TransportBarBody)
