/**
 * The rotation-zoom model fitted to tracks: x' ~ K diag(z, z, 1) R K^-1 x, four degrees of freedom
 * (a rotation and a zoom about the optical centre, K known) instead of a homography's eight. What a
 * camera that does not travel can do; anything else (parallax, or a flat scene seen from a moving
 * camera, which a homography fits exactly) leaves residuals. Gauss-Newton on the transfer error,
 * started from a homography's split, refitted on the tracks within the threshold until they settle.
 */
import { invert3, mul3, unitDeterminant } from './linalg'
import type { Track } from './lucasKanade'
import { rotationMatrixAndZoom } from './rotationZoom'
import type { Mat3 } from './types'

/** R(w) = exp([w]x) (Rodrigues). */
export const rotationOfVector = (wx: number, wy: number, wz: number): number[] => {
  const th = Math.hypot(wx, wy, wz)
  if (th < 1e-12) return [1, -wz, wy, wz, 1, -wx, -wy, wx, 1]
  const [x, y, z] = [wx / th, wy / th, wz / th]
  const c = Math.cos(th)
  const s = Math.sin(th)
  const v = 1 - c
  return [c + x * x * v, x * y * v - z * s, x * z * v + y * s, y * x * v + z * s, c + y * y * v, y * z * v - x * s, z * x * v - y * s, z * y * v + x * s, c + z * z * v]
}

/** The homography K diag(z, z, 1) R K^-1, scaled to determinant 1. */
export const rotationZoomHomography = (r: Mat3, zoom: number, k: Mat3, kInv: Mat3): number[] =>
  unitDeterminant(mul3(mul3(k, mul3([zoom, 0, 0, 0, zoom, 0, 0, 0, 1], r)), kInv))

const project = (h: Mat3, x: number, y: number): [number, number] => {
  const w = h[6] * x + h[7] * y + h[8]
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w]
}

/** Transfer error of every track under h (pixels). */
const errorsOf = (h: Mat3, tracks: readonly Track[]): number[] =>
  tracks.map((t) => {
    const [u, v] = project(h, t.from.x, t.from.y)
    const e = Math.hypot(u - t.to.x, v - t.to.y)
    return Number.isFinite(e) ? e : Infinity
  })

export interface RotationZoomFit {
  /** The fitted rotation-zoom homography (determinant 1). */
  readonly h: number[]
  /** Transfer error of every given track under it, pixels. */
  readonly errors: number[]
  /** Indices of the tracks within the threshold. */
  readonly inliers: number[]
}

/**
 * Fits the rotation-zoom model to the tracks within `thresholdPx`, starting from `initial` (a
 * homography of the same pair); null when `initial` does not split into a rotation and zoom. With
 * fewer than 4 tracks within the threshold it stops refitting: the errors still say how far off the model is.
 */
export const fitRotationZoom = (tracks: readonly Track[], k: Mat3, initial: Mat3, thresholdPx: number): RotationZoomFit | null => {
  const kInv = invert3(k)
  const start = rotationMatrixAndZoom(initial, k)
  if (!kInv || !start) return null
  let r = start.r
  let logZoom = Math.log(start.zoom)
  let h = rotationZoomHomography(r, Math.exp(logZoom), k, kInv)
  let errors = errorsOf(h, tracks)
  let inliers = errors.map((e, i) => (e <= thresholdPx ? i : -1)).filter((i) => i >= 0)
  for (let round = 0; round < 4; round++) {
    if (inliers.length < 4) break
    const sample = inliers.map((i) => tracks[i])
    // Gauss-Newton over a small rotation vector applied on the left and the log zoom
    for (let it = 0; it < 8; it++) {
      const base = rotationZoomHomography(r, Math.exp(logZoom), k, kInv)
      const residual = (hh: Mat3) => sample.flatMap((t) => {
        const [u, v] = project(hh, t.from.x, t.from.y)
        return [u - t.to.x, v - t.to.y]
      })
      const r0 = residual(base)
      const eps = 1e-6
      const columns = [0, 1, 2, 3].map((p) => {
        const d = [0, 0, 0]
        if (p < 3) d[p] = eps
        const hh = p < 3 ? rotationZoomHomography(mul3(rotationOfVector(d[0], d[1], d[2]), r), Math.exp(logZoom), k, kInv) : rotationZoomHomography(r, Math.exp(logZoom + eps), k, kInv)
        return residual(hh).map((x, i) => (x - r0[i]) / eps)
      })
      // normal equations (4x4)
      const a = new Float64Array(16)
      const b = new Float64Array(4)
      for (let p = 0; p < 4; p++) {
        for (let q = 0; q < 4; q++) {
          let s = 0
          for (let i = 0; i < r0.length; i++) s += columns[p][i] * columns[q][i]
          a[p * 4 + q] = s
        }
        let s = 0
        for (let i = 0; i < r0.length; i++) s += columns[p][i] * r0[i]
        b[p] = -s
      }
      const step = solve4(a, b)
      if (!step) break
      r = mul3(rotationOfVector(step[0], step[1], step[2]), r)
      logZoom += step[3]
      if (Math.hypot(step[0], step[1], step[2], step[3]) < 1e-10) break
    }
    h = rotationZoomHomography(r, Math.exp(logZoom), k, kInv)
    errors = errorsOf(h, tracks)
    const next = errors.map((e, i) => (e <= thresholdPx ? i : -1)).filter((i) => i >= 0)
    const settled = next.length === inliers.length && next.every((i, j) => i === inliers[j])
    inliers = next
    if (settled) break
  }
  if (!h.every(Number.isFinite)) return null
  return { h, errors, inliers }
}

/** Solves a 4x4 system by Gaussian elimination with partial pivoting; null when singular. */
const solve4 = (a: Float64Array, b: Float64Array): number[] | null => {
  const m = Array.from({ length: 4 }, (_, i) => [a[i * 4], a[i * 4 + 1], a[i * 4 + 2], a[i * 4 + 3], b[i]])
  for (let c = 0; c < 4; c++) {
    let p = c
    for (let i = c + 1; i < 4; i++) if (Math.abs(m[i][c]) > Math.abs(m[p][c])) p = i
    if (Math.abs(m[p][c]) < 1e-18) return null
    ;[m[c], m[p]] = [m[p], m[c]]
    for (let i = c + 1; i < 4; i++) {
      const f = m[i][c] / m[c][c]
      for (let j = c; j < 5; j++) m[i][j] -= f * m[c][j]
    }
  }
  const x = [0, 0, 0, 0]
  for (let i = 3; i >= 0; i--) {
    let s = m[i][4]
    for (let j = i + 1; j < 4; j++) s -= m[i][j] * x[j]
    x[i] = s / m[i][i]
  }
  return x
}
