/**
 * The pairs' joint fit, one of the two starts of the bundle adjustment (`bundleAdjust.ts`): every
 * frame's rotation and centre at once, from the tracks of every pair of frames the estimator matched
 * (the frame pairs and the gate's windows), by Levenberg-Marquardt on the Sampson distances with a
 * Cauchy loss and a light smoothness prior. One trajectory that must explain all the pairs cannot
 * trade a turn for part of a sideways travel differently at every frame, as the frame-by-frame
 * essential matrices do; but a pair's Sampson distance does not see a turn that moves the points
 * along their epipolar lines (a pan against a sideways travel, a tilt against a vertical one), so on
 * its own it drifts there (the previs pedestal: 1.2 degrees of tilt). The bundle adjustment, whose
 * points keep one depth over many frames, does not.
 *
 * Axes are OpenCV's (x right, y down, z forward). A frame's pose is (R_i, c_i): a point X in frame
 * 0's axes is R_i (X - c_i) in camera i's. The centres have no scale (the fit fixes it only through
 * the fixed frames and the damping).
 */
import { addToBand, bandMatrix, logRotation, mul3, rotationOfVector, solveBand, transpose3 } from './linalg'
import { cauchyCost, cauchyWeight, freeRun, type TravelFitResult, type TravelFitStart } from './travelFit'
import type { Mat3 } from './types'

/** The tracks between two frames as calibrated rays (K^-1 applied, z = 1): [ax, ay, bx, by] per track. */
export interface PairRays {
  readonly from: number
  readonly to: number
  readonly rays: Float64Array
}

export interface JointFitProblem extends TravelFitStart {
  readonly pairs: readonly PairRays[]
}

type V3 = [number, number, number]


/** The signed Sampson distance of every track of a pair under poses (Ra, ca) -> (Rb, cb), calibrated units. */
const pairResiduals = (rays: Float64Array, ra: Mat3, ca: readonly number[], rb: Mat3, cb: readonly number[], out: Float64Array): void => {
  const r = mul3(rb, transpose3(ra))
  const d = [ca[0] - cb[0], ca[1] - cb[1], ca[2] - cb[2]]
  const t = [rb[0] * d[0] + rb[1] * d[1] + rb[2] * d[2], rb[3] * d[0] + rb[4] * d[1] + rb[5] * d[2], rb[6] * d[0] + rb[7] * d[1] + rb[8] * d[2]]
  // E = [t]x R
  const e = [
    -t[2] * r[3] + t[1] * r[6], -t[2] * r[4] + t[1] * r[7], -t[2] * r[5] + t[1] * r[8],
    t[2] * r[0] - t[0] * r[6], t[2] * r[1] - t[0] * r[7], t[2] * r[2] - t[0] * r[8],
    -t[1] * r[0] + t[0] * r[3], -t[1] * r[1] + t[0] * r[4], -t[1] * r[2] + t[0] * r[5],
  ]
  for (let n = 0, i = 0; i < rays.length; i += 4, n++) {
    const ax = rays[i], ay = rays[i + 1], bx = rays[i + 2], by = rays[i + 3]
    const ea0 = e[0] * ax + e[1] * ay + e[2]
    const ea1 = e[3] * ax + e[4] * ay + e[5]
    const ea2 = e[6] * ax + e[7] * ay + e[8]
    const eb0 = e[0] * bx + e[3] * by + e[6]
    const eb1 = e[1] * bx + e[4] * by + e[7]
    const num = bx * ea0 + by * ea1 + ea2
    const den = Math.sqrt(ea0 * ea0 + ea1 * ea1 + eb0 * eb0 + eb1 * eb1)
    out[n] = den > 1e-15 ? num / den : 0
  }
}


const cross = (a: readonly number[], b: readonly number[]): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const unit = (a: readonly number[]): V3 => {
  const n = Math.hypot(a[0], a[1], a[2]) || 1
  return [a[0] / n, a[1] / n, a[2] / n]
}

/**
 * A step of the camera between two frames: its length exp(logLength) along the starting direction
 * turned by (a, b) within the plane across it, so it stays within 90 degrees of the start: Sampson
 * distances do not tell a step from its reverse, and a path free to step back and forth zig-zags
 * along a straight travel (on the previs dolly a third of the frames read backward).
 */
interface StepBasis {
  readonly along: V3
  readonly across1: V3
  readonly across2: V3
}

