/**
 * Channel arithmetic the hosted-model and vocabulary targets share: adding and scaling motion,
 * the spans of a window, and the focus a generated clip implies (video models keep the subject
 * sharp, so where the design's focus follows the subject the output's does too).
 */
import { horizontalForwardVector, horizontalRightVector } from '../../core/camera/pose'
import { distance, dot, sub } from '../../core/math/vec3'
import type { Seconds } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import { NOMINAL_SHAKE } from '../calibration'
import type { MotionAnalysis, MotionChannels, MotionSegment } from '../analysis/types'
import type { CompileContext, ImpliedSegment } from '../types'

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

/**
 * The focus a generated clip implies: video models keep the subject sharp, so where the shot's focus
 * follows the subject, each span's focus ratio is its change of subject distance (computed from the
 * span's own implied travel, chained from `startDistanceM`). Spans that already state a focus keep it.
 */
export const withSubjectFocus = (segments: readonly ImpliedSegment[], startDistanceM: number, follows: boolean): ImpliedSegment[] => {
  let d = startDistanceM
  return segments.map((s) => {
    const after = distanceAfter(s.channels, d)
    const ratio = after / d
    d = after
    if (!follows || s.channels.focusRatio !== undefined || Math.abs(ratio - 1) < 1e-9) return s
    return { ...s, channels: { ...s.channels, focusRatio: ratio } }
  })
}

/** Segments cut at `endS` (what a clip shorter than the design keeps); a cut segment keeps its share of the motion. */
export const clipSegments = (segments: readonly ImpliedSegment[], endS: Seconds): ImpliedSegment[] =>
  segments
    .filter((s) => s.startS < endS - 1e-9)
    .map((s) => (s.endS <= endS + 1e-9 ? s : { ...s, endS, channels: scaleChannels(s.channels, (endS - s.startS) / (s.endS - s.startS)) }))

/** The spans of a window (its analysis segments, or the whole window when there are none). */
export const spansOf = (analysis: MotionAnalysis): readonly MotionSegment[] => (analysis.segments.length > 0 ? analysis.segments : [analysis.total])

/** Does the focus follow the subject at this frame (the default lens), rather than sit at a set distance? */
export const focusFollowsSubject = (f: ShotFrame): boolean => {
  const d = distance(f.subject.point, f.position)
  return Math.abs(f.focusDistanceM - d) <= 1e-3 * Math.max(1, d)
}

/** Does the design's focus follow the subject over [a, b] (at both ends)? */
export const designFocusFollows = (ctx: CompileContext, a: Seconds, b: Seconds): boolean => focusFollowsSubject(ctx.frameAt(a)) && focusFollowsSubject(ctx.frameAt(b))

/** Camera-to-subject distance after camera-relative travel, over the distance before (orbit and pan keep it). */
export const subjectDistanceRatio = (f: ShotFrame, c: Partial<MotionChannels>): number => {
  const o = sub(f.subject.point, f.position)
  const forward = dot(o, horizontalForwardVector(f))
  const right = dot(o, horizontalRightVector(f))
  const before = Math.hypot(forward, right, o[1])
  const after = Math.hypot(forward - (c.dollyM ?? 0), right - (c.truckM ?? 0), o[1] - (c.pedestalM ?? 0))
  return before > 1e-6 ? after / before : 1
}

/**
 * An implied span with its focus filled in (and `shake` times NOMINAL_SHAKE where the output asks for handheld): a generated clip keeps the subject in focus, so where the
 * design's focus follows the subject the implied focus follows the implied travel; `focus` replaces
 * that with a focus change the output asks for explicitly.
 */
export const impliedSpan = (
  ctx: CompileContext,
  startS: Seconds,
  endS: Seconds,
  channels: Partial<MotionChannels>,
  opts: { shake?: number; focus?: number } = {},
): ImpliedSegment => {
  const f = ctx.frameAt(startS)
  const focusRatio = opts.focus ?? (designFocusFollows(ctx, startS, endS) ? subjectDistanceRatio(f, channels) : 1)
  return {
    startS,
    endS,
    channels: Math.abs(focusRatio - 1) > 1e-12 ? { ...channels, focusRatio } : channels,
    ...(opts.shake ? { shake: { positionM: NOMINAL_SHAKE.positionM * opts.shake, rotationDeg: NOMINAL_SHAKE.rotationDeg * opts.shake } } : {}),
  }
}

/** A note on focus: where the design's focus follows the subject, so does the output's. */
export const focusReason = (ctx: CompileContext, label: string): string =>
  designFocusFollows(ctx, 0, ctx.durationS) ? `the focus stays on the subject, following the travel ${label} makes` : `${label} has no focus control`
