/**
 * Adaptive resolution while playing: where the canvas cannot redraw at the shot's frame rate (the
 * median gap over 1.1 frame intervals, or more than a fifth of the gaps over 1.5), it renders fewer
 * pixels until it can; when playback stops the still ratio (sharp) comes back. Pure:
 * fed the time of each drawn frame while playing, it answers the scale to apply to the moving pixel
 * ratio. A change resizes the drawing buffer, so it changes seldom: only after a whole window of
 * frames, one step at a time (where the frames come far behind, straight to the scale that kept up
 * last time or else the smallest: each resize costs a long frame), and never up during one
 * playback. The scale that kept up is remembered; each new playback starts one step above it, so a
 * machine that was only briefly busy gets its pixels back.
 */

export interface AdaptiveResolutionOptions {
  /** The scales tried, largest first (the first is full resolution). */
  readonly scales: readonly number[]
  /** Frames whose gaps are judged together before a step down. */
  readonly windowFrames: number
  /** A step down when the window's median gap exceeds this many frame intervals... */
  readonly slowGapFactor: number
  /** ...or when more than `lateShare` of its gaps exceed `lateGapFactor` intervals (a frame visibly dropped). */
  readonly lateGapFactor: number
  readonly lateShare: number
  /** A window whose median gap exceeds this many intervals goes straight to the scale that kept up last time, or the smallest (one resize, not one per window). */
  readonly farBehindGapFactor: number
}

export const ADAPTIVE_RESOLUTION: AdaptiveResolutionOptions = { scales: [1, 0.75, 0.5], windowFrames: 8, slowGapFactor: 1.1, lateGapFactor: 1.5, lateShare: 0.2, farBehindGapFactor: 1.5 }

export interface AdaptiveResolution {
  /** The scale now (1 = the moving pixel ratio as it is). */
  readonly scale: number
  /** Before a playback (while stopped): clears the frame window and returns the scale it starts at. */
  start(): number
  /** A frame was drawn at `nowMs` while playing, frames due every `intervalMs`: returns the new scale when it changes, else null. */
  frameDrawn(nowMs: number, intervalMs: number): number | null
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export const createAdaptiveResolution = (o: AdaptiveResolutionOptions = ADAPTIVE_RESOLUTION): AdaptiveResolution => {
  let kept = 0 // index in o.scales of the scale that last kept up
  let level = 0
  let lastMs: number | null = null
  const gaps: number[] = []
  return {
    get scale() {
      return o.scales[level]
    },
    start() {
      level = Math.max(0, kept - 1)
      lastMs = null
      gaps.length = 0
      return o.scales[level]
    },
    frameDrawn(nowMs, intervalMs) {
      if (lastMs !== null) gaps.push(nowMs - lastMs)
      lastMs = nowMs
      if (gaps.length < o.windowFrames) return null
      const late = gaps.filter((g) => g > o.lateGapFactor * intervalMs).length
      const medianGap = median(gaps)
      const slow = medianGap > o.slowGapFactor * intervalMs || late > o.lateShare * gaps.length
      gaps.length = 0
      if (!slow) {
        kept = Math.min(kept, level)
        return null
      }
      if (level >= o.scales.length - 1) {
        kept = level
        return null
      }
      // far behind: back to the scale that kept up last time, or with none known the smallest
      const farBehind = medianGap > o.farBehindGapFactor * intervalMs
      if (!farBehind) level += 1
      else level = kept > level ? kept : o.scales.length - 1
      kept = level
      // the resize itself costs a frame or two: judge the new scale on frames after it
      lastMs = null
      return o.scales[level]
    },
  }
}
