import { describe, expect, it } from 'vitest'
import { quatFromYawPitchRoll } from '../core/math/quat'
import { createRng } from '../core/math/rng'
import { DEG_TO_RAD } from '../core/units'
import { intrinsicsFromHfov } from './intrinsics'
import { calibrationMatrix } from './intrinsics'
import { applyHomography } from './linalg'
import { rotationZoomFromHomography } from './rotationZoom'
import { rotationHomography } from './testing/matrices'

const k = intrinsicsFromHfov(60, 320, 180)
const K = calibrationMatrix(k)
const turned = (yawDeg: number, pitchDeg: number, rollDeg: number) => quatFromYawPitchRoll(yawDeg * DEG_TO_RAD, pitchDeg * DEG_TO_RAD, rollDeg * DEG_TO_RAD)

describe('pan, tilt, roll and zoom from an exact homography', () => {
  it('reads each channel with the contract sign: pan right, tilt up, roll as the core, zoom in', () => {
    // core yaw > 0 is a turn to the LEFT, so a pan to the right is yaw < 0
    const pan = rotationZoomFromHomography(rotationHomography(turned(-10, 0, 0), 1, k), K)!
    expect(pan.panDeg).toBeCloseTo(10, 9)
    // the image content moves left when the camera pans right
    expect(applyHomography(rotationHomography(turned(-10, 0, 0), 1, k), 159.5, 89.5)!.x).toBeLessThan(159.5)
    const tilt = rotationZoomFromHomography(rotationHomography(turned(0, 7, 0), 1, k), K)!
    expect(tilt.tiltDeg).toBeCloseTo(7, 9)
    expect(applyHomography(rotationHomography(turned(0, 7, 0), 1, k), 159.5, 89.5)!.y).toBeGreaterThan(89.5) // content moves down
    const roll = rotationZoomFromHomography(rotationHomography(turned(0, 0, 12), 1, k), K)!
    expect(roll.rollDeg).toBeCloseTo(12, 9)
    const zoom = rotationZoomFromHomography(rotationHomography(turned(0, 0, 0), 1.5, k), K)!
    expect(zoom.zoom).toBeCloseTo(1.5, 12)
    for (const r of [pan, tilt, roll]) expect(r.zoom).toBeCloseTo(1, 12)
    expect([pan.tiltDeg, pan.rollDeg, tilt.panDeg, tilt.rollDeg, roll.panDeg, roll.tiltDeg].every((v) => Math.abs(v) < 1e-9)).toBe(true)
  })

  it('recovers combined rotations and zooms, whatever the homography scale and sign', () => {
    const rng = createRng(11)
    for (let i = 0; i < 50; i++) {
      const yaw = (rng() - 0.5) * 80
      const pitch = (rng() - 0.5) * 60
      const roll = (rng() - 0.5) * 120
      const z = 0.5 + rng() * 2
      const s = (rng() < 0.5 ? -1 : 1) * (0.1 + rng() * 10)
      const h = rotationHomography(turned(yaw, pitch, roll), z, k).map((v) => v * s)
      const r = rotationZoomFromHomography(h, K)!
      expect(r.panDeg).toBeCloseTo(-yaw, 7)
      expect(r.tiltDeg).toBeCloseTo(pitch, 7)
      expect(r.rollDeg).toBeCloseTo(roll, 7)
      expect(r.zoom).toBeCloseTo(z, 9)
    }
  })
})
