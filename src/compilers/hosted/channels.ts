/**
 * Channel arithmetic the hosted-model and vocabulary targets share: adding and scaling motion, the
 * spans of a window, implied spans. Video models keep the subject sharp, and focusRatio is measured
 * relative to the subject, so an output implies no focus pull unless it asks for one.
 */
import type { Seconds } from '../../core/units'
import { NOMINAL_SHAKE, nominalPhaseBounds, nominalShareIn } from '../calibration'
import type { MotionAnalysis, MotionChannels, MotionSegment } from '../analysis/types'
import type { ImpliedSegment } from '../types'

export type Channels = Partial<Record<keyof MotionChannels, number>>

const RATIO_CHANNELS = new Set<keyof MotionChannels>(['zoomRatio', 'focusRatio'])

/** a then b: travel and angles add, ratios multiply. */
export const addChannels = (a: Channels, b: Channels): Channels => {
  const out: Channels = { ...a }
  for (const [k, v] of Object.entries(b) as [keyof MotionChannels, number][]) {
    const prev = out[k]
    out[k] = prev === undefined ? v : RATIO_CHANNELS.has(k) ? prev * v : prev + v
  }
  return out
}

/** Channels times `f` (ratios to the power `f`): the share of a move done in part of its span. */
export const scaleChannels = (c: Channels, f: number): Channels =>
  Object.fromEntries((Object.entries(c) as [keyof MotionChannels, number][]).map(([k, v]) => [k, RATIO_CHANNELS.has(k) ? Math.pow(v, f) : v * f])) as Channels

/** The camera-to-subject distance after a move, the subject straight ahead at `d` (orbits and follows keep it). */
export const distanceAfter = (c: Channels, d: number): number => Math.max(0.05, Math.hypot(c.truckM ?? 0, c.pedestalM ?? 0, d - (c.dollyM ?? 0)))

/** Segments cut at `endS` (what a clip shorter than the design keeps); a cut segment keeps its share of the motion. */
export const clipSegments = (segments: readonly ImpliedSegment[], endS: Seconds): ImpliedSegment[] =>
  segments
    .filter((s) => s.startS < endS - 1e-9)
    .map((s) => (s.endS <= endS + 1e-9 ? s : { ...s, endS, channels: scaleChannels(s.channels, (endS - s.startS) / (s.endS - s.startS)) }))

/** The spans of a window (its analysis segments, or the whole window when there are none). */
export const spansOf = (analysis: MotionAnalysis): readonly MotionSegment[] => (analysis.segments.length > 0 ? analysis.segments : [analysis.total])

/**
 * An implied span (and `shake` times NOMINAL_SHAKE where the output asks for handheld). A generated
 * clip keeps the subject sharp, which is no focus pull (focusRatio is relative to the subject);
 * `focus` is a pull the output asks for explicitly.
 */
export const impliedSpan = (
  startS: Seconds,
  endS: Seconds,
  channels: Partial<MotionChannels>,
  opts: { shake?: number; focus?: number } = {},
): ImpliedSegment => ({
  startS,
  endS,
  channels: opts.focus !== undefined && Math.abs(opts.focus - 1) > 1e-12 ? { ...channels, focusRatio: opts.focus } : channels,
  ...(opts.shake ? { shake: { positionM: NOMINAL_SHAKE.positionM * opts.shake, rotationDeg: NOMINAL_SHAKE.rotationDeg * opts.shake } } : {}),
})

/** Why a target drops a designed focus pull. */
export const focusReason = (label: string): string => `${label} has no focus control (generated video keeps the subject sharp)`

/**
 * Named moves played together over [startS, endS]: one implied span when each runs evenly (most do),
 * else a span per phase (NOMINAL_TIMING: a robo arm's arc, then its hold), each with the share of
 * every move done in it. `shake` and `focus` as for impliedSpan, on every span.
 */
export const namedMovesSpans = (
  startS: Seconds,
  endS: Seconds,
  moves: readonly { readonly nominal: string; readonly channels: Partial<MotionChannels> }[],
  opts: { shake?: number; focus?: number } = {},
): ImpliedSegment[] => {
  const bounds = nominalPhaseBounds(moves.map((m) => m.nominal))
  const total = moves.reduce<Channels>((acc, m) => addChannels(acc, m.channels), {})
  if (bounds.length === 2) return [impliedSpan(startS, endS, total, opts)]
  const at = (u: number) => startS + u * (endS - startS)
  return bounds.slice(1).map((u1, k) => {
    const u0 = bounds[k]
    const channels = moves.reduce<Channels>((acc, m) => addChannels(acc, scaleChannels(m.channels, nominalShareIn(m.nominal, u0, u1))), {})
    return impliedSpan(at(u0), at(u1), channels, opts)
  })
}
