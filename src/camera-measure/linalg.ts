/** Small dense linear algebra for the estimator: 3x3 helpers, a linear solver and a symmetric eigensolver. */
import type { Mat3 } from './types'

export const IDENTITY3: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1]

export const mul3 = (a: Mat3, b: Mat3): number[] => {
  const r = new Array<number>(9)
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) r[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j]
  return r
}

export const transpose3 = (a: Mat3): number[] => [a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]]

export const det3 = (a: Mat3): number =>
  a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6]) + a[2] * (a[3] * a[7] - a[4] * a[6])

export const invert3 = (a: Mat3): number[] | null => {
  const d = det3(a)
  if (!Number.isFinite(d) || Math.abs(d) < 1e-300) return null
  const inv = [
    a[4] * a[8] - a[5] * a[7], a[2] * a[7] - a[1] * a[8], a[1] * a[5] - a[2] * a[4],
    a[5] * a[6] - a[3] * a[8], a[0] * a[8] - a[2] * a[6], a[2] * a[3] - a[0] * a[5],
    a[3] * a[7] - a[4] * a[6], a[1] * a[6] - a[0] * a[7], a[0] * a[4] - a[1] * a[3],
  ]
  return inv.map((v) => v / d)
}

export const scale3 = (a: Mat3, s: number): number[] => a.map((v) => v * s)

/** Scales a matrix to determinant 1 (a homography is defined up to scale; this keeps chains bounded). */
export const unitDeterminant = (a: Mat3): number[] => {
  const d = det3(a)
  return scale3(a, 1 / Math.cbrt(d))
}

/**
 * Solves A x = b for a square system (row-major n x n), Gaussian elimination with partial pivoting.
 * Null when the system is singular to working precision.
 */
export const solveLinear = (a: Float64Array, b: Float64Array, n: number): Float64Array | null => {
  const m = Float64Array.from(a)
  const x = Float64Array.from(b)
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]) > Math.abs(m[pivot * n + col])) pivot = r
    const p = m[pivot * n + col]
    if (Math.abs(p) < 1e-12) return null
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const t = m[col * n + c]
        m[col * n + c] = m[pivot * n + c]
        m[pivot * n + c] = t
      }
      const t = x[col]
      x[col] = x[pivot]
      x[pivot] = t
    }
    for (let r = col + 1; r < n; r++) {
      const f = m[r * n + col] / p
      if (f === 0) continue
      for (let c = col; c < n; c++) m[r * n + c] -= f * m[col * n + c]
      x[r] -= f * x[col]
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r]
    for (let c = r + 1; c < n; c++) s -= m[r * n + c] * x[c]
    x[r] = s / m[r * n + r]
  }
  return x
}

/**
 * Eigen-decomposition of a symmetric n x n matrix (row-major) by cyclic Jacobi rotations.
 * Returns the eigenvalues ascending and the matching unit eigenvectors.
 */
export const symmetricEigen = (a: Float64Array, n: number): { values: number[]; vectors: number[][] } => {
  const m = Float64Array.from(a)
  const v = new Float64Array(n * n)
  for (let i = 0; i < n; i++) v[i * n + i] = 1
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q] * m[p * n + q]
    if (off < 1e-30) break
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q]
        if (Math.abs(apq) < 1e-300) continue
        const theta = (m[q * n + q] - m[p * n + p]) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p]
          const mkq = m[k * n + q]
          m[k * n + p] = c * mkp - s * mkq
          m[k * n + q] = s * mkp + c * mkq
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k]
          const mqk = m[q * n + k]
          m[p * n + k] = c * mpk - s * mqk
          m[q * n + k] = s * mpk + c * mqk
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]
          const vkq = v[k * n + q]
          v[k * n + p] = c * vkp - s * vkq
          v[k * n + q] = s * vkp + c * vkq
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => m[i * n + i] - m[j * n + j])
  return {
    values: order.map((i) => m[i * n + i]),
    vectors: order.map((i) => Array.from({ length: n }, (_, k) => v[k * n + i])),
  }
}

/**
 * The rotation nearest to a 3x3 matrix with positive determinant (Frobenius norm): the orthogonal
 * factor of its polar decomposition, A (A^T A)^(-1/2).
 */
export const nearestRotation = (a: Mat3): number[] => {
  const ata = mul3(transpose3(a), a)
  const { values, vectors } = symmetricEigen(Float64Array.from(ata), 3)
  const invSqrt = new Array<number>(9).fill(0)
  for (let k = 0; k < 3; k++) {
    const s = 1 / Math.sqrt(Math.max(values[k], 1e-300))
    const e = vectors[k]
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) invSqrt[i * 3 + j] += s * e[i] * e[j]
  }
  return mul3(a, invSqrt)
}

/** Applies a homography to a point; null when it maps to infinity. */
export const applyHomography = (h: Mat3, x: number, y: number): { x: number; y: number } | null => {
  const w = h[6] * x + h[7] * y + h[8]
  if (Math.abs(w) < 1e-12) return null
  return { x: (h[0] * x + h[1] * y + h[2]) / w, y: (h[3] * x + h[4] * y + h[5]) / w }
}

