/**
 * The viewport's toolbar: layout switch (Split / PiP / Director / Lens), the look-through toggle,
 * and a live readout (focal length, time, roll) updated from the live frame through a ref, in a box
 * of fixed size on its own layer (a new value relays out and repaints nothing around it).
 */
import { memo, useEffect, useRef } from 'react'
import { studioStore } from '../state'
import type { ViewLayout } from '../state/types'
import { TOOLBAR_H } from './layout'
import type { LiveFrameSource } from './liveFrame'

const LAYOUTS: readonly { id: ViewLayout; label: string; title: string }[] = [
  { id: 'split', label: 'Split', title: 'Director and lens side by side' },
  { id: 'pip', label: 'PiP', title: 'Director with the lens picture-in-picture' },
  { id: 'director', label: 'Director', title: 'Director view only' },
  { id: 'lens', label: 'Lens', title: 'Lens view only' },
]

const button = 'rounded px-2 py-0.5 text-[12px]'
const idle = 'text-neutral-300 hover:bg-neutral-700/70'
const active = 'bg-neutral-200 text-neutral-900'

/** Memoised: an edit re-renders the viewport, not the toolbar (its readout is written per frame by a subscription). */
export const ViewportToolbar = memo(function ViewportToolbar({ live, layout, lookThrough }: { live: LiveFrameSource; layout: ViewLayout; lookThrough: boolean }) {
  const readout = useRef<HTMLSpanElement>(null)
  useEffect(
    () =>
      live.subscribe(({ frame }) => {
        if (readout.current)
          readout.current.textContent = `${frame.focalLengthMm.toFixed(1)} mm · ${frame.timeS.toFixed(2)} s · roll ${frame.rollDeg.toFixed(1)}°`
      }),
    [live],
  )
  return (
    <div className="pointer-events-none absolute inset-x-0 top-0 flex items-center gap-2 px-2" style={{ height: TOOLBAR_H }}>
      <div role="group" aria-label="Viewport layout" className="pointer-events-auto flex gap-0.5 rounded-md bg-neutral-900/85 p-0.5 shadow">
        {LAYOUTS.map((l) => (
          <button
            key={l.id}
            type="button"
            title={l.title}
            aria-pressed={layout === l.id}
            data-testid={`viewport.layout.${l.id}`}
            className={`${button} ${layout === l.id ? active : idle}`}
            onClick={() => studioStore.getState().setViewLayout(l.id)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <button
        type="button"
        aria-pressed={lookThrough}
        data-testid="viewport.lookThrough"
        title="Look through the shot camera: drag to frame the start (right/shift-drag: truck and pedestal, wheel: dolly, alt-drag or ctrl-wheel: roll)"
        className={`pointer-events-auto rounded-md px-2 py-1 text-[12px] whitespace-nowrap shadow ${lookThrough ? 'bg-amber-400 text-neutral-900' : 'bg-neutral-900/85 text-neutral-300 hover:bg-neutral-700'}`}
        onClick={() => studioStore.getState().setLookThrough(!lookThrough)}
      >
        Look through
      </button>
      <span
        ref={readout}
        data-testid="viewport.readout"
        className="ml-auto h-5 w-[31ch] overflow-hidden rounded bg-neutral-900/70 px-2 py-0.5 text-right font-mono text-[11px] whitespace-nowrap tabular-nums text-neutral-300 [contain:strict] will-change-transform"
      />
    </div>
  )
})
