/**
 * What the Compare view plots per channel of a comparison: the design, the reference the take was
 * scored against (the previs measurement of the design, when there is one) and the take's
 * measurement, each as a time series in the channel's own unit, with a y range that fits all three.
 *
 * Values per unit:
 * - `deg` (pan, tilt, roll): the cumulative angle in degrees, as the frames carry it.
 * - `x` (zoom): the focal ratio to frame 0.
 * - `dir` (dolly, truck, pedestal, orbit): per frame, the signed component of the unit travel
 *   direction along the channel's camera axis (travel is `[right, up, forward]`): dolly = forward,
 *   truck = right, pedestal = up, orbit = -right (> 0: the camera travels to its own left, as
 *   `orbit-left` and the comparison's orbit sign); 0 where the frame does not travel. A video gives
 *   the direction of travel, never its length, so the curve is -1..1, not metres.
 * - `m` is not listed by the comparison; it would plot the same way as `dir`.
 */
import type { Seconds } from '../../core/units'
import type { ChannelName, ChannelUnit, MeasuredMotion, MotionComparison, MotionFrame } from './types'

/** One plotted line: a value per time (the two arrays have the same length). */
export interface CurveSeries {
  readonly t: readonly Seconds[]
  readonly v: readonly number[]
}

export interface ChannelCurves {
  readonly channel: ChannelName
  readonly unit: ChannelUnit
  /** The channel's score in the comparison, 0..1. */
  readonly score: number
  readonly designed: CurveSeries
  /** The reference the take was scored against (the previs measurement), or null when it was the design itself. */
  readonly reference: CurveSeries | null
  readonly measured: CurveSeries
  /** The value at rest (0, or 1 for zoom): always inside the range, drawn as a base line. */
  readonly rest: number
  readonly yMin: number
  readonly yMax: number
  /** The latest time of any of the series (the x range is 0..tEnd). */
  readonly tEnd: Seconds
}

/** Least y span per unit, so a channel that barely moves is not blown up to fill the chart. */
const MIN_SPAN: Record<ChannelUnit, number> = { deg: 4, x: 0.06, m: 0.2, dir: 2 }
/** Padding above and below the values, as a share of their span. */
const PAD_SHARE = 0.08

/** The signed travel component along a travel channel's camera axis ([right, up, forward]). */
const travelComponent = (channel: ChannelName, f: MotionFrame): number => {
  const d = f.travel
  if (!d) return 0
  switch (channel) {
    case 'dolly':
      return d[2]
    case 'truck':
      return d[0]
    case 'pedestal':
      return d[1]
    case 'orbit':
      return -d[0]
    default:
      return 0
  }
}

/** The plotted value of `channel` at frame `f`. */
export const curveValue = (channel: ChannelName, f: MotionFrame): number => {
  switch (channel) {
    case 'pan':
      return f.panDeg
    case 'tilt':
      return f.tiltDeg
    case 'roll':
      return f.rollDeg
    case 'zoom':
      return f.zoom
    default:
      return travelComponent(channel, f)
  }
}

const seriesOf = (channel: ChannelName, motion: MeasuredMotion): CurveSeries => ({
  t: motion.frames.map((f) => f.t),
  v: motion.frames.map((f) => curveValue(channel, f)),
})

/** A y range holding every value and the rest value, at least `MIN_SPAN` tall, padded. */
export const curveRange = (unit: ChannelUnit, rest: number, values: readonly number[]): { yMin: number; yMax: number } => {
  let lo = rest
  let hi = rest
  for (const v of values) {
    if (!Number.isFinite(v)) continue
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  if (unit === 'dir') {
    // directions are -1..1: a fixed range keeps the travel charts comparable
    lo = Math.min(lo, -1)
    hi = Math.max(hi, 1)
  }
  const span = hi - lo
  if (span < MIN_SPAN[unit]) {
    // grow around the values' middle, keeping the rest value inside
    const grow = (MIN_SPAN[unit] - span) / 2
    lo -= grow
    hi += grow
  }
  const pad = (hi - lo) * PAD_SHARE
  return { yMin: lo - pad, yMax: hi + pad }
}

/** The plotted series of every channel the comparison lists, in its order. */
export const motionCurves = (
  comparison: MotionComparison,
  designed: MeasuredMotion,
  reference: MeasuredMotion | null,
  measured: MeasuredMotion,
): ChannelCurves[] =>
  comparison.channels.map((c) => {
    const d = seriesOf(c.channel, designed)
    const r = reference ? seriesOf(c.channel, reference) : null
    const m = seriesOf(c.channel, measured)
    const rest = c.channel === 'zoom' ? 1 : 0
    const { yMin, yMax } = curveRange(c.unit, rest, [...d.v, ...(r?.v ?? []), ...m.v])
    const tEnd = Math.max(0, d.t[d.t.length - 1] ?? 0, r?.t[r.t.length - 1] ?? 0, m.t[m.t.length - 1] ?? 0)
    return { channel: c.channel, unit: c.unit, score: c.score, designed: d, reference: r, measured: m, rest, yMin, yMax, tEnd }
  })
