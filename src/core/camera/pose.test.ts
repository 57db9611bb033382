/** World and camera conventions: right-handed, +Y up, the lens looks down local -Z; yaw/pitch/roll in degrees, YXZ. */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { quatAngleBetween, rotateVec3 } from '../math/quat'
import { type Vec3, cross, distance, dot, length, normalize, sub } from '../math/vec3'
import { arbRange, arbStartFraming } from '../../test/arbitraries'
import {
  aimAngles,
  angleDelta,
  depthAlongView,
  forwardVector,
  horizontalForwardVector,
  horizontalRightVector,
  orientationQuaternion,
  poseLookingAt,
  wrapDegrees,
} from './pose'

// property runs stop shrinking after 20 s (src/test/arbitraries.ts); give them room on a loaded machine
vi.setConfig({ testTimeout: 60_000 })

const arbOrientation = fc.record({ yawDeg: arbRange(-720, 720), pitchDeg: arbRange(-89, 89), rollDeg: arbRange(-180, 180) })
const arbPoint = fc.tuple(arbRange(-50, 50), arbRange(-50, 50), arbRange(-50, 50)).map(([x, y, z]) => [x, y, z] as Vec3)
const close = (a: Vec3, b: Vec3, tol = 1e-12) => expect(distance(a, b)).toBeLessThan(tol)

describe('orientation', () => {
  it('the quaternion is a unit quaternion and turns local -Z into forwardVector', () => {
    fc.assert(
      fc.property(arbOrientation, (o) => {
        const q = orientationQuaternion(o)
        expect(Math.hypot(...q)).toBeCloseTo(1, 14)
        close(rotateVec3(q, [0, 0, -1]), forwardVector(o))
      }),
    )
  })

  it('with no roll, local +X is the horizontal right vector and local +Y points up-ish', () => {
    fc.assert(
      fc.property(arbOrientation, (o) => {
        const q = orientationQuaternion({ ...o, rollDeg: 0 })
        close(rotateVec3(q, [1, 0, 0]), horizontalRightVector(o))
        expect(rotateVec3(q, [0, 1, 0])[1]).toBeGreaterThan(0)
        close(cross([0, 1, 0], horizontalRightVector(o)), horizontalForwardVector(o))
      }),
    )
  })

  it('yaw 0 looks down -Z; yaw 90 turns the lens left to -X; pitch 90 looks up; roll 90 turns the right side up', () => {
    const level = { yawDeg: 0, pitchDeg: 0, rollDeg: 0 }
    close(forwardVector(level), [0, 0, -1])
    close(forwardVector({ ...level, yawDeg: 90 }), [-1, 0, 0])
    close(forwardVector({ ...level, pitchDeg: 90 }), [0, 1, 0])
    close(rotateVec3(orientationQuaternion({ ...level, rollDeg: 90 }), [1, 0, 0]), [0, 1, 0])
    // roll never changes where the lens points
    close(forwardVector({ ...level, rollDeg: 37 }), forwardVector(level))
  })
})

describe('aiming', () => {
  it('aimAngles points forwardVector exactly at the target', () => {
    fc.assert(
      fc.property(arbPoint, arbPoint, arbRange(-30, 30), (from, to, roll) => {
        fc.pre(distance(from, to) > 1e-3)
        const pose = poseLookingAt(from, to, roll)
        const f = forwardVector(pose)
        const d = normalize(sub(to, from))
        expect(Math.atan2(length(cross(f, d)), dot(f, d))).toBeLessThan(1e-12)
        expect(pose.rollDeg).toBe(roll)
        expect(depthAlongView(pose, to)).toBeCloseTo(distance(from, to), 9)
      }),
    )
  })

  it('straight up or down keeps yaw 0', () => {
    expect(aimAngles([0, 0, 0], [0, 5, 0])).toEqual({ yawDeg: 0, pitchDeg: 90 })
    expect(aimAngles([1, 5, 1], [1, 0, 1])).toEqual({ yawDeg: 0, pitchDeg: -90 })
  })

  it('depth is negative behind the lens', () => {
    fc.assert(
      fc.property(arbStartFraming, arbRange(0.1, 30), (pose, d) => {
        const f = forwardVector(pose)
        const behind: Vec3 = [pose.position[0] - f[0] * d, pose.position[1] - f[1] * d, pose.position[2] - f[2] * d]
        expect(depthAlongView(pose, behind)).toBeCloseTo(-d, 9)
      }),
    )
  })
})

describe('angles', () => {
  it('wrapDegrees lands in (-180, 180] and keeps the direction', () => {
    fc.assert(
      fc.property(arbRange(-1e4, 1e4), (a) => {
        const w = wrapDegrees(a)
        expect(w).toBeGreaterThan(-180)
        expect(w).toBeLessThanOrEqual(180)
        const k = (a - w) / 360
        expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9)
      }),
    )
    expect(wrapDegrees(-180)).toBe(180)
    expect(wrapDegrees(540)).toBe(180)
  })

  it('angleDelta is the shortest signed turn', () => {
    fc.assert(
      fc.property(arbRange(-720, 720), arbRange(-179.9, 179.9), (a, d) => {
        expect(angleDelta(a, a + d)).toBeCloseTo(d, 9)
        expect(angleDelta(a, a + d + 360)).toBeCloseTo(d, 9)
      }),
    )
  })

  it('quatAngleBetween measures the rotation between two orientations', () => {
    fc.assert(
      fc.property(arbOrientation, arbRange(-170, 170), (o, turn) => {
        const a = orientationQuaternion({ ...o, pitchDeg: 0 })
        const b = orientationQuaternion({ ...o, pitchDeg: 0, yawDeg: o.yawDeg + turn })
        expect(quatAngleBetween(a, b)).toBeCloseTo((Math.abs(turn) * Math.PI) / 180, 6)
      }),
    )
  })
})
