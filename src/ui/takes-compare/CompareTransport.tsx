import { useEffect, useRef, useSyncExternalStore } from 'react'
import { Icon, type IconName, PlayPauseButton, Slider } from '../primitives'
import type { CompareClock } from './clock'
import { frameCounterText, timecodeOfFrame } from './transport'

export interface CompareTransportProps {
  readonly clock: CompareClock
  /** The wipe slider, shown in wipe mode. */
  readonly wipe: number | null
  readonly onWipe: (wipe: number) => void
}

function TransportButton({ icon, label, onClick, testId }: { icon: IconName; label: string; onClick: () => void; testId: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-testid={testId}
      // keeps focus where it was, so Space stays the transport's
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className="inline-flex h-6 w-6 items-center justify-center rounded text-neutral-300 hover:bg-neutral-800 hover:text-amber-300"
    >
      <Icon name={icon} />
    </button>
  )
}

/**
 * One transport for both sides. The counter, timecode and scrubber follow the clock through the DOM
 * (a frame listener), so playback never re-renders React; only play / pause does.
 */
export function CompareTransport({ clock, wipe, onWipe }: CompareTransportProps) {
  const playing = useSyncExternalStore(clock.subscribePlaying, clock.isPlaying)
  const scrubRef = useRef<HTMLInputElement>(null)
  const counterRef = useRef<HTMLSpanElement>(null)
  const timecodeRef = useRef<HTMLSpanElement>(null)
  const { timing } = clock
  const last = timing.frameCount - 1

  useEffect(
    () =>
      clock.onFrame((frame) => {
        if (scrubRef.current) scrubRef.current.value = String(frame)
        if (counterRef.current) {
          counterRef.current.textContent = frameCounterText(frame, timing)
          counterRef.current.dataset.frame = String(frame)
        }
        if (timecodeRef.current) timecodeRef.current.textContent = timecodeOfFrame(frame, timing.fps)
      }),
    [clock, timing],
  )

  return (
    <div className="flex h-10 shrink-0 items-center gap-1 border-t border-neutral-800 bg-neutral-900 px-3" data-testid="compare.transport">
      <TransportButton icon="start" label="First frame (Home)" testId="compare.start" onClick={() => clock.seekFrame(0)} />
      <TransportButton icon="back" label="Previous frame (←)" testId="compare.step-back" onClick={() => clock.step(-1)} />
      <PlayPauseButton playing={playing} onToggle={() => clock.toggle()} testId="compare.play" />
      <TransportButton icon="forward" label="Next frame (→)" testId="compare.step-forward" onClick={() => clock.step(1)} />
      <TransportButton icon="end" label="Last frame (End)" testId="compare.end" onClick={() => clock.seekFrame(last)} />
      <input
        ref={scrubRef}
        type="range"
        min={0}
        max={last}
        step={1}
        defaultValue={0}
        aria-label="Playhead (frame)"
        data-testid="compare.scrub"
        onChange={(e) => clock.seekFrame(Number(e.currentTarget.value))}
        className="mx-2 h-4 min-w-0 flex-1 cursor-pointer accent-amber-400"
      />
      <span className="flex shrink-0 items-baseline gap-2 font-mono text-xs tabular-nums" data-testid="compare.frame">
        <span ref={counterRef} data-testid="compare.frame.counter" data-frame={0} className="text-neutral-100">
          {frameCounterText(0, timing)}
        </span>
        <span ref={timecodeRef} data-testid="compare.frame.timecode" className="text-neutral-400">
          {timecodeOfFrame(0, timing.fps)}
        </span>
        <span className="text-neutral-600">/ {timecodeOfFrame(timing.frameCount, timing.fps)}</span>
        <span className="rounded bg-neutral-800 px-1.5 py-0.5 font-sans text-[11px] text-neutral-400">{Number(timing.fps.toFixed(3))} fps</span>
      </span>
      {wipe !== null && (
        <label className="ml-3 flex w-40 shrink-0 items-center gap-2 text-xs text-neutral-400">
          Wipe
          <Slider value={wipe} min={0} max={1} step={0.001} onChange={onWipe} ariaLabel="Wipe position" testId="compare.wipe" />
        </label>
      )}
    </div>
  )
}
