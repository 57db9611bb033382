import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { arbRange } from '../../test/arbitraries'
import { createNoiseChannel } from './noise'
import { quatFromYawPitchRoll, quatMultiply, rotateVec3 } from './quat'
import { createRng } from './rng'
import { type Vec3, distance, length, normalize, rotateAboutAxis, rotateAboutY } from './vec3'

// property runs stop shrinking after 20 s (src/test/arbitraries.ts); give them room on a loaded machine
vi.setConfig({ testTimeout: 60_000 })

const arbPoint = fc.tuple(arbRange(-50, 50), arbRange(-50, 50), arbRange(-50, 50)).map(([x, y, z]) => [x, y, z] as Vec3)

describe('vec3 rotations', () => {
  it('rotateAboutY keeps height and distance to the pivot axis; positive is counter-clockwise seen from above', () => {
    fc.assert(
      fc.property(arbPoint, arbPoint, arbRange(-10, 10), (p, pivot, a) => {
        const r = rotateAboutY(p, pivot, a)
        expect(r[1]).toBe(p[1])
        expect(Math.hypot(r[0] - pivot[0], r[2] - pivot[2])).toBeCloseTo(Math.hypot(p[0] - pivot[0], p[2] - pivot[2]), 9)
      }),
    )
    // +X rotated a quarter turn counter-clockwise (seen from +Y looking down) goes to -Z
    const r = rotateAboutY([1, 0, 0], [0, 0, 0], Math.PI / 2)
    expect(distance(r, [0, 0, -1])).toBeLessThan(1e-15)
  })

  it('rotateAboutAxis agrees with the quaternion rotation and keeps distances', () => {
    fc.assert(
      fc.property(arbPoint, arbPoint, arbPoint, arbRange(-7, 7), (p, pivot, axisRaw, a) => {
        fc.pre(length(axisRaw) > 1e-3)
        const axis = normalize(axisRaw)
        const r = rotateAboutAxis(p, pivot, axis, a)
        expect(distance(r, pivot)).toBeCloseTo(distance(p, pivot), 9)
        const s = Math.sin(a / 2)
        const q = [axis[0] * s, axis[1] * s, axis[2] * s, Math.cos(a / 2)] as const
        const v = rotateVec3(q, [p[0] - pivot[0], p[1] - pivot[1], p[2] - pivot[2]])
        expect(distance(r, [v[0] + pivot[0], v[1] + pivot[1], v[2] + pivot[2]])).toBeLessThan(1e-9)
      }),
    )
  })

  it('YXZ quaternion is yaw, then pitch, then roll', () => {
    fc.assert(
      fc.property(arbRange(-4, 4), arbRange(-1.5, 1.5), arbRange(-3, 3), (y, p, r) => {
        const composed = quatMultiply(quatMultiply(quatFromYawPitchRoll(y, 0, 0), quatFromYawPitchRoll(0, p, 0)), quatFromYawPitchRoll(0, 0, r))
        const direct = quatFromYawPitchRoll(y, p, r)
        for (let i = 0; i < 4; i++) expect(direct[i]).toBeCloseTo(composed[i], 12)
      }),
    )
  })
})

describe('seeded randomness', () => {
  it('the same seed gives the same sequence in [0, 1); another seed another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (a, b) => {
        fc.pre(a !== b)
        const ra = createRng(a)
        const rb = createRng(a)
        const xs = Array.from({ length: 20 }, () => ra())
        expect(Array.from({ length: 20 }, () => rb())).toEqual(xs)
        for (const x of xs) expect(x >= 0 && x < 1).toBe(true)
        const rc = createRng(b)
        expect(Array.from({ length: 20 }, () => rc())).not.toEqual(xs)
      }),
    )
  })

  it('noise is smooth, repeatable and roughly unit RMS', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), arbRange(0.1, 6), (seed, hz) => {
        const a = createNoiseChannel(seed, hz)
        const b = createNoiseChannel(seed, hz)
        let sum2 = 0
        let maxStep = 0
        let repeatable = true
        const n = 1000
        const span = 40 / hz
        let prev = a(0)
        for (let i = 1; i <= n; i++) {
          const t = (span * i) / n
          const v = a(t)
          if (v !== b(t)) repeatable = false
          sum2 += v * v
          maxStep = Math.max(maxStep, Math.abs(v - prev))
          prev = v
        }
        expect(repeatable).toBe(true)
        // band-limited to ~2x the base frequency: slope below 2 pi (2 hz) (2 sqrt 2) per second
        expect(maxStep).toBeLessThan(2 * Math.PI * 2 * hz * 2.9 * (span / n))
        const rms = Math.sqrt(sum2 / n)
        expect(rms).toBeGreaterThan(0.4)
        expect(rms).toBeLessThan(1.6)
      }),
      { numRuns: 30 },
    )
  })
})
