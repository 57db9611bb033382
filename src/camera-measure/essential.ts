/**
 * Relative pose of a travelling camera from tracked points, with the focal length held fixed: the
 * essential matrix by the 8-point method on calibrated coordinates (K^-1 applied), inside a seeded
 * RANSAC on the Sampson distance, refitted on the inliers, projected onto the essential manifold
 * (singular values 1, 1, 0) and split into the four (R, t) candidates, of which the cheirality check
 * (points in front of both cameras) keeps one. Axes are OpenCV's (x right, y down, z forward):
 * X2 = R X1 + t. The translation has no scale: only its direction is known.
 */
import { createRng } from '../core/math/rng'
import { applyMat3, det3, IDENTITY3, mul3, rotationOfVector, solveLinear, symmetricEigen, transpose3 } from './linalg'
import type { Track } from './lucasKanade'
import type { Mat3 } from './types'

export interface RelativePose {
  /** Turns the first camera's coordinates into the second's (OpenCV axes). */
  readonly r: number[]
  /** Unit translation of X2 = R X1 + t. */
  readonly t: [number, number, number]
  /** The second camera's centre in the first camera's axes, unit length (OpenCV axes). */
  readonly centreDirection: [number, number, number]
  readonly inliers: number
  /** Of the inliers, the share in front of both cameras for the chosen (R, t). */
  readonly inFront: number
}

export interface EssentialOptions {
  /** Sampson distance threshold, pixels of the image the tracks are in. */
  readonly thresholdPx: number
  readonly iterations: number
  readonly seed: number
}

export const DEFAULT_ESSENTIAL_OPTIONS: EssentialOptions = { thresholdPx: 0.5, iterations: 300, seed: 1 }

type V3 = [number, number, number]
const cross = (a: readonly number[], b: readonly number[]): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const norm = (a: readonly number[]) => Math.hypot(a[0], a[1], a[2])
const unit = (a: readonly number[]): V3 => {
  const n = norm(a) || 1
  return [a[0] / n, a[1] / n, a[2] / n]
}

interface Calibrated {
  readonly a: V3
  readonly b: V3
}

/** Least-squares 8-point essential matrix (smallest eigenvector of A^T A), not yet projected. */
const eightPoint = (pts: readonly Calibrated[]): number[] | null => {
  if (pts.length < 8) return null
  const ata = new Float64Array(81)
  for (const { a, b } of pts) {
    const row = [b[0] * a[0], b[0] * a[1], b[0], b[1] * a[0], b[1] * a[1], b[1], a[0], a[1], 1]
    for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) ata[i * 9 + j] += row[i] * row[j]
  }
  const { vectors } = symmetricEigen(ata, 9)
  return vectors[0]
}

/** U, V (proper rotations) with E = U diag(s, s, 0) V^T: E's nearest essential matrix. */
const essentialSvd = (e: Mat3): { u: number[][]; v: number[][] } | null => {
  const { values, vectors } = symmetricEigen(Float64Array.from(mul3(transpose3(e), e)), 3)
  const v0 = vectors[2]
  const v1 = vectors[1]
  if (!(values[2] > 1e-20) || !(values[1] > 1e-20)) return null
  const v2 = cross(v0, v1)
  const u0 = unit(applyMat3(e, v0))
  let u1 = applyMat3(e, v1)
  const d = u0[0] * u1[0] + u0[1] * u1[1] + u0[2] * u1[2]
  u1 = unit([u1[0] - d * u0[0], u1[1] - d * u0[1], u1[2] - d * u0[2]])
  const u2 = cross(u0, u1)
  return { u: [u0, u1, u2], v: [v0, v1, v2] }
}

/** Rebuilds E = U diag(1, 1, 0) V^T. */
const projected = (u: number[][], v: number[][]): number[] => {
  const e = new Array<number>(9).fill(0)
  for (let k = 0; k < 2; k++) for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) e[i * 3 + j] += u[k][i] * v[k][j]
  return e
}

