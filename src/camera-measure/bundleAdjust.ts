/**
 * A small bundle adjustment of a travelling camera: every free frame's rotation and centre, and every
 * tracked point's depth, fitted at once to where the points were seen over many frames (robust
 * reprojection error, Cauchy loss), with a light smoothness prior (a camera's turn and travel do not
 * jerk from frame to frame). Frame pairs alone cannot tell a pan from a sideways travel, nor a tilt
 * from a vertical one (the turn moves the points along their epipolar lines); a point seen over a
 * dozen frames at one depth can.
 *
 * Axes are OpenCV's (x right, y down, z forward). A frame's pose is (R_i, c_i): a point X in frame
 * 0's axes is R_i (X - c_i) in camera i's. Each point is a ray of the frame it was first seen in and
 * an inverse depth along it (log-parameterised: it stays in front of that camera). A frame's
 * parameters are a turn (applied to its rotation) and its centre, so an observation touches two
 * frames only. The normal equations are solved by eliminating the points (each one number) and a
 * banded Cholesky factorisation of what is left.
 */
import { addToBand, applyMat3, bandMatrix, logRotation, mul3, rotationOfVector, solveBand, transpose3 } from './linalg'
import { cauchyCost, cauchyWeight, freeRun, type TravelFitResult, type TravelFitStart } from './travelFit'
import type { Mat3 } from './types'

/** A point seen in consecutive frames from `first` on: calibrated image coordinates (K^-1 applied, z = 1), [x, y] per frame. */
export interface PointTrack {
  readonly first: number
  readonly rays: Float64Array
}

export interface BundleProblem extends TravelFitStart {
  readonly tracks: readonly PointTrack[]
  /** False: the free frames keep their rotations; only the travel and the depths are fitted. */
  readonly turns?: boolean
}

type V3 = [number, number, number]


const applyTransposed = (m: Mat3, v: readonly number[]): V3 => [
  m[0] * v[0] + m[3] * v[1] + m[6] * v[2],
  m[1] * v[0] + m[4] * v[1] + m[7] * v[2],
  m[2] * v[0] + m[5] * v[1] + m[8] * v[2],
]


/** One observation: track `track`, seen in frame `frame` at (x, y), its anchor being the track's first frame in the problem. */
interface Observation {
  readonly track: number
  readonly anchor: number
  readonly frame: number
  readonly x: number
  readonly y: number
}