/** The rotation turning `share` of the way of rotation `r` about the same axis (r^share; share 1/n: one of n equal steps). */
export const rotationShare = (r: Mat3, share: number): number[] => {
  const cos = Math.max(-1, Math.min(1, (r[0] + r[4] + r[8] - 1) / 2))
  const angle = Math.acos(cos)
  if (angle < 1e-12) return [...IDENTITY3]
  const s = 2 * Math.sin(angle)
  const axis = [(r[7] - r[5]) / s, (r[2] - r[6]) / s, (r[3] - r[1]) / s]
  const a = angle * share
  const [x, y, z] = axis
  const c = Math.cos(a)
  const sn = Math.sin(a)
  const v = 1 - c
  return [c + x * x * v, x * y * v - z * sn, x * z * v + y * sn, y * x * v + z * sn, c + y * y * v, y * z * v - x * sn, z * x * v - y * sn, z * y * v + x * sn, c + z * z * v]
}

/** Rotation of angle |w| about w (Rodrigues). */
export const rotationOfVector = (w: readonly number[]): number[] => {
  const a = Math.hypot(w[0], w[1], w[2])
  if (a < 1e-12) return [1, 0, 0, 0, 1, 0, 0, 0, 1]
  const [x, y, z] = [w[0] / a, w[1] / a, w[2] / a]
  const c = Math.cos(a)
  const s = Math.sin(a)
  const v = 1 - c
  return [c + x * x * v, x * y * v - z * s, x * z * v + y * s, y * x * v + z * s, c + y * y * v, y * z * v - x * s, z * x * v - y * s, z * y * v + x * s, c + z * z * v]
}

/**
 * A symmetric positive-definite band matrix: row i keeps columns i..i + bandwidth, in
 * `upper[i * (bandwidth + 1) + (j - i)]`. The normal equations of a fit whose residuals each touch
 * a few neighbouring frames have this shape; solving them costs n * bandwidth^2, not n^3.
 */
export interface BandMatrix {
  readonly size: number
  readonly bandwidth: number
  readonly upper: Float64Array
}

export const bandMatrix = (size: number, bandwidth: number): BandMatrix => ({ size, bandwidth, upper: new Float64Array(size * (bandwidth + 1)) })

/** Adds v at (i, j) and (j, i) (once on the diagonal); |i - j| must be within the band. */
export const addToBand = (m: BandMatrix, i: number, j: number, v: number): void => {
  const [r, c] = i <= j ? [i, j] : [j, i]
  m.upper[r * (m.bandwidth + 1) + (c - r)] += v
}

/** Solves m x = b by a banded Cholesky factorisation; null when m is not positive definite. */
export const solveBand = (m: BandMatrix, b: Float64Array): Float64Array | null => {
  const { size: n, bandwidth: w } = m
  const stride = w + 1
  const l = Float64Array.from(m.upper) // upper factor U with m = U^T U, same band layout
  for (let i = 0; i < n; i++) {
    const row = i * stride
    let d = l[row]
    for (let k = Math.max(0, i - w); k < i; k++) d -= l[k * stride + (i - k)] ** 2
    if (!(d > 0)) return null
    const pivot = Math.sqrt(d)
    l[row] = pivot
    for (let j = i + 1; j <= Math.min(n - 1, i + w); j++) {
      let s = l[row + (j - i)]
      for (let k = Math.max(0, j - w); k < i; k++) s -= l[k * stride + (i - k)] * l[k * stride + (j - k)]
      l[row + (j - i)] = s / pivot
    }
  }
  // U^T y = b, then U x = y
  const x = Float64Array.from(b)
  for (let i = 0; i < n; i++) {
    let s = x[i]
    for (let k = Math.max(0, i - w); k < i; k++) s -= l[k * stride + (i - k)] * x[k]
    x[i] = s / l[i * stride]
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]
    for (let j = i + 1; j <= Math.min(n - 1, i + w); j++) s -= l[i * stride + (j - i)] * x[j]
    x[i] = s / l[i * stride]
  }
  return x
}

/** Rotation vector (axis times angle) of a rotation matrix. */
export const logRotation = (r: Mat3): [number, number, number] => {
  const cos = Math.max(-1, Math.min(1, (r[0] + r[4] + r[8] - 1) / 2))
  const angle = Math.acos(cos)
  const v: [number, number, number] = [(r[7] - r[5]) / 2, (r[2] - r[6]) / 2, (r[3] - r[1]) / 2]
  if (angle < 1e-9) return v
  const s = Math.sin(angle)
  const f = s > 1e-9 ? angle / s : 1
  return [v[0] * f, v[1] * f, v[2] * f]
}

/** m v for a 3x3 row-major m. */
export const applyMat3 = (m: Mat3, v: readonly number[]): [number, number, number] => [
  m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
  m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
  m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
]
