/**
 * The time ruler: second and frame ticks adapted to the zoom (only the visible span is drawn),
 * the shot end marked and the time beyond it greyed, and the playhead handle. Pressing scrubs.
 */
import { useEffect, useMemo, useState, type PointerEvent as ReactPointerEvent, type RefObject, memo } from 'react'
import { PlayheadHandle } from './Playhead'
import { rulerTicks } from './rulerTicks'
import { GUTTER_PX } from './timelineMath'

export interface TimeRulerProps {
  readonly rulerRef: RefObject<HTMLDivElement | null>
  readonly scrollRef: RefObject<HTMLDivElement | null>
  readonly widthPx: number
  readonly pps: number
  readonly fps: number
  readonly durationS: number
  readonly onScrub: (e: ReactPointerEvent<HTMLElement>) => void
}

const TICK_HEIGHT_PX = { label: 20, second: 8, minor: 4 } as const

/** The scroll container's horizontal view, re-rendering only this component on scroll. */
const useScrollView = (scrollRef: RefObject<HTMLDivElement | null>) => {
  const [view, setView] = useState({ left: 0, width: 1600 })
  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const update = () => setView((v) => (v.left === el.scrollLeft && v.width === el.clientWidth ? v : { left: el.scrollLeft, width: el.clientWidth }))
    update()
    el.addEventListener('scroll', update, { passive: true })
    const ro = new ResizeObserver(update)
    ro.observe(el)
    return () => {
      el.removeEventListener('scroll', update)
      ro.disconnect()
    }
  }, [scrollRef])
  return view
}

function TimeRulerBody({ rulerRef, scrollRef, widthPx, pps, fps, durationS, onScrub }: TimeRulerProps) {
  const view = useScrollView(scrollRef)
  const fromS = Math.max(0, view.left / pps - 0.5)
  const toS = Math.min(widthPx / pps, (view.left + view.width - GUTTER_PX) / pps + 0.5)
  const ticks = useMemo(() => rulerTicks(fromS, toS, pps, fps), [fromS, toS, pps, fps])
  return (
    <div
      ref={rulerRef}
      data-testid="timeline.ruler"
      aria-label="Time ruler: press and drag to scrub"
      onPointerDown={onScrub}
      className="relative h-5 shrink-0 cursor-col-resize overflow-hidden border-b border-neutral-800 bg-neutral-900"
      style={{ width: widthPx }}
    >
      {ticks.map((t) => (
        <div
          key={t.timeS.toFixed(6)}
          className={`pointer-events-none absolute bottom-0 w-px ${t.kind === 'minor' ? 'bg-neutral-700' : 'bg-neutral-600'}`}
          style={{ left: t.timeS * pps, height: TICK_HEIGHT_PX[t.kind] }}
        >
          {t.label && <span className="absolute top-0.5 left-1 text-[10px] leading-none whitespace-nowrap tabular-nums text-neutral-400">{t.label}</span>}
        </div>
      ))}
      <div className="pointer-events-none absolute top-0 bottom-0 bg-neutral-950/70" style={{ left: durationS * pps, right: 0 }} />
      <div
        data-testid="timeline.shot-end"
        title="Shot end"
        className="pointer-events-none absolute top-0 bottom-0 w-px bg-neutral-300"
        style={{ left: durationS * pps }}
      />
      <PlayheadHandle />
    </div>
  )
}

/** Memoised: an edit re-renders the timeline panel; this redraws only when its own props change. */
export const TimeRuler = memo(TimeRulerBody)
