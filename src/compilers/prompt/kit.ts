/**
 * Small helpers the vocabulary targets share (prompt, Higgsfield, MiniMax, PixVerse, Seedance):
 * channel arithmetic, the focus a generated clip implies, duration and aspect checks, JSON text.
 */
import type { AspectRatio } from '../../core/camera/lens'
import type { Seconds } from '../../core/units'
import type { MotionChannels } from '../analysis/types'
import type { CompileError, ImpliedSegment } from '../types'

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

/** Seconds as written: at most two decimals, no trailing zeros. */
export const fmtS = (s: number): string => String(Number(s.toFixed(2)))

/** The allowed duration nearest the design (ties go to the longer one). */
export const nearestDuration = (durationS: Seconds, allowed: readonly Seconds[]): Seconds =>
  [...allowed].sort((a, b) => Math.abs(a - durationS) - Math.abs(b - durationS) || b - a)[0]

/** The error for a shot longer than a target renders, with trim and split fixes. */
export const tooLong = (label: string, durationS: Seconds, maxS: Seconds): CompileError => {
  const parts = Math.ceil(durationS / maxS - 1e-9)
  return {
    code: 'constraint',
    message: `${label} renders at most ${fmtS(maxS)} s and this shot is ${fmtS(durationS)} s: trim it to ${fmtS(maxS)} s or split it into ${parts} chained generations.`,
    fixes: [
      { kind: 'trim', toS: maxS, label: `Trim the shot to ${fmtS(maxS)} s` },
      { kind: 'split', parts, label: `Split into ${parts} chained generations` },
    ],
  }
}

/** The error for an aspect ratio a target does not take, with a set-aspect fix. */
export const badAspect = (label: string, aspect: AspectRatio, allowed: readonly string[], to: AspectRatio = '16:9'): CompileError => ({
  code: 'constraint',
  message: `${label} does not render ${aspect} (it takes ${allowed.join(', ')}): set the shot to ${to}.`,
  fixes: [{ kind: 'set-aspect', aspect: to, label: `Set the shot to ${to}` }],
})

/** A request body as pretty JSON. */
export const jsonText = (payload: unknown): string => `${JSON.stringify(payload, null, 2)}\n`

/** `a, b and c`. */
export const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

/** Channels times `f` (ratios to the power `f`): the share of a move done in part of its span. */
export const scaleChannels = (c: Channels, f: number): Channels =>
  Object.fromEntries((Object.entries(c) as [keyof MotionChannels, number][]).map(([k, v]) => [k, RATIO_CHANNELS.has(k) ? Math.pow(v, f) : v * f])) as Channels

/** Segments cut at `endS` (what a clip shorter than the design keeps); a cut segment keeps its share of the motion. */
export const clipSegments = (segments: readonly ImpliedSegment[], endS: Seconds): ImpliedSegment[] =>
  segments
    .filter((s) => s.startS < endS - 1e-9)
    .map((s) => (s.endS <= endS + 1e-9 ? s : { ...s, endS, channels: scaleChannels(s.channels, (endS - s.startS) / (s.endS - s.startS)) }))
