/**
 * Points followed from frame to frame for the bundle adjustment (`bundleAdjust.ts`): each thread is
 * one point's positions in consecutive frames, tracked on from where it landed (Lucas-Kanade with the
 * frame pair's homography as the prior, forward-backward checked). A thread ends when the point is
 * lost, or after `maxFrames` frames (a new one then goes on from the same place: the adjustment's
 * band stays narrow); new threads start on the frame's corners away from the living ones.
 */
import { applyHomography } from './linalg'
import { DEFAULT_TRACK_OPTIONS, trackForwardBackward, type LocalWarp } from './lucasKanade'
import type { PyramidLevel } from './image'
import type { Mat3, Point2 } from './types'

export interface PointThread {
  /** The frame of the first position. */
  readonly first: number
  /** Analysis pixels, one per frame from `first` on. */
  readonly points: readonly Point2[]
}

export interface ThreadOptions {
  readonly maxFrames: number
  /** New threads start only this far (analysis pixels) from every living thread's point. */
  readonly minSeparationPx: number
  readonly maxLiving: number
  readonly forwardBackwardMaxPx: number
}

export interface ThreadTracker {
  /** Starts threads on the first frame's corners. */
  begin(frame: number, corners: readonly Point2[]): void
  /** Follows the living threads into the next frame and starts new ones on its corners. */
  advance(frame: number, from: readonly PyramidLevel[], to: readonly PyramidLevel[], prior: Mat3, warpAt: (p: Point2) => LocalWarp, corners: readonly Point2[]): void
  /** Every thread of at least two positions, ended or living. */
  threads(): PointThread[]
}

export const createThreadTracker = (o: ThreadOptions): ThreadTracker => {
  let living: { first: number; points: Point2[] }[] = []
  const ended: PointThread[] = []
  const end = (t: { first: number; points: Point2[] }) => {
    if (t.points.length >= 2) ended.push(t)
  }
  const seed = (frame: number, corners: readonly Point2[]) => {
    const taken = living.map((t) => t.points[t.points.length - 1])
    const far2 = o.minSeparationPx * o.minSeparationPx
    for (const c of corners) {
      if (living.length >= o.maxLiving) break
      if (taken.some((p) => (p.x - c.x) ** 2 + (p.y - c.y) ** 2 < far2)) continue
      living.push({ first: frame, points: [c] })
      taken.push(c)
    }
  }
  return {
    begin(frame, corners) {
      seed(frame, corners)
    },
    advance(frame, from, to, prior, warpAt, corners) {
      const heads = living.map((t) => t.points[t.points.length - 1])
      const tracks = trackForwardBackward(
        from,
        to,
        heads,
        o.forwardBackwardMaxPx,
        heads.map((p) => applyHomography(prior, p.x, p.y) ?? p),
        DEFAULT_TRACK_OPTIONS,
        heads.map(warpAt),
      )
      const landed = new Map<Point2, Point2>(tracks.map((t) => [t.from, t.to]))
      const next: { first: number; points: Point2[] }[] = []
      living.forEach((t, i) => {
        const q = landed.get(heads[i])
        if (!q) return end(t)
        t.points.push(q)
        if (t.points.length >= o.maxFrames) {
          end(t)
          next.push({ first: frame, points: [q] })
        } else next.push(t)
      })
      living = next
      seed(frame, corners)
    },
    threads() {
      return [...ended, ...living.filter((t) => t.points.length >= 2)]
    },
  }
}
