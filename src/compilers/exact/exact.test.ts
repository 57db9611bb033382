import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASPECT_RATIOS, OUTPUT_RESOLUTION, gateSize, aspectValue } from '../../core/camera/lens'
import { orientationQuaternion, poseLookingAt } from '../../core/camera/pose'
import { type Quat, rotateVec3 } from '../../core/math/quat'
import type { Vec3 } from '../../core/math/vec3'
import {
  compensatedIntrinsics,
  compose34,
  cvFromThree,
  firstTextDifference,
  focalFromCompensatedFx,
  fourKPlusOneFor,
  invertRigid34,
  loaderPixelIntrinsics,
  mat3FromQuat,
  num,
  quantize,
  quatFromMat3,
  spreadTimes,
  threeFromCv,
} from '.'
import { preciseAngle } from './testing'

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
const position = fc.tuple(finite(-500, 500), finite(-500, 500), finite(-500, 500))
const unitQuat = fc
  .tuple(finite(-1, 1), finite(-1, 1), finite(-1, 1), finite(-1, 1))
  .filter((q) => Math.hypot(...q) > 0.1)
  .map((q): Quat => {
    const n = Math.hypot(...q)
    return [q[0] / n, q[1] / n, q[2] / n, q[3] / n]
  })

/** World point -> OpenCV camera coordinates with a 3x4 w2c. */
const toCamera = (w2c: readonly number[], p: Vec3): Vec3 => [0, 1, 2].map((r) => w2c[r * 4] * p[0] + w2c[r * 4 + 1] * p[1] + w2c[r * 4 + 2] * p[2] + w2c[r * 4 + 3]) as unknown as Vec3

describe('three.js <-> OpenCV', () => {
  it('round-trips any pose (property)', () => {
    fc.assert(
      fc.property(position, unitQuat, (p, q) => {
        const back = threeFromCv(cvFromThree({ position: p, quaternion: q }))
        expect(Math.hypot(back.position[0] - p[0], back.position[1] - p[1], back.position[2] - p[2])).toBeLessThan(1e-9)
        expect(preciseAngle(back.quaternion, q)).toBeLessThan(1e-9)
      }),
      { numRuns: 500 },
    )
  })

  it('round-trips rotation matrices and quaternions (property)', () => {
    fc.assert(
      fc.property(unitQuat, (q) => {
        expect(preciseAngle(quatFromMat3(mat3FromQuat(q)), q)).toBeLessThan(1e-12)
      }),
      { numRuns: 500 },
    )
  })

  it('writes an orthonormal rotation and t = -R C (property)', () => {
    fc.assert(
      fc.property(position, unitQuat, (p, q) => {
        const m = cvFromThree({ position: p, quaternion: q })
        // the camera centre maps to the camera origin
        toCamera(m, p).forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-9))
        const ident = compose34(m, invertRigid34(m))
        ;[1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0].forEach((v, i) => expect(ident[i]).toBeCloseTo(v, 9))
      }),
      { numRuns: 200 },
    )
  })

  it('puts what the three.js camera looks at on +Z, its up on -Y, its right on +X (OpenCV axes)', () => {
    fc.assert(
      fc.property(position, unitQuat, (p, q) => {
        const m = cvFromThree({ position: p, quaternion: q })
        const along = (v: Vec3) => toCamera(m, [p[0] + v[0], p[1] + v[1], p[2] + v[2]])
        const ahead = along(rotateVec3(q, [0, 0, -1]))
        const up = along(rotateVec3(q, [0, 1, 0]))
        const right = along(rotateVec3(q, [1, 0, 0]))
        expect(ahead[2]).toBeCloseTo(1, 9)
        expect(up[1]).toBeCloseTo(-1, 9)
        expect(right[0]).toBeCloseTo(1, 9)
      }),
      { numRuns: 200 },
    )
  })

  // research/open-models.md section 6.1: the sanity checks against VideoX-Fun's preset files
  it('matches the Zoom_In / Pan_Right / Pan_Up sign checks', () => {
    const start = poseLookingAt([0, 1.5, 5], [0, 1.5, 0])
    const q = orientationQuaternion(start)
    const w2c = (p: Vec3) => cvFromThree({ position: p, quaternion: q })
    const t0 = w2c(start.position)
    // moving towards what it looks at: t_z decreases
    expect(w2c([0, 1.5, 4])[11]).toBeLessThan(t0[11])
    // moving right: t_x decreases
    expect(w2c([1, 1.5, 5])[3]).toBeLessThan(t0[3])
    // moving up (screen-up): t_y increases
    expect(w2c([0, 2.5, 5])[7]).toBeGreaterThan(t0[7])
  })
})

