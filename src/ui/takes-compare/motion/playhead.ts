/**
 * The Compare clock's frame (a frame of the take) on the design's clock, pure. The take's
 * measurement is read with its times stretched to the design's length (`TakeMotionView.measured`),
 * so frame i of a take of n frames sits at the same share of the design: t = i / n * design length.
 * With a take as long as the design this is i / fps, the time the timeline samples frame i at.
 */
import { bracketIndex } from '../../../core/math/bracket'

/** The design's length in seconds: its frame count over its frame rate. */
export const designDurationS = (designFrames: number, designFps: number): number => (designFps > 0 ? Math.max(0, designFrames) / designFps : 0)

/** The design time of the take's frame `frame` of `takeFrames`. */
export const designTimeOfFrame = (frame: number, takeFrames: number, designLengthS: number): number =>
  takeFrames > 0 ? (Math.min(Math.max(0, frame), takeFrames - 1) / takeFrames) * designLengthS : 0

/** The index of the time in `times` (ascending) nearest to `t`; 0 for no times. */
export const nearestIndex = (times: readonly number[], t: number): number => {
  const n = times.length
  if (n === 0 || !(t > times[0])) return 0
  if (t >= times[n - 1]) return n - 1
  const [lo, hi] = bracketIndex(times, t)
  return t - times[lo] <= times[hi] - t ? lo : hi
}