const sampson = (e: Mat3, { a, b }: Calibrated): number => {
  const ea = applyMat3(e, a)
  const etb = applyMat3(transpose3(e), b)
  const r = b[0] * ea[0] + b[1] * ea[1] + b[2] * ea[2]
  const den = ea[0] ** 2 + ea[1] ** 2 + etb[0] ** 2 + etb[1] ** 2
  return den > 0 ? (r * r) / den : Infinity
}

/** Points whose rotation-compensated rays differ by less than this (pixels at the focal length) do not vote in the cheirality check... */
const MIN_CHEIRALITY_PARALLAX_PX = 1
/** ...unless fewer than this many points show that much parallax. */
const MIN_CHEIRALITY_POINTS = 8

/** The translation-only model is taken when its mean Sampson error is within this factor of the full model's... */
const TRANSLATION_ONLY_MAX_ERROR_RATIO = 1.5
/** ...plus this much (pixels at the focal length, squared), for tracks that both models fit to the noise. */
const TRANSLATION_ONLY_SLACK_PX = 0.05

/** The angle (radians, small-angle) between the rotated first ray and the second: the point's parallax. */
const parallaxOf = (r: Mat3, { a, b }: Calibrated): number => {
  const ra = applyMat3(r, a)
  const cx = ra[1] * b[2] - ra[2] * b[1]
  const cy = ra[2] * b[0] - ra[0] * b[2]
  const cz = ra[0] * b[1] - ra[1] * b[0]
  return Math.hypot(cx, cy, cz) / (Math.hypot(ra[0], ra[1], ra[2]) * Math.hypot(b[0], b[1], b[2]))
}

/** Depths (along each ray) of a point seen as a in camera 1 and b in camera 2, least squares. */
const depths = (r: Mat3, t: V3, { a, b }: Calibrated): [number, number] => {
  const ra = applyMat3(r, a)
  // l1 * ra - l2 * b = -t
  const s11 = ra[0] ** 2 + ra[1] ** 2 + ra[2] ** 2
  const s12 = -(ra[0] * b[0] + ra[1] * b[1] + ra[2] * b[2])
  const s22 = b[0] ** 2 + b[1] ** 2 + b[2] ** 2
  const r1 = -(ra[0] * t[0] + ra[1] * t[1] + ra[2] * t[2])
  const r2 = b[0] * t[0] + b[1] * t[1] + b[2] * t[2]
  const det = s11 * s22 - s12 * s12
  if (Math.abs(det) < 1e-15) return [0, 0]
  return [(r1 * s22 - s12 * r2) / det, (s11 * r2 - s12 * r1) / det]
}

const skew = (t: readonly number[]): number[] => [0, -t[2], t[1], t[2], 0, -t[0], -t[1], t[0], 0]


const signedSampson = (e: Mat3, { a, b }: Calibrated): number => {
  const ea = applyMat3(e, a)
  const etb = applyMat3(transpose3(e), b)
  const r = b[0] * ea[0] + b[1] * ea[1] + b[2] * ea[2]
  const den = ea[0] ** 2 + ea[1] ** 2 + etb[0] ** 2 + etb[1] ** 2
  return den > 0 ? r / Math.sqrt(den) : 0
}

/**
 * Levenberg-Marquardt on the Sampson distances of the inliers over 5 parameters (a small turn after R,
 * and t moved on its unit sphere): the linear 8-point estimate is biased, most visibly as a tilt
 * leaking into a pedestal.
 */
