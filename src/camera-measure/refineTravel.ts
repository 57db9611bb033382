/**
 * The clip's second pass: every stretch where the camera travels is fitted again, all its frames at
 * once, by a bundle adjustment over the points followed from frame to frame (`bundleAdjust.ts`),
 * started from the streaming pass's poses and from the frame pairs' joint fit (`jointFit.ts`), the
 * lower cost winning; the frames after the stretch turn with the correction of its last frame.
 * Stretches read as a dolly zoom (the focal length changes) keep the streaming reading: the fits
 * hold the focal length.
 */
import { bundleAdjust, type PointTrack } from './bundleAdjust'
import { fitJointly, type PairRays } from './jointFit'
import { applyMat3, mul3, transpose3 } from './linalg'
import type { Track } from './lucasKanade'
import type { PointThread } from './pointThreads'
import { anglesOfRotation } from './rotationZoom'
import type { Mat3 } from './types'

/** Tracks between two frames (analysis pixels). */
export interface MatchedPair {
  readonly from: number
  readonly to: number
  readonly tracks: readonly Track[]
}

/** What the streaming pass knew about one frame. */
export interface StreamedPose {
  /** The reported rotation (OpenCV axes, frame 0 into this frame) and zoom. */
  readonly r: Mat3
  readonly zoom: number
  readonly parallax: boolean
  /** The focal length was read as changing here (a dolly zoom's reversed reading). */
  readonly focalChanged: boolean
  /** The essential matrix's direction of travel, when a clean pose was found: the centre of this frame in frame `from`'s axes (OpenCV). */
  readonly travel: { readonly from: number; readonly centreDirection: readonly number[] } | null
}

export interface RefinedPose {
  readonly panDeg: number
  readonly tiltDeg: number
  readonly rollDeg: number
  readonly zoom: number
  /** Direction of travel since the previous frame, in its axes [right, up, forward]; null where the stretch was not refitted. */
  readonly travel: [number, number, number] | null
}

export interface RefineOptions {
  /** Focal length (analysis pixels) and principal point of the analysis image. */
  readonly focalPx: number
  readonly cx: number
  readonly cy: number
  /** Frames before a stretch whose (still) poses anchor it: the gate's window. */
  readonly anchorFrames: number
  /** The Cauchy loss's scale, analysis pixels. */
  readonly robustScalePx: number
  readonly turnSmoothness: number
  readonly travelSmoothness: number
  readonly iterations: number
  /** The direction of travel at a frame is the chord from this many frames before it to as many after (within the stretch). */
  readonly travelSpanFrames: number
}

/** Refits the travelling stretches; returns one entry per frame, or null where the streaming values stand. */
export const refineTravel = (poses: readonly StreamedPose[], threads: readonly PointThread[], pairs: readonly MatchedPair[], o: RefineOptions): (RefinedPose | null)[] => {
  const out: (RefinedPose | null)[] = poses.map(() => null)
  const rotations = poses.map((p) => [...p.r])
  /** The frames after this one turned with a refitted stretch's correction. */
  let correctedAfter = Infinity
  for (const [first, last] of travellingStretches(poses)) {
    // a dolly zoom (the focal length read as changing at most of the poses found) keeps the streaming reading: the fit holds the focal length
    const found = poses.slice(first, last + 1).filter((p) => p.travel)
    if (found.filter((p) => p.focalChanged).length * 2 >= found.length) continue
    const start = Math.max(0, first - o.anchorFrames)
    const centres = initialCentres(poses, rotations, first, last, o.anchorFrames)
    if (!centres) continue
    const free = poses.map((_, i) => i >= first && i <= last)
    // the zoom is held over the stretch (a stray frame read as a dolly zoom is not one)
    const heldZoom = poses[first - 1].zoom
    const zoomOf = (i: number) => (i >= first ? heldZoom : poses[i].zoom)
    const problem = {
      rotations,
      centres,
      free,
      tracks: threadRays(threads, start, first, last, zoomOf, o),
      robustScale: o.robustScalePx / o.focalPx,
      turnSmoothness: o.turnSmoothness,
      travelSmoothness: o.travelSmoothness,
      iterations: o.iterations,
    }
    // Two starts: the streaming pass's poses, and the frame pairs' joint fit (jointFit.ts) from them.
    // The bundle adjustment keeps much of what it starts with along its weak directions (a turn
    // against a sideways or vertical travel): from the streaming poses the previs orbit at the high
    // rate kept 8 degrees of its pan error, from the pairs' fit the pedestal kept a 1.4-degree tilt
    // drift; each time the right one ended with the lower cost.
    const pairFit = fitJointly({ ...problem, pairs: pairRays(pairs, start, first, last, zoomOf, o), iterations: PAIR_FIT_ITERATIONS })
    const fits = [bundleAdjust(problem)]
    if (pairFit.rotations.every((r) => r.every(Number.isFinite)) && pairFit.centres.every((c) => c.every(Number.isFinite)))
      fits.push(bundleAdjust({ ...problem, rotations: pairFit.rotations, centres: pairFit.centres }))
    const fit = fits.filter((f) => Number.isFinite(f.costAfter)).sort((a, b) => a.costAfter - b.costAfter)[0]
    if (!fit) continue
    // the frames after the stretch turn with its last frame's correction
    const correction = mul3(fit.rotations[last], transpose3(rotations[last]))
    for (let i = first; i <= last; i++) rotations[i] = fit.rotations[i]
    for (let i = last + 1; i < poses.length; i++) rotations[i] = mul3(correction, rotations[i])
    correctedAfter = Math.min(correctedAfter, last)
    for (let i = first; i <= last; i++) {
      // the direction of the path at this frame: the chord over a few frames either side (one frame's step is noisy)
      const before = Math.max(first - 1, i - o.travelSpanFrames)
      const after = Math.min(last, i + o.travelSpanFrames)
      const step = [0, 1, 2].map((a) => fit.centres[after][a] - fit.centres[before][a])
      const local = applyMat3(fit.rotations[i - 1], step)
      const length = Math.hypot(local[0], local[1], local[2])
      out[i] = {
        ...anglesOfRotation(rotations[i], heldZoom),
        travel: length > 0 ? [local[0] / length, -local[1] / length, local[2] / length] : null,
      }
    }
  }
  // the frames after a refitted stretch that were not refitted themselves carry its correction
  for (let i = correctedAfter + 1; i < poses.length; i++) out[i] ??= { ...anglesOfRotation(rotations[i], poses[i].zoom), travel: null }
  return out
}

