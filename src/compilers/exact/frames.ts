/**
 * Shared pieces of the exact per-frame targets: number printing, frame timing for models with
 * their own frame counts, and the notes about what a format cannot carry.
 */
import type { Seconds } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import { normalizedChannel } from '../fidelity'
import type { CompileContext, FidelityNote, ReconstructedFrame } from '../types'
import type { ThreePose } from './pose'

/**
 * Decimal places of the numbers the per-frame exports write: 1e-9 (a nanometre, a billionth of a
 * degree or of a matrix entry), a thousand times finer than the round-trip tolerance of 1e-6 and
 * about twice as fast to print as the shortest exact text of a double (the bench's largest cost).
 */
export const EXPORT_DECIMALS = 9
const EXPORT_SCALE = 1e9
/** Beyond this magnitude x * 1e9 loses integer precision; such numbers are printed exactly instead. */
const FIXED_LIMIT = 1e6
/** 10^d: adding it to a d-digit fraction and dropping the leading 1 zero-pads the fraction to d digits. */
const PAD = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

/** The value a reader gets back from num(x): x rounded to EXPORT_DECIMALS places. */
export const quantize = (x: number): number => (Math.abs(x) < FIXED_LIMIT ? Math.round(x * EXPORT_SCALE) / EXPORT_SCALE || 0 : x)

/**
 * A number as plain decimal text rounded to EXPORT_DECIMALS places, trailing zeros dropped, never
 * "-0" and never exponent notation below 1e6 (every reader we target, Python float(), JSON, USD,
 * Nuke, ExtendScript, takes it). Throws on a non-finite number. Integer arithmetic only: the
 * fraction is below 1e9, so it and 1e9 + it are small integers V8 prints fast.
 */
export const num = (x: number): string => {
  if (!Number.isFinite(x)) throw new Error(`cannot write a non-finite number (${x})`)
  if (!(Math.abs(x) < FIXED_LIMIT)) return String(x)
  let n = Math.round(x * EXPORT_SCALE)
  if (n === 0) return '0'
  let sign = ''
  if (n < 0) {
    sign = '-'
    n = -n
  }
  const whole = Math.floor(n / EXPORT_SCALE)
  let fraction = (n - whole * EXPORT_SCALE) | 0
  if (fraction === 0) return sign + whole
  let digits = EXPORT_DECIMALS
  while (fraction % 10 === 0) {
    fraction = (fraction / 10) | 0
    digits--
  }
  return sign + whole + '.' + String(fraction + PAD[digits]).slice(1)
}

/** A number for people to read (messages, titles): at most 4 decimals. */
export const shortNum = (x: number): string => num(Number(x.toFixed(4)))

/** A strict number parse: the whole token must be a finite number. */
export const parseNum = (token: string, what = 'number'): number => {
  const v = token.trim() === '' ? NaN : Number(token)
  if (!Number.isFinite(v)) throw new Error(`bad ${what}: '${token}'`)
  return v
}

/**
 * Shot times of `count` frames spread over a window of `durationS`, first frame at 0 and last at the
 * window end (for models with a fixed frame count: the whole move fits in their clip).
 */
export const spreadTimes = (count: number, durationS: Seconds): Seconds[] => {
  if (count <= 1) return [0]
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? durationS : (i * durationS) / (count - 1)))
}

/** The frame count 4k+1 (k >= 1) nearest to `frames + 1`, i.e. covering `frames` frame intervals. */
export const fourKPlusOneFor = (intervals: number): number => 4 * Math.max(1, Math.round(intervals / 4)) + 1

export const reconstructed = (t: Seconds, pose: ThreePose, focalLengthMm: number, focusDistanceM?: number): ReconstructedFrame =>
  focusDistanceM === undefined
    ? { t, position: pose.position, quaternion: pose.quaternion, focalLengthMm }
    : { t, position: pose.position, quaternion: pose.quaternion, focalLengthMm, focusDistanceM }

/** A note for formats with no focus field, when the design changes focus (a pull, or focus following the subject). */
export const focusNotCarriedNotes = (ctx: CompileContext, format: string): FidelityNote[] => {
  const moves = ctx.analysis.segments.some((s) => Math.abs(normalizedChannel('focusRatio', s.channels.focusRatio, s.subjectDistanceM)) >= 0.1)
  return moves ? [{ channel: 'focusRatio', verdict: 'dropped', text: `focus pull dropped: ${format} has no focus distance` }] : []
}

/** Whether the focal length changes over the frames (more than a millionth). */
export const focalChanges = (frames: readonly ShotFrame[]): boolean =>
  frames.some((f) => Math.abs(f.focalLengthMm - frames[0].focalLengthMm) > 1e-6 * frames[0].focalLengthMm)