const refinePose = (r0: number[], t0: V3, pts: readonly Calibrated[]): { r: number[]; t: V3 } => {
  let r = r0
  let t = t0
  const basis = (tt: V3): [V3, V3] => {
    const helper: V3 = Math.abs(tt[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0]
    const e1 = unit(cross(tt, helper))
    return [e1, cross(tt, e1)]
  }
  const at = (p: readonly number[], rr: number[], tt: V3) => {
    const [e1, e2] = basis(tt)
    const nt = unit([tt[0] + p[3] * e1[0] + p[4] * e2[0], tt[1] + p[3] * e1[1] + p[4] * e2[1], tt[2] + p[3] * e1[2] + p[4] * e2[2]])
    const nr = mul3(rotationOfVector([p[0], p[1], p[2]]), rr)
    return { r: nr, t: nt }
  }
  const residuals = (rr: number[], tt: V3) => {
    const e = mul3(skew(tt), rr)
    return pts.map((p) => signedSampson(e, p))
  }
  const cost = (res: number[]) => res.reduce((acc, v) => acc + v * v, 0)
  let res = residuals(r, t)
  let c = cost(res)
  let lambda = 1e-3
  for (let iter = 0; iter < 15; iter++) {
    const h = 1e-7
    const jac: number[][] = []
    for (let j = 0; j < 5; j++) {
      const p = [0, 0, 0, 0, 0]
      p[j] = h
      const moved = at(p, r, t)
      const rj = residuals(moved.r, moved.t)
      jac.push(rj.map((v, i) => (v - res[i]) / h))
    }
    const jtj = new Float64Array(25)
    const jtr = new Float64Array(5)
    for (let a = 0; a < 5; a++) {
      for (let b = 0; b < 5; b++) for (let i = 0; i < res.length; i++) jtj[a * 5 + b] += jac[a][i] * jac[b][i]
      for (let i = 0; i < res.length; i++) jtr[a] -= jac[a][i] * res[i]
    }
    let improved = false
    for (let tries = 0; tries < 6 && !improved; tries++) {
      const damped = Float64Array.from(jtj)
      for (let a = 0; a < 5; a++) damped[a * 5 + a] *= 1 + lambda
      const step = solveLinear(damped, jtr, 5)
      if (!step) break
      const moved = at(Array.from(step), r, t)
      const nres = residuals(moved.r, moved.t)
      const nc = cost(nres)
      if (nc < c) {
        r = moved.r
        t = moved.t
        res = nres
        const gain = c - nc
        c = nc
        lambda = Math.max(lambda / 10, 1e-9)
        improved = true
        if (gain < 1e-14) iter = 99
      } else lambda *= 10
    }
    if (!improved) break
  }
  return { r, t }
}

/** A restart replaces the 8-point start only when it fits the inliers this much better (share of the Sampson sum). */
const RESTART_MIN_GAIN = 0.1

/** The travel direction that best explains the tracks once the turn `r` is taken out: t is orthogonal to every (R a) x b; least squares, unit (r = IDENTITY3: a camera that does not turn, E = [t]x). */
const travelUnder = (r: Mat3, pts: readonly Calibrated[]): V3 | null => {
  if (pts.length < 2) return null
  const m = new Float64Array(9)
  for (const p of pts) {
    const c = cross(applyMat3(r, p.a), p.b)
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) m[i * 3 + j] += c[i] * c[j]
  }
  const t = symmetricEigen(m, 3).vectors[0]
  return t.every(Number.isFinite) ? unit(t as unknown as V3) : null
}

