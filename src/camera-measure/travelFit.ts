/**
 * What the two fits of a travelling stretch share (`jointFit.ts` on frame pairs, `bundleAdjust.ts`
 * on points followed over frames): the poses they start from and return, the robust loss and the
 * smoothness weights.
 */
import type { Mat3 } from './types'

export interface TravelFitStart {
  /** Every frame's rotation (3x3 row-major, OpenCV axes, frame 0 into the frame), the starting values; fixed frames keep theirs. */
  readonly rotations: readonly Mat3[]
  /** Every frame's centre in frame 0's axes, the starting values (the frames before the free run are still, at the origin). */
  readonly centres: readonly (readonly number[])[]
  /** The frames whose pose is fitted: one run, after at least one fixed frame. */
  readonly free: readonly boolean[]
  /** The Cauchy loss's scale, calibrated units (pixels over the focal length). */
  readonly robustScale: number
  /** Weight of the turn's second difference (radians) against one robust scale of error. */
  readonly turnSmoothness: number
  /** Weight of the path's second difference (over the mean step) against one robust scale of error. */
  readonly travelSmoothness: number
  readonly iterations: number
}

export interface TravelFitResult {
  readonly rotations: number[][]
  readonly centres: number[][]
  readonly costBefore: number
  readonly costAfter: number
}

/** The Cauchy loss of a residual r at scale s, and its weight in iteratively reweighted least squares. */
export const cauchyCost = (r: number, s: number) => ((s * s) / 2) * Math.log1p((r / s) ** 2)
export const cauchyWeight = (r: number, s: number) => 1 / (1 + (r / s) ** 2)

/** The free frames' run: each free frame's slot among the parameters (-1 for a fixed one), the first and last free frame; null when none is free or frame 0 is. */
export const freeRun = (free: readonly boolean[]): { readonly slot: Int32Array; readonly first: number; readonly last: number; readonly count: number } | null => {
  const slot = new Int32Array(free.length).fill(-1)
  let count = 0
  let first = -1
  for (let i = 0; i < free.length; i++)
    if (free[i]) {
      if (first < 0) first = i
      slot[i] = count++
    }
  return count === 0 || first < 1 ? null : { slot, first, last: first + count - 1, count }
}