describe('intrinsics and the loaders\' 16:9 rescaling', () => {
  // sample sizes a consumer may generate at for each aspect (not necessarily ours)
  const samples: Record<string, [number, number][]> = {
    '16:9': [[832, 468], [1280, 720]],
    '9:16': [[468, 832], [720, 1280]],
    '1:1': [[512, 512], [960, 960]],
    '4:3': [[640, 480], [960, 720]],
    '21:9': [[1680, 720], [1120, 480]],
  }
  it.each(ASPECT_RATIOS.map((a) => [a]))('gives the designed field of view with square pixels after a loader rescales a %s file', (aspect) => {
    for (const sensor of [
      [36, 24],
      [24.89, 18.66],
      [9.59, 5.39],
    ]) {
      const gate = gateSize(sensor[0], sensor[1], aspectValue(aspect))
      const focal = 35
      const k = compensatedIntrinsics(focal, gate)
      for (const [w, h] of samples[aspect]) {
        expect(w / h).toBeCloseTo(aspectValue(aspect), 12)
        const px = loaderPixelIntrinsics(k.fx, k.fy, k.cx, k.cy, w, h)
        expect(px.fx).toBeCloseTo((focal / gate.widthMm) * w, 9)
        expect(px.fy).toBeCloseTo((focal / gate.heightMm) * h, 9)
        expect(px.fx).toBeCloseTo(px.fy, 9)
        expect([px.cx, px.cy]).toEqual([w / 2, h / 2])
      }
      expect(focalFromCompensatedFx(k.fx, gate)).toBeCloseTo(focal, 12)
    }
  })

  it('writes plain focal / gate for 16:9 and the worked example of open-models.md 6.2', () => {
    const gate = gateSize(36, 24, 16 / 9)
    expect(compensatedIntrinsics(35, gate)).toEqual({ fx: 35 / 36, fy: 35 / 20.25, cx: 0.5, cy: 0.5 })
    // 832x480 is narrower than 16:9: fx is written over H * 16/9
    const px = 35 * (832 / 36)
    const { width, height } = { width: 832, height: 480 }
    const written = loaderPixelIntrinsics(px / (height * (16 / 9)), px / height, 0.5, 0.5, width, height)
    expect(written.fx).toBeCloseTo(px, 9)
    expect(written.fy).toBeCloseTo(px, 9)
    expect(OUTPUT_RESOLUTION['16:9']).toEqual({ width: 1280, height: 720 })
  })
})

describe('helpers', () => {
  it('prints numbers to 9 decimals, plain decimal text, never -0, and quantize() is what a reader gets back', () => {
    expect([0.1 + 0.2, 1 / 3, -1e-17, 123456.789, 5e-324, -2.6e-9, 1e-9, -42, 0.000123].map(num)).toEqual([
      '0.3',
      '0.333333333',
      '0',
      '123456.789',
      '0',
      '-0.000000003',
      '0.000000001',
      '-42',
      '0.000123',
    ])
    expect(num(-0)).toBe('0')
    expect(num(12345678.25)).toBe('12345678.25')
    expect(() => num(NaN)).toThrow()
    for (let i = 0; i < 2000; i++) {
      const x = Math.sin(i * 12.9898) * 10 ** ((i % 9) - 3)
      const back = Number(num(x))
      expect(Math.abs(back - x)).toBeLessThanOrEqual(5.000001e-10)
      expect(back).toBeCloseTo(quantize(x), 15)
    }
  })

  it('spreads frames over a window, ends included', () => {
    expect(spreadTimes(5, 2)).toEqual([0, 0.5, 1, 1.5, 2])
    expect(spreadTimes(1, 2)).toEqual([0])
  })

  it('rounds to 4k+1 frame counts', () => {
    expect([80, 16, 6.4, 0.8, 64, 1].map(fourKPlusOneFor)).toEqual([81, 17, 9, 5, 65, 5])
  })

  it('compares text goldens token-wise', () => {
    expect(firstTextDifference('a 1 b 2.5\nc 3', 'a 1.0000000000001 b 2.5\nc 3')).toBeUndefined()
    expect(firstTextDifference('a 1 b 2.5\nc 3', 'a 1 b 2.5\nc 3.001')).toBe('line 2: 3 differs from 3.001')
    expect(firstTextDifference('a 1 b', 'a 1 c')).toBe('line 1: " b", expected " c"')
    expect(firstTextDifference('a 1', 'a 1 2')).toBeDefined()
  })
})