const basisOf = (direction: readonly number[]): StepBasis => {
  const along = unit(direction)
  const helper = Math.abs(along[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0]
  const across1 = unit(cross(along, helper))
  return { along, across1, across2: cross(along, across1) }
}

const stepOf = (basis: StepBasis, p: ArrayLike<number>, k: number): V3 => {
  const length = Math.exp(p[k])
  const d = [0, 1, 2].map((x) => basis.along[x] + p[k + 1] * basis.across1[x] + p[k + 2] * basis.across2[x])
  const u = unit(d)
  return [u[0] * length, u[1] * length, u[2] * length]
}

/**
 * Fits the free frames' rotations and steps to every pair's tracks at once. The free frames must be
 * one run, after the fixed frames the pairs reach back to; the frames before it are still (their
 * centres are the run's start). Each free frame's starting step is its centre minus the frame
 * before's.
 */
export const fitJointly = (problem: JointFitProblem): TravelFitResult => {
  const frameCount = problem.rotations.length
  const rotations = problem.rotations.map((r) => [...r])
  const run = freeRun(problem.free)
  if (!run) return { rotations, centres: problem.centres.map((c) => [...c]), costBefore: 0, costAfter: 0 }
  const { slot, first, last, count: n } = run
  const origin = problem.centres[first - 1]
  // the step parameters: log length, and the turn across the starting direction
  const bases: StepBasis[] = []
  const stepParams = new Float64Array(3 * n)
  for (let i = first; i <= last; i++) {
    const d = [0, 1, 2].map((x) => problem.centres[i][x] - problem.centres[i - 1][x])
    bases.push(basisOf(d))
    stepParams[3 * (i - first)] = Math.log(Math.max(1e-9, Math.hypot(d[0], d[1], d[2])))
  }
  const centresOf = (p: Float64Array): number[][] => {
    const cs = problem.centres.map((c) => [...c])
    let c = [...origin]
    for (let i = first; i <= last; i++) {
      const d = stepOf(bases[i - first], p, 3 * (i - first))
      c = [c[0] + d[0], c[1] + d[1], c[2] + d[2]]
      cs[i] = c
    }
    for (let i = last + 1; i < frameCount; i++) cs[i] = c
    return cs
  }
  const pairs = problem.pairs.filter((p) => p.from < p.to && p.to >= first && p.to <= last && p.rays.length >= 4)
  const s = problem.robustScale
  const meanLength = (p: Float64Array) => {
    let sum = 0
    for (let k = 0; k < n; k++) sum += Math.exp(p[3 * k])
    return sum / n
  }
  const stepScale = meanLength(stepParams)

  /** Smoothness residuals at frame i (free): the change of the turn and of the step from frame i - 1 to i. */
  const smoothResiduals = (rs: readonly Mat3[], p: Float64Array, i: number): number[] => {
    const out: number[] = []
    if (i + 1 <= last) {
      const d1 = logRotation(mul3(rs[i], transpose3(rs[i - 1])))
      const d2 = logRotation(mul3(rs[i + 1], transpose3(rs[i])))
      for (let a = 0; a < 3; a++) out.push((d2[a] - d1[a]) * problem.turnSmoothness * s)
    }
    if (i > first) {
      const a = stepOf(bases[i - first - 1], p, 3 * (i - first - 1))
      const b = stepOf(bases[i - first], p, 3 * (i - first))
      for (let x = 0; x < 3; x++) out.push(((b[x] - a[x]) / stepScale) * problem.travelSmoothness * s)
    }
    return out
  }
  const smoothFrames: number[] = []
  for (let i = first; i <= last; i++) if (i + 1 < frameCount) smoothFrames.push(i)

  const residualsOf = (p: PairRays, rs: readonly Mat3[], cs: readonly (readonly number[])[], out: Float64Array) =>
    pairResiduals(p.rays, rs[p.from], cs[p.from], rs[p.to], cs[p.to], out)

  const totalCost = (rs: readonly Mat3[], params: Float64Array): number => {
    const cs = centresOf(params)
    let cost = 0
    for (const p of pairs) {
      const out = new Float64Array(p.rays.length / 4)
      residualsOf(p, rs, cs, out)
      for (const r of out) cost += cauchyCost(r, s)
    }
    for (const i of smoothFrames) for (const r of smoothResiduals(rs, params, i)) cost += (r * r) / 2
    return cost
  }

  // parameters: per free frame 3 of turn (increments, re-linearised each iteration) then 3 of step
  const dim = 6 * n
  const h = 1e-6
  /** The rotations and step parameters with one parameter nudged by h. */
  const nudged = (column: number, rs: readonly Mat3[], params: Float64Array): { rs: Mat3[]; params: Float64Array } => {
    const frame = first + Math.floor(column / 6)
    const k = column % 6
    if (k < 3) {
      const w = [0, 0, 0]
      w[k] = h
      const next = rs.slice()
      next[frame] = mul3(rotationOfVector(w), rs[frame])
      return { rs: next, params }
    }
    const next = Float64Array.from(params)
    next[3 * (frame - first) + k - 3] += h
    return { rs: rs as Mat3[], params: next }
  }
  /** The columns an edge between frames j < i depends on: the turns of j and i, the steps of j + 1..i. */
  const columnsOf = (j: number, i: number): number[] => {
    const cols: number[] = []
    for (const f of [j, i]) if (slot[f] >= 0) for (let k = 0; k < 3; k++) cols.push(6 * slot[f] + k)
    for (let f = Math.max(first, j + 1); f <= i; f++) for (let k = 3; k < 6; k++) cols.push(6 * slot[f] + k)
    return cols
  }

  // the normal equations are banded: a pair reaches back at most `span` frames, the smoothness one frame either side
  const span = pairs.reduce((m, p) => Math.max(m, p.to - Math.max(p.from, first - 1)), 2)
  const bandwidth = Math.min(dim - 1, 6 * (span + 1) - 1)
  const costBefore = totalCost(rotations, stepParams)
  let cost = costBefore
  let params = stepParams
  let lambda = 1e-3
  for (let iteration = 0; iteration < problem.iterations; iteration++) {
    const jtj = bandMatrix(dim, bandwidth)
    const jtr = new Float64Array(dim)
    const accumulate = (r: ArrayLike<number>, jac: Float64Array[], columns: number[], weights: ArrayLike<number>) => {
      for (let a = 0; a < columns.length; a++) {
        const ja = jac[a]
        let g = 0
        for (let m = 0; m < r.length; m++) g += ja[m] * weights[m] * r[m]
        jtr[columns[a]] += g
        for (let b = a; b < columns.length; b++) {
          const jb = jac[b]
          let v = 0
          for (let m = 0; m < r.length; m++) v += ja[m] * weights[m] * jb[m]
          addToBand(jtj, columns[a], columns[b], v)
        }
      }
    }
    const cs0 = centresOf(params)
    // a nudged step moves the centres of its frame and every later one by as much: what it adds to its frame's
    const stepChange: V3[][] = []
    for (let f = first; f <= last; f++) {
      const k0 = 3 * (f - first)
      const base = stepOf(bases[f - first], params, k0)
      stepChange.push(
        [0, 1, 2].map((k) => {
          const d = stepOf(bases[f - first], nudged(6 * slot[f] + 3 + k, rotations, params).params, k0)
          return [d[0] - base[0], d[1] - base[1], d[2] - base[2]] as V3
        }),
      )
    }
    for (const p of pairs) {
      const m = p.rays.length / 4
      const r0 = new Float64Array(m)
      residualsOf(p, rotations, cs0, r0)
      const weights = Float64Array.from(r0, (r) => cauchyWeight(r, s))
      const columns = columnsOf(p.from, p.to)
      const jac = columns.map((column) => {
        const frame = first + Math.floor(column / 6)
        const k = column % 6
        const out = new Float64Array(m)
        if (k < 3) residualsOf(p, nudged(column, rotations, params).rs, cs0, out)
        else {
          // the steps between the pair's frames move only its later frame's centre relative to its earlier one's
          const d = stepChange[frame - first][k - 3]
          const to = cs0[p.to]
          pairResiduals(p.rays, rotations[p.from], cs0[p.from], rotations[p.to], [to[0] + d[0], to[1] + d[1], to[2] + d[2]], out)
        }
        for (let x = 0; x < m; x++) out[x] = (out[x] - r0[x]) / h
        return out
      })
      accumulate(r0, jac, columns, weights)
    }
    for (const i of smoothFrames) {
      const r0 = smoothResiduals(rotations, params, i)
      const columns = [i - 1, i, i + 1].filter((f) => slot[f] >= 0).flatMap((f) => [0, 1, 2, 3, 4, 5].map((k) => 6 * slot[f] + k))
      const jac = columns.map((column) => {
        const q = nudged(column, rotations, params)
        const r1 = smoothResiduals(q.rs, q.params, i)
        return Float64Array.from(r1, (v, k) => (v - r0[k]) / h)
      })
      accumulate(r0, jac, columns, new Float64Array(r0.length).fill(1))
    }
    let improved = false
    for (let attempt = 0; attempt < 8 && !improved; attempt++) {
      const a = { ...jtj, upper: Float64Array.from(jtj.upper) }
      for (let d = 0; d < dim; d++) a.upper[d * (bandwidth + 1)] += lambda * (jtj.upper[d * (bandwidth + 1)] + 1e-9)
      const step = solveBand(a, Float64Array.from(jtr, (v) => -v))
      if (!step) {
        lambda *= 10
        continue
      }
      const rs = rotations.slice()
      const next = Float64Array.from(params)
      for (let i = first; i <= last; i++) {
        const k = slot[i]
        rs[i] = mul3(rotationOfVector([step[6 * k], step[6 * k + 1], step[6 * k + 2]]), rs[i])
        for (let x = 0; x < 3; x++) next[3 * k + x] += step[6 * k + 3 + x]
      }
      const nextCost = totalCost(rs, next)
      if (nextCost < cost) {
        const gain = cost - nextCost
        for (let i = first; i <= last; i++) rotations[i] = rs[i]
        params = next
        cost = nextCost
        lambda = Math.max(1e-7, lambda / 3)
        improved = true
        if (gain < 1e-9 * costBefore) iteration = problem.iterations
      } else lambda *= 10
    }
    if (!improved) break
  }
  return { rotations, centres: centresOf(params), costBefore, costAfter: cost }
}