/** Of the four poses with the essential matrix of (r, t) (t or -t, r or its twisted pair), the one with most informative points in front of both cameras. */
const cheiralityPick = (r: Mat3, t: V3, pts: readonly Calibrated[], minParallax: number): { r: number[]; t: V3; front: number; counted: number } => {
  // the twisted pair: a half turn about t applied after r
  const half = [2 * t[0] * t[0] - 1, 2 * t[0] * t[1], 2 * t[0] * t[2], 2 * t[1] * t[0], 2 * t[1] * t[1] - 1, 2 * t[1] * t[2], 2 * t[2] * t[0], 2 * t[2] * t[1], 2 * t[2] * t[2] - 1]
  let chosen: { r: number[]; t: V3; front: number; counted: number } | null = null
  for (const rr of [[...r], mul3(half, r)]) {
    const informative = pts.filter((p) => parallaxOf(rr, p) >= minParallax)
    const counted = informative.length >= MIN_CHEIRALITY_POINTS ? informative : pts
    for (const sign of [1, -1]) {
      const tt: V3 = [sign * t[0], sign * t[1], sign * t[2]]
      const front = counted.filter((p) => {
        const [l1, l2] = depths(rr, tt, p)
        return l1 > 0 && l2 > 0
      }).length
      if (!chosen || front / counted.length > chosen.front / chosen.counted) chosen = { r: rr, t: tt, front, counted: counted.length }
    }
  }
  return chosen ?? { r: [...r], t, front: 0, counted: pts.length }
}

