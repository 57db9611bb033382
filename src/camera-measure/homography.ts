/**
 * Robust homography between two point sets: Hartley-normalised DLT, RANSAC over minimal 4-point
 * samples drawn from a seeded RNG (the same input always gives the same answer), then a
 * least-squares refit on the inliers, repeated until the inlier set settles.
 */
import { createRng } from '../core/math/rng'
import { applyHomography, invert3, mul3, solveLinear, symmetricEigen, unitDeterminant } from './linalg'
import type { Track } from './lucasKanade'
import type { Mat3, Point2 } from './types'

/** The similarity that moves the centroid to the origin and the mean distance to sqrt(2). */
const normaliser = (pts: readonly Point2[]): number[] => {
  let mx = 0
  let my = 0
  for (const p of pts) {
    mx += p.x
    my += p.y
  }
  mx /= pts.length
  my /= pts.length
  let d = 0
  for (const p of pts) d += Math.hypot(p.x - mx, p.y - my)
  d /= pts.length
  const s = d > 1e-12 ? Math.SQRT2 / d : 1
  return [s, 0, -s * mx, 0, s, -s * my, 0, 0, 1]
}

const applyAffine = (t: Mat3, p: Point2): Point2 => ({ x: t[0] * p.x + t[2], y: t[4] * p.y + t[5] })

/** Rows of the DLT system for one correspondence (a -> b). */
const dltRows = (a: Point2, b: Point2): [number[], number[]] => [
  [0, 0, 0, -a.x, -a.y, -1, b.y * a.x, b.y * a.y, b.y],
  [a.x, a.y, 1, 0, 0, 0, -b.x * a.x, -b.x * a.y, -b.x],
]

/** Exact homography through 4 correspondences (already normalised), with h33 = 1; null when degenerate. */
const solveMinimal = (a: readonly Point2[], b: readonly Point2[]): number[] | null => {
  const m = new Float64Array(64)
  const rhs = new Float64Array(8)
  for (let i = 0; i < 4; i++) {
    const rows = dltRows(a[i], b[i])
    for (let k = 0; k < 2; k++) {
      const row = rows[k]
      for (let c = 0; c < 8; c++) m[(2 * i + k) * 8 + c] = row[c]
      rhs[2 * i + k] = -row[8]
    }
  }
  const x = solveLinear(m, rhs, 8)
  return x ? [...x, 1] : null
}

/** Least-squares (algebraic) homography through n >= 4 normalised correspondences. */
const solveLeastSquares = (a: readonly Point2[], b: readonly Point2[]): number[] => {
  const ata = new Float64Array(81)
  for (let i = 0; i < a.length; i++)
    for (const row of dltRows(a[i], b[i]))
      for (let r = 0; r < 9; r++) {
        if (row[r] === 0) continue
        for (let c = 0; c < 9; c++) ata[r * 9 + c] += row[r] * row[c]
      }
  return symmetricEigen(ata, 9).vectors[0]
}

/** Undoes the normalisation: H = Tb^-1 Hn Ta, scaled to determinant 1. */
const denormalise = (hn: Mat3, ta: Mat3, tb: Mat3): number[] | null => {
  const tbInv = invert3(tb)
  if (!tbInv) return null
  const h = mul3(mul3(tbInv, hn), ta)
  return h.every(Number.isFinite) ? unitDeterminant(h) : null
}

/** The homography fitted by least squares to all the given tracks (at least 4); null when degenerate. */
export const fitHomography = (tracks: readonly Track[]): number[] | null => {
  if (tracks.length < 4) return null
  const ta = normaliser(tracks.map((t) => t.from))
  const tb = normaliser(tracks.map((t) => t.to))
  const hn = solveLeastSquares(
    tracks.map((t) => applyAffine(ta, t.from)),
    tracks.map((t) => applyAffine(tb, t.to)),
  )
  return denormalise(hn, ta, tb)
}