/** The calibrated positions of every thread over frames start..last that reaches into the free frames first..last (three positions at least). */
const threadRays = (threads: readonly PointThread[], start: number, first: number, last: number, zoomOf: (i: number) => number, o: RefineOptions): PointTrack[] => {
  const tracks: PointTrack[] = []
  for (const t of threads) {
    const from = Math.max(start, t.first)
    const to = Math.min(last, t.first + t.points.length - 1)
    if (to - from < 2 || to < first) continue
    const rays = new Float64Array(2 * (to - from + 1))
    for (let i = from; i <= to; i++) {
      const p = t.points[i - t.first]
      rays[2 * (i - from)] = (p.x - o.cx) / (o.focalPx * zoomOf(i))
      rays[2 * (i - from) + 1] = (p.y - o.cy) / (o.focalPx * zoomOf(i))
    }
    tracks.push({ first: from, rays })
  }
  return tracks
}

/** The calibrated tracks of every matched pair that ends in the free frames and starts no earlier than `start`. */
const pairRays = (pairs: readonly MatchedPair[], start: number, first: number, last: number, zoomOf: (i: number) => number, o: RefineOptions): PairRays[] =>
  pairs
    .filter((p) => p.to >= first && p.to <= last && p.from >= start)
    .map((p) => {
      const rays = new Float64Array(p.tracks.length * 4)
      p.tracks.forEach((t, n) => {
        rays[4 * n] = (t.from.x - o.cx) / (o.focalPx * zoomOf(p.from))
        rays[4 * n + 1] = (t.from.y - o.cy) / (o.focalPx * zoomOf(p.from))
        rays[4 * n + 2] = (t.to.x - o.cx) / (o.focalPx * zoomOf(p.to))
        rays[4 * n + 3] = (t.to.y - o.cy) / (o.focalPx * zoomOf(p.to))
      })
      return { from: p.from, to: p.to, rays }
    })

/** The pairs' fit is only a start for the bundle adjustment: a few iterations. */
const PAIR_FIT_ITERATIONS = 20

/** [first, last] of every run of frames with parallax (frame 0 never travels). */
export const travellingStretches = (poses: readonly StreamedPose[]): [number, number][] => {
  const runs: [number, number][] = []
  for (let i = 1; i < poses.length; i++) {
    if (!poses[i].parallax) continue
    const run = runs[runs.length - 1]
    if (run && run[1] === i - 1) run[1] = i
    else runs.push([i, i])
  }
  return runs
}

/**
 * Starting centres of every frame (frame 0's axes, one unit a frame): still at the origin before the
 * stretch, then each frame a step along the directions of travel the streaming pass found nearby
 * (the frames after it are not read). Null when it found none.
 */
const initialCentres = (poses: readonly StreamedPose[], rotations: readonly Mat3[], first: number, last: number, windowFrames: number): number[][] | null => {
  const directions: (number[] | null)[] = []
  for (let i = first; i <= last; i++) {
    const t = poses[i].travel
    directions.push(t ? applyMat3(transpose3(rotations[t.from]), t.centreDirection) : null)
  }
  if (directions.every((d) => d === null)) return null
  // each frame's starting step: the mean of the directions found within a window either side (a stray
  // reversed reading is outvoted; the fit keeps every step within 90 degrees of its start)
  const span = Math.max(1, windowFrames)
  const nearest = (k: number): number[] => {
    const sum = [0, 0, 0]
    for (let d = Math.max(0, k - span); d <= Math.min(directions.length - 1, k + span); d++) {
      const u = directions[d]
      if (u) for (let x = 0; x < 3; x++) sum[x] += u[x]
    }
    if (Math.hypot(sum[0], sum[1], sum[2]) > 0) return sum
    for (let d = 0; ; d++) {
      const before = directions[k - d]
      if (before) return before
      const after = directions[k + d]
      if (after) return after
    }
  }
  const centres = poses.map(() => [0, 0, 0])
  let c = [0, 0, 0]
  for (let i = first; i <= last; i++) {
    const m = nearest(i - first)
    const length = Math.hypot(m[0], m[1], m[2])
    c = [c[0] + m[0] / length, c[1] + m[1] / length, c[2] + m[2] / length]
    centres[i] = c
  }
  return centres
}