/** Relative pose from tracks in pixels of an image with calibration K (focal held fixed); null without a consensus of 12. */
export const relativePose = (
  tracks: readonly Track[],
  k: Mat3,
  options: EssentialOptions = DEFAULT_ESSENTIAL_OPTIONS,
  rotationGuesses: readonly Mat3[] = [],
): RelativePose | null => {
  const f = k[0]
  const toRay = (x: number, y: number): V3 => [(x - k[2]) / f, (y - k[5]) / k[4], 1]
  const pts: Calibrated[] = tracks.map((tr) => ({ a: toRay(tr.from.x, tr.from.y), b: toRay(tr.to.x, tr.to.y) }))
  const n = pts.length
  if (n < 12) return null
  const threshold = (options.thresholdPx / f) ** 2
  const rng = createRng(options.seed)
  const inliersOf = (e: Mat3) => pts.filter((p) => sampson(e, p) < threshold)
  let best: Calibrated[] = []
  for (let it = 0; it < options.iterations; it++) {
    const sample = new Set<number>()
    while (sample.size < 8) sample.add(Math.floor(rng() * n))
    const raw = eightPoint([...sample].map((i) => pts[i]))
    const svd = raw && essentialSvd(raw)
    if (!svd) continue
    const inl = inliersOf(projected(svd.u, svd.v))
    if (inl.length > best.length) best = inl
  }
  // refit on the inliers until the set settles
  for (let round = 0; round < 4 && best.length >= 8; round++) {
    const raw = eightPoint(best)
    const svd = raw && essentialSvd(raw)
    if (!svd) break
    const inl = inliersOf(projected(svd.u, svd.v))
    if (inl.length <= best.length && round > 0) break
    if (inl.length >= 8) best = inl
  }
  if (best.length < 12) return null
  const raw = eightPoint(best)
  const svd = raw && essentialSvd(raw)
  if (!svd) return null
  const { u, v } = svd
  const uMat = [u[0][0], u[1][0], u[2][0], u[0][1], u[1][1], u[2][1], u[0][2], u[1][2], u[2][2]]
  const vMat = [v[0][0], v[1][0], v[2][0], v[0][1], v[1][1], v[2][1], v[0][2], v[1][2], v[2][2]]
  const w = [0, -1, 0, 1, 0, 0, 0, 0, 1]
  const candidates: number[][] = [mul3(mul3(uMat, w), transpose3(vMat)), mul3(mul3(uMat, transpose3(w)), transpose3(vMat))]
  // Cheirality over the points that show parallax (their rays, the rotation taken out, differ by
  // at least MIN_CHEIRALITY_PARALLAX_PX): a far point's depth sign is noise, and on the previs renders
  // (a wall 16 m away, a truck of 2 cm a frame) such points put a right pose only 50-80 % in front.
  const minParallax = MIN_CHEIRALITY_PARALLAX_PX / f
  let chosen: { r: number[]; t: V3; front: number; counted: number } | null = null
  for (const r of candidates) {
    if (det3(r) < 0) continue
    const informative = best.filter((p) => parallaxOf(r, p) >= minParallax)
    const counted = informative.length >= MIN_CHEIRALITY_POINTS ? informative : best
    for (const sign of [1, -1]) {
      const t: V3 = [sign * u[2][0], sign * u[2][1], sign * u[2][2]]
      let front = 0
      for (const p of counted) {
        const [l1, l2] = depths(r, t, p)
        if (l1 > 0 && l2 > 0) front++
      }
      if (!chosen || front / counted.length > chosen.front / chosen.counted) chosen = { r, t, front, counted: counted.length }
    }
  }
  if (!chosen) return null
  const refined = refinePose(chosen.r, chosen.t, best)
  chosen = { ...chosen, r: refined.r, t: refined.t }
  // Other starts: each guessed turn (the previous frame's pose, the turn-and-zoom fit of these tracks)
  // with the travel that best explains the tracks under it, refined the same way. The refinement from
  // the 8-point estimate can end in the wrong valley (on the previs orbit a sideways travel read as
  // forward or backwards); the start whose refined pose fits the inliers best is kept, and the
  // cheirality check then picks among its four readings (t and -t, and the twisted pair).
  const fitError = (r: Mat3, t: V3) => {
    const e = mul3(skew(t), r)
    return best.reduce((acc, p) => acc + sampson(e, p), 0)
  }
  let bestError = fitError(chosen.r, chosen.t)
  let restarted = false
  for (const guess of rotationGuesses) {
    const t = travelUnder(guess, best)
    if (!t) continue
    const other = refinePose([...guess], t, best)
    const error = fitError(other.r, other.t)
    if (error < bestError * (1 - RESTART_MIN_GAIN)) {
      bestError = error
      chosen = { ...chosen, r: other.r, t: other.t }
      restarted = true
    }
  }
  if (restarted) {
    const picked = cheiralityPick(chosen.r, chosen.t, best, minParallax)
    chosen = { ...picked }
  }
  // A camera that travels without turning: when the translation alone explains the tracks about as
  // well as rotation and translation together, take no turn. With few, shallow, mostly coplanar
  // tracks (the previs's ground and walls) the full model trades a small turn for part of the
  // travel (a 1 m truck read 1-2.5 degrees of pan, flickering frame to frame).
  const meanSampson = (e: Mat3) => best.reduce((acc, p) => acc + sampson(e, p), 0) / best.length
  const t0 = travelUnder(IDENTITY3, best)
  if (t0 && meanSampson(skew(t0)) <= TRANSLATION_ONLY_MAX_ERROR_RATIO * meanSampson(mul3(skew(chosen.t), chosen.r)) + (TRANSLATION_ONLY_SLACK_PX / f) ** 2) {
    const identity = [...IDENTITY3]
    const informative = best.filter((p) => parallaxOf(identity, p) >= minParallax)
    const counted = informative.length >= MIN_CHEIRALITY_POINTS ? informative : best
    const frontOf = (t: V3) => counted.filter((p) => {
      const [l1, l2] = depths(identity, t, p)
      return l1 > 0 && l2 > 0
    }).length
    const minus: V3 = [-t0[0], -t0[1], -t0[2]]
    const [fPlus, fMinus] = [frontOf(t0), frontOf(minus)]
    chosen = fPlus >= fMinus ? { r: identity, t: t0, front: fPlus, counted: counted.length } : { r: identity, t: minus, front: fMinus, counted: counted.length }
  }
  const centre = applyMat3(transpose3(chosen.r), chosen.t)
  return {
    r: chosen.r,
    t: chosen.t,
    centreDirection: unit([-centre[0], -centre[1], -centre[2]]),
    inliers: best.length,
    inFront: chosen.front / chosen.counted,
  }
}

/** The direction of travel in the contract's camera axes [right, up, forward] from an OpenCV-axes direction. */
export const contractAxes = (d: readonly number[]): [number, number, number] => [d[0], -d[1], d[2]]