/** How far the homography puts each track's end from where it was tracked to (pixels). */
export const transferErrors = (h: Mat3, tracks: readonly Track[]): number[] =>
  tracks.map((t) => {
    const q = applyHomography(h, t.from.x, t.from.y)
    return q ? Math.hypot(q.x - t.to.x, q.y - t.to.y) : Infinity
  })

export interface RansacOptions {
  /** A track is an inlier when the homography puts it within this many pixels of where it was tracked to. */
  readonly thresholdPx: number
  readonly maxIterations: number
  /** Stop early once the chance of having missed a better sample falls under 1 - confidence. */
  readonly confidence: number
  readonly seed: number
}

export const DEFAULT_RANSAC_OPTIONS: RansacOptions = { thresholdPx: 1, maxIterations: 500, confidence: 0.999, seed: 1 }

export interface RobustHomography {
  /** Maps points of the first frame to the second, scaled to determinant 1. */
  readonly h: number[]
  /** Indices of the tracks it fits within the threshold. */
  readonly inliers: number[]
}

const twiceArea = (p: Point2, q: Point2, r: Point2): number => Math.abs((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x))

/** RANSAC then least-squares refits on the inliers; null with fewer than 4 tracks or no consensus of at least 8. */
export const robustHomography = (tracks: readonly Track[], options: RansacOptions = DEFAULT_RANSAC_OPTIONS): RobustHomography | null => {
  const n = tracks.length
  if (n < 8) return null
  const rng = createRng(options.seed)
  const ta = normaliser(tracks.map((t) => t.from))
  const tb = normaliser(tracks.map((t) => t.to))
  const na = tracks.map((t) => applyAffine(ta, t.from))
  const nb = tracks.map((t) => applyAffine(tb, t.to))
  const t2 = options.thresholdPx * options.thresholdPx
  const countInliers = (h: Mat3): number => {
    let count = 0
    for (const t of tracks) {
      const q = applyHomography(h, t.from.x, t.from.y)
      if (q && (q.x - t.to.x) ** 2 + (q.y - t.to.y) ** 2 <= t2) count++
    }
    return count
  }
  let best: number[] | null = null
  let bestCount = 0
  let needed = options.maxIterations
  for (let it = 0; it < Math.min(needed, options.maxIterations); it++) {
    const idx: number[] = []
    while (idx.length < 4) {
      const k = Math.floor(rng() * n)
      if (!idx.includes(k)) idx.push(k)
    }
    const sa = idx.map((k) => na[k])
    const sb = idx.map((k) => nb[k])
    // three collinear points make the sample degenerate
    if ([[0, 1, 2], [0, 1, 3], [0, 2, 3], [1, 2, 3]].some(([i, j, k]) => twiceArea(sa[i], sa[j], sa[k]) < 1e-3 || twiceArea(sb[i], sb[j], sb[k]) < 1e-3)) continue
    const hn = solveMinimal(sa, sb)
    if (!hn) continue
    const h = denormalise(hn, ta, tb)
    if (!h) continue
    const count = countInliers(h)
    if (count > bestCount) {
      best = h
      bestCount = count
      const w = count / n
      const miss = 1 - w ** 4
      needed = miss <= 1e-12 ? 0 : Math.ceil(Math.log(1 - options.confidence) / Math.log(miss))
    }
  }
  if (!best || bestCount < 8) return null
  let h = best
  let inliers: number[] = []
  for (let round = 0; round < 4; round++) {
    const errors = transferErrors(h, tracks)
    const next = errors.flatMap((e, i) => (e <= options.thresholdPx ? [i] : []))
    if (next.length < 8) break
    const same = next.length === inliers.length && next.every((v, i) => v === inliers[i])
    inliers = next
    if (same) break
    const refit = fitHomography(inliers.map((i) => tracks[i]))
    if (!refit) break
    h = refit
  }
  inliers = transferErrors(h, tracks).flatMap((e, i) => (e <= options.thresholdPx ? [i] : []))
  if (inliers.length < 8) return null
  return { h, inliers }
}
