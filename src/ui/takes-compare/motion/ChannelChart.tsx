import { useEffect, useMemo, useRef } from 'react'
import type { ChannelCurves, CurveSeries } from '../../../camera-measure/compare/curves'
import type { CompareClock } from '../clock'
import { formatChannelValue, unitMeaning } from './format'

/** The chart's own coordinates; the SVG stretches them to its box (strokes keep their width). */
const W = 1000
const H = 100

export interface ChannelChartProps {
  readonly curves: ChannelCurves
  readonly clock: CompareClock
  /** The design time (seconds) of the clock's frame. */
  readonly timeOfFrame: (frame: number) => number
}

/** Chart coordinates of a channel's times and values, and its three lines as SVG paths. */
const chartGeometry = (c: ChannelCurves) => {
  const span = c.tEnd > 0 ? c.tEnd : 1
  const x = (t: number) => (Math.min(Math.max(t, 0), span) / span) * W
  const y = (v: number) => ((c.yMax - v) / (c.yMax - c.yMin)) * H
  const d = (s: CurveSeries) => s.v.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(s.t[i]).toFixed(1)} ${y(v).toFixed(2)}`).join(' ')
  return { x, y, designed: d(c.designed), reference: c.reference ? d(c.reference) : null, measured: d(c.measured) }
}

/**
 * One channel over the clip: the take's measurement (solid, amber) under the design (dashed,
 * neutral) and the previs measurement it was scored against (dotted), so a perfect take still
 * shows the design's dashes on it; and the playhead, which a frame
 * listener moves by writing the line's attributes (no React render per frame).
 */
export function ChannelChart({ curves, clock, timeOfFrame }: ChannelChartProps) {
  const playheadRef = useRef<SVGLineElement>(null)
  const { unit } = curves
  const chart = useMemo(() => chartGeometry(curves), [curves])

  useEffect(
    () =>
      clock.onFrame((frame) => {
        const line = playheadRef.current
        if (!line) return
        const px = chart.x(timeOfFrame(frame)).toFixed(1)
        line.setAttribute('x1', px)
        line.setAttribute('x2', px)
      }),
    [clock, timeOfFrame, chart],
  )

  const restY = chart.y(curves.rest)
  return (
    <div className="flex h-full min-h-0 w-full gap-1" title={unitMeaning(unit)}>
      <div className="flex w-9 shrink-0 flex-col justify-between text-right text-[10px] leading-none tabular-nums text-neutral-500">
        <span>{formatChannelValue(curves.yMax, unit)}</span>
        <span>{formatChannelValue(curves.yMin, unit)}</span>
      </div>
      <div className="relative min-w-0 flex-1 rounded-sm bg-neutral-950/70">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          className="absolute inset-x-0 inset-y-0.5 h-[calc(100%-0.25rem)] w-full overflow-visible"
          aria-hidden="true"
          data-testid={`compare.motion.chart.${curves.channel}`}
        >
          <line x1={0} x2={W} y1={restY} y2={restY} className="stroke-neutral-700" strokeWidth={1} vectorEffect="non-scaling-stroke" />
          <path d={chart.measured} fill="none" className="stroke-amber-400" strokeWidth={1.75} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
          <path d={chart.designed} fill="none" className="stroke-neutral-400" strokeWidth={1.5} strokeDasharray="5 4" vectorEffect="non-scaling-stroke" />
          {chart.reference && (
            <path d={chart.reference} fill="none" className="stroke-sky-300" strokeWidth={1.5} strokeDasharray="1.5 3" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
          )}
          <line ref={playheadRef} x1={0} x2={0} y1={0} y2={H} className="stroke-neutral-100/70" strokeWidth={1} vectorEffect="non-scaling-stroke" />
        </svg>
      </div>
    </div>
  )
}