/** Fits the free frames' rotations and centres and the points' depths; the centres of the frames after the free run are returned as given. */
export const bundleAdjust = (problem: BundleProblem): TravelFitResult => {
  const rotations = problem.rotations.map((r) => [...r])
  const run = freeRun(problem.free)
  if (!run) return { rotations, centres: problem.centres.map((c) => [...c]), costBefore: 0, costAfter: 0 }
  const { slot, first, last, count: n } = run
  const centres = problem.centres.map((c) => [...c])
  const s = problem.robustScale
  const turns = problem.turns !== false

  /** The mean step of a path over the free frames (0 when it stands still). */
  const meanStepOf = (cs: readonly (readonly number[])[]): number => {
    let sum = 0
    for (let i = first; i <= last; i++) sum += Math.hypot(cs[i][0] - cs[i - 1][0], cs[i][1] - cs[i - 1][1], cs[i][2] - cs[i - 1][2])
    return sum / n
  }
  /** The centres' unit for their parameters: the starting path's mean step. */
  const stepScale = meanStepOf(centres) || 1
  /**
   * The travel's smoothness is measured against the path's own mean step, so the cost does not
   * change with the path's scale (the still frames before are at the origin, the reprojections do
   * not either) and the fit does not shrink the path to smooth it.
   */
  const meanStep = (cs: readonly (readonly number[])[]): number => meanStepOf(cs) || stepScale

  /** Frame a's centre minus frame f's. */
  const betweenOf = (a: number, f: number, cs: readonly (readonly number[])[]) => [cs[a][0] - cs[f][0], cs[a][1] - cs[f][1], cs[a][2] - cs[f][2]]

  // observations (the anchor's own is exact by construction) and the tracks' starting inverse depths
  const observations: Observation[] = []
  const usable: PointTrack[] = []
  for (const t of problem.tracks) {
    const count = t.rays.length / 2
    if (count < 3 || t.first + count - 1 < first) continue
    const index = usable.length
    usable.push(t)
    for (let k = 1; k < count; k++) observations.push({ track: index, anchor: t.first, frame: t.first + k, x: t.rays[2 * k], y: t.rays[2 * k + 1] })
  }
  const logInverseDepth = new Float64Array(usable.length)
  {
    const depths: number[] = []
    const triangulated = usable.map((t) => {
      const count = t.rays.length / 2
      const a = t.first
      const f = t.first + count - 1
      const da = applyTransposed(rotations[a], [t.rays[0], t.rays[1], 1])
      const df = applyTransposed(rotations[f], [t.rays[2 * (count - 1)], t.rays[2 * (count - 1) + 1], 1])
      const w = betweenOf(a, f, centres)
      // closest points of c_a + la da and c_f + lf df
      const aa = da[0] ** 2 + da[1] ** 2 + da[2] ** 2
      const ab = da[0] * df[0] + da[1] * df[1] + da[2] * df[2]
      const bb = df[0] ** 2 + df[1] ** 2 + df[2] ** 2
      const aw = da[0] * w[0] + da[1] * w[1] + da[2] * w[2]
      const bw = df[0] * w[0] + df[1] * w[1] + df[2] * w[2]
      const det = aa * bb - ab * ab
      const la = det > 1e-12 ? (ab * bw - bb * aw) / det : NaN
      if (la > 0 && Number.isFinite(la)) depths.push(la)
      return la
    })
    const sorted = depths.sort((x, y) => x - y)
    const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 10 * stepScale * n
    const far = sorted.length ? sorted[Math.floor(sorted.length * 0.9)] : median
    triangulated.forEach((la, i) => {
      const depth = la > 0 && Number.isFinite(la) ? Math.min(la, 20 * far) : median
      logInverseDepth[i] = -Math.log(depth)
    })
  }

  /** Reprojection residual (calibrated units) of one observation, the anchor's centre minus the frame's being `between`. */
  const residualOf = (o: Observation, anchorR: Mat3, frameR: Mat3, between: readonly number[], logRho: number, out: number[]) => {
    const t = usable[o.track]
    const depth = Math.exp(-logRho)
    const inWorld = applyTransposed(anchorR, [t.rays[0] * depth, t.rays[1] * depth, depth])
    const x = applyMat3(frameR, [inWorld[0] + between[0], inWorld[1] + between[1], inWorld[2] + between[2]])
    if (!(x[2] > 1e-9 * depth)) {
      out[0] = 10 * s
      out[1] = 10 * s
      return
    }
    out[0] = x[0] / x[2] - o.x
    out[1] = x[1] / x[2] - o.y
  }
  const residual = (o: Observation, rs: readonly Mat3[], cs: readonly (readonly number[])[], logRho: number, out: number[]) =>
    residualOf(o, rs[o.anchor], rs[o.frame], betweenOf(o.anchor, o.frame, cs), logRho, out)

  /** The change of the turn and of the step from frame i - 1 to i + 1 (second differences), weighted. */
  const smoothResiduals = (rs: readonly Mat3[], cs: readonly (readonly number[])[], i: number, scale = meanStep(cs)): number[] => {
    if (i + 1 > last) return []
    const d1 = logRotation(mul3(rs[i], transpose3(rs[i - 1])))
    const d2 = logRotation(mul3(rs[i + 1], transpose3(rs[i])))
    const out: number[] = []
    for (let a = 0; a < 3; a++) out.push((d2[a] - d1[a]) * problem.turnSmoothness * s)
    for (let a = 0; a < 3; a++) out.push(((cs[i + 1][a] - 2 * cs[i][a] + cs[i - 1][a]) / scale) * problem.travelSmoothness * s)
    return out
  }

  const totalCost = (rs: readonly Mat3[], cs: readonly (readonly number[])[], rho: Float64Array): number => {
    let cost = 0
    const r = [0, 0]
    for (const o of observations) {
      residual(o, rs, cs, rho[o.track], r)
      cost += cauchyCost(r[0], s) + cauchyCost(r[1], s)
    }
    const scale = meanStep(cs)
    for (let i = first; i <= last; i++) for (const v of smoothResiduals(rs, cs, i, scale)) cost += (v * v) / 2
    return cost
  }

  const dim = 6 * n
  let span = 2
  for (const o of observations) span = Math.max(span, o.frame - o.anchor)
  const bandwidth = Math.min(dim - 1, 6 * (span + 1) - 1)
  const h = 1e-6
  const fitted = (column: number) => turns || column % 6 >= 3
  /** Frame i's rotation turned by h about axis k, and its centre moved by h (times the step scale) along axis k. */
  const nudgedRotation = (rs: readonly Mat3[], i: number, k: number): Mat3 => {
    const w = [0, 0, 0]
    w[k] = h
    return mul3(rotationOfVector(w), rs[i])
  }
  const nudgedCentre = (cs: readonly (readonly number[])[], i: number, k: number): number[] => {
    const c = [...cs[i]]
    c[k] += h * stepScale
    return c
  }

  const costBefore = totalCost(rotations, centres, logInverseDepth)
  let cost = costBefore
  let rho = logInverseDepth
  let lambda = 1e-3
  for (let iteration = 0; iteration < problem.iterations; iteration++) {
    const a = bandMatrix(dim, bandwidth)
    const ga = new Float64Array(dim)
    const cp = new Float64Array(usable.length)
    const gp = new Float64Array(usable.length)
    const bp: Map<number, number>[] = usable.map(() => new Map())
    const r0 = [0, 0]
    const r1 = [0, 0]
    const nudgedR = rotations.map((_, i) => (slot[i] >= 0 ? [0, 1, 2].map((k) => nudgedRotation(rotations, i, k)) : []))
    for (const o of observations) {
      const anchorR = rotations[o.anchor]
      const frameR = rotations[o.frame]
      const between = betweenOf(o.anchor, o.frame, centres)
      residualOf(o, anchorR, frameR, between, rho[o.track], r0)
      const w0 = cauchyWeight(r0[0], s)
      const w1 = cauchyWeight(r0[1], s)
      const columns: number[] = []
      const jac: number[][] = []
      const push = (column: number) => {
        columns.push(column)
        jac.push([(r1[0] - r0[0]) / h, (r1[1] - r0[1]) / h])
      }
      for (const [f, sign] of [[o.anchor, 1], [o.frame, -1]] as const) {
        if (slot[f] < 0) continue
        if (turns)
          for (let k = 0; k < 3; k++) {
            if (f === o.anchor) residualOf(o, nudgedR[f][k], frameR, between, rho[o.track], r1)
            else residualOf(o, anchorR, nudgedR[f][k], between, rho[o.track], r1)
            push(6 * slot[f] + k)
          }
        for (let k = 0; k < 3; k++) {
          const moved = [...between]
          moved[k] += sign * h * stepScale
          residualOf(o, anchorR, frameR, moved, rho[o.track], r1)
          push(6 * slot[f] + 3 + k)
        }
      }
      residualOf(o, anchorR, frameR, between, rho[o.track] + h, r1)
      const jp = [(r1[0] - r0[0]) / h, (r1[1] - r0[1]) / h]
      const b = bp[o.track]
      for (let x = 0; x < columns.length; x++) {
        const jx = jac[x]
        ga[columns[x]] += jx[0] * w0 * r0[0] + jx[1] * w1 * r0[1]
        for (let y = x; y < columns.length; y++) addToBand(a, columns[x], columns[y], jx[0] * w0 * jac[y][0] + jx[1] * w1 * jac[y][1])
        b.set(columns[x], (b.get(columns[x]) ?? 0) + jx[0] * w0 * jp[0] + jx[1] * w1 * jp[1])
      }
      cp[o.track] += jp[0] * w0 * jp[0] + jp[1] * w1 * jp[1]
      gp[o.track] += jp[0] * w0 * r0[0] + jp[1] * w1 * r0[1]
    }
    const scale = meanStep(centres)
    for (let i = first; i <= last; i++) {
      const base = smoothResiduals(rotations, centres, i, scale)
      if (base.length === 0) continue
      const columns: number[] = []
      const jac: number[][] = []
      for (const f of [i - 1, i, i + 1]) {
        if (slot[f] < 0) continue
        for (let k = 0; k < 6; k++) {
          if (!fitted(k)) continue
          const rs = k < 3 ? rotations.slice() : rotations
          const cs = k < 3 ? centres : centres.slice()
          if (k < 3) (rs as Mat3[])[f] = nudgedR[f][k]
          else cs[f] = nudgedCentre(centres, f, k - 3)
          columns.push(6 * slot[f] + k)
          jac.push(smoothResiduals(rs, cs, i, scale).map((v, m) => (v - base[m]) / h))
        }
      }
      for (let x = 0; x < columns.length; x++) {
        ga[columns[x]] += jac[x].reduce((acc, v, m) => acc + v * base[m], 0)
        for (let y = x; y < columns.length; y++) addToBand(a, columns[x], columns[y], jac[x].reduce((acc, v, m) => acc + v * jac[y][m], 0))
      }
    }
    // each point's coupling to the frame columns, ascending
    const pointColumns: Int32Array[] = []
    const pointValues: Float64Array[] = []
    for (const b of bp) {
      const cols = Int32Array.from(b.keys()).sort()
      pointColumns.push(cols)
      pointValues.push(Float64Array.from(cols, (c) => b.get(c) as number))
    }
    // a point whose depth the frames barely see (no parallax yet) is damped as one that is seen: its depth must not jump
    const seen = [...cp].filter((v) => v > 0).sort((x, y) => x - y)
    const cpFloor = 1e-3 * (seen[Math.floor(seen.length / 2)] ?? 1)
    let improved = false
    for (let attempt = 0; attempt < 8 && !improved; attempt++) {
      // damped, then the points eliminated: S = A - B C^-1 B^T, rhs = -(g_a - B C^-1 g_p)
      const damped = { ...a, upper: Float64Array.from(a.upper) }
      for (let d = 0; d < dim; d++) damped.upper[d * (bandwidth + 1)] += fitted(d) ? lambda * (a.upper[d * (bandwidth + 1)] + 1e-12) : 1
      const rhs = Float64Array.from(ga, (v) => -v)
      const cDamped = Float64Array.from(cp, (v) => v + lambda * Math.max(v, cpFloor))
      const stride = bandwidth + 1
      for (let t = 0; t < usable.length; t++) {
        const cols = pointColumns[t]
        const vals = pointValues[t]
        const inverse = 1 / cDamped[t]
        for (let x = 0; x < cols.length; x++) {
          const cx = cols[x]
          const vx = vals[x] * inverse
          rhs[cx] += vx * gp[t]
          // the columns are ascending: (cx, cy) for y >= x is in the upper band
          const row = cx * stride - cx
          for (let y = x; y < cols.length; y++) damped.upper[row + cols[y]] -= vx * vals[y]
        }
      }
      const step = solveBand(damped, rhs)
      if (!step) {
        lambda *= 10
        continue
      }
      const rs = rotations.slice()
      const cs = centres.map((c) => [...c])
      for (let i = first; i <= last; i++) {
        const k = slot[i]
        if (turns) rs[i] = mul3(rotationOfVector([step[6 * k], step[6 * k + 1], step[6 * k + 2]]), rs[i])
        for (let x = 0; x < 3; x++) cs[i][x] += step[6 * k + 3 + x] * stepScale
      }
      const nextRho = Float64Array.from(rho)
      for (let t = 0; t < usable.length; t++) {
        let bx = 0
        for (const [c, v] of bp[t]) bx += v * step[c]
        if (cp[t] > 0) nextRho[t] += -(gp[t] + bx) / cDamped[t]
      }
      const next = totalCost(rs, cs, nextRho)
      if (next < cost) {
        const gain = cost - next
        for (let i = first; i <= last; i++) {
          rotations[i] = rs[i]
          centres[i] = cs[i]
        }
        rho = nextRho
        cost = next
        lambda = Math.max(1e-7, lambda / 3)
        improved = true
        if (gain < CONVERGED_GAIN * cost) iteration = problem.iterations
      } else lambda *= 10
    }
    if (!improved) break
  }
  return { rotations, centres, costBefore, costAfter: cost }
}

/** The fit stops when an iteration lowers the cost by less than this share of it. */
const CONVERGED_GAIN = 1e-4
