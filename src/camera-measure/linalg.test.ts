import { describe, expect, it } from 'vitest'
import { quatFromYawPitchRoll } from '../core/math/quat'
import { createRng } from '../core/math/rng'
import { IDENTITY3, addToBand, bandMatrix, det3, invert3, mul3, nearestRotation, rotationShare, solveBand, solveLinear, symmetricEigen, transpose3 } from './linalg'
import { matrixOfQuat } from './testing/matrices'

describe('linear algebra', () => {
  it('solves a banded positive-definite system as the dense solver does, and refuses an indefinite one', () => {
    const rng = createRng(8)
    const n = 30
    const w = 5
    const band = bandMatrix(n, w)
    const dense = new Float64Array(n * n)
    // B^T B with B banded (half-width 2) is banded with half-width 4 < 5, and positive definite
    const b = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (Math.abs(i - j) <= 2 ? rng() - 0.5 + (i === j ? 2 : 0) : 0)))
    for (let i = 0; i < n; i++)
      for (let j = i; j < n; j++) {
        let v = 0
        for (let k = 0; k < n; k++) v += b[k][i] * b[k][j]
        if (v === 0) continue
        addToBand(band, i, j, v)
        dense[i * n + j] = v
        dense[j * n + i] = v
      }
    const rhs = Float64Array.from({ length: n }, () => rng() - 0.5)
    const banded = solveBand(band, rhs)!
    const reference = solveLinear(dense, rhs, n)!
    for (let i = 0; i < n; i++) expect(banded[i]).toBeCloseTo(reference[i], 9)
    const indefinite = bandMatrix(2, 1)
    addToBand(indefinite, 0, 0, 1)
    addToBand(indefinite, 0, 1, 2)
    addToBand(indefinite, 1, 1, 1)
    expect(solveBand(indefinite, Float64Array.from([1, 1]))).toBeNull()
  })

  it('solves a linear system and refuses a singular one', () => {
    const a = Float64Array.from([2, 1, -1, -3, -1, 2, -2, 1, 2])
    const x = solveLinear(a, Float64Array.from([8, -11, -3]), 3)
    expect(Array.from(x!).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([2, 3, -1])
    expect(solveLinear(Float64Array.from([1, 2, 2, 4]), Float64Array.from([1, 2]), 2)).toBeNull()
  })

  it('finds the eigenpairs of a symmetric matrix, ascending', () => {
    const rng = createRng(5)
    const n = 9
    const b = Array.from({ length: n * n }, () => rng() - 0.5)
    const a = new Float64Array(n * n)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) a[i * n + j] += b[k * n + i] * b[k * n + j]
    const { values, vectors } = symmetricEigen(a, n)
    for (let e = 0; e < n; e++) {
      if (e > 0) expect(values[e]).toBeGreaterThanOrEqual(values[e - 1])
      for (let i = 0; i < n; i++) {
        let av = 0
        for (let j = 0; j < n; j++) av += a[i * n + j] * vectors[e][j]
        expect(av).toBeCloseTo(values[e] * vectors[e][i], 9)
      }
    }
  })

  it('gives back a rotation unchanged and the nearest rotation of a perturbed one', () => {
    const r = matrixOfQuat(quatFromYawPitchRoll(0.4, -0.3, 0.9))
    nearestRotation(r).forEach((v, i) => expect(v).toBeCloseTo(r[i], 12))
    const rng = createRng(2)
    const noisy = r.map((v) => 1.7 * v + (rng() - 0.5) * 0.02)
    const q = nearestRotation(noisy)
    const qtq = mul3(transpose3(q), q)
    ;[1, 0, 0, 0, 1, 0, 0, 0, 1].forEach((v, i) => expect(qtq[i]).toBeCloseTo(v, 12))
    expect(det3(q)).toBeCloseTo(1, 12)
    q.forEach((v, i) => expect(Math.abs(v - r[i])).toBeLessThan(0.01))
  })

  it('inverts a 3x3 matrix', () => {
    const a = [4, 7, 2, 3, 6, 1, 2, 5, 3]
    const p = mul3(a, invert3(a)!)
    ;[1, 0, 0, 0, 1, 0, 0, 0, 1].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12))
    expect(invert3([1, 2, 3, 2, 4, 6, 0, 0, 1])).toBeNull()
  })
})

describe('rotationShare', () => {
  const about = (axis: number[], angle: number) => {
    const n = Math.hypot(axis[0], axis[1], axis[2])
    const [x, y, z] = axis.map((v) => v / n)
    const c = Math.cos(angle)
    const s = Math.sin(angle)
    const v = 1 - c
    return [c + x * x * v, x * y * v - z * s, x * z * v + y * s, y * x * v + z * s, c + y * y * v, y * z * v - x * s, z * x * v - y * s, z * y * v + x * s, c + z * z * v]
  }
  it('splits a turn into equal steps about the same axis', () => {
    const r = about([0.3, -1, 0.2], 0.4)
    const third = rotationShare(r, 1 / 3)
    const back = mul3(third, mul3(third, third))
    back.forEach((v, i) => expect(v).toBeCloseTo(r[i], 10))
    rotationShare(r, 0.5).forEach((v, i) => expect(v).toBeCloseTo(about([0.3, -1, 0.2], 0.2)[i], 10))
    expect(rotationShare(IDENTITY3, 0.5)).toEqual([...IDENTITY3])
  })
})
