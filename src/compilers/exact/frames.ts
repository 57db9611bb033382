/**
 * Shared pieces of the exact per-frame targets: number display, frame timing for models with
 * their own frame counts, and the notes about what a format cannot carry.
 */
import type { Seconds } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import { normalizedChannel } from '../fidelity'
import type { CompileContext, FidelityNote, ReconstructedFrame } from '../types'
import type { ThreePose } from './pose'
import { num } from './textWriter'

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
