import { describe, expect, it } from 'vitest'
import { orientationQuaternion } from '../core/camera/pose'
import { computeHorizon, createHorizon } from './horizon'

const at = (yawDeg: number, pitchDeg: number, rollDeg: number) =>
  computeHorizon(createHorizon(), orientationQuaternion({ yawDeg, pitchDeg, rollDeg }), 0.5, 0.28)

describe('horizon', () => {
  it('is level through the centre for a level camera, whatever the yaw', () => {
    for (const yaw of [0, 37, -120]) {
      const h = at(yaw, 0, 0)
      expect(h.visible).toBe(true)
      expect(h.v1).toBeCloseTo(0.5, 9)
      expect(h.v2).toBeCloseTo(0.5, 9)
      expect(h.tiltDeg).toBeCloseTo(0, 9)
      expect(h.u1).toBeLessThan(h.u2)
    }
  })

  it('drops below the centre when the camera tilts up', () => {
    const h = at(0, 5, 0)
    const expected = 0.5 + Math.tan((5 * Math.PI) / 180) / 0.28 / 2
    expect(h.v1).toBeCloseTo(expected, 9)
    expect(h.v2).toBeCloseTo(expected, 9)
  })

  it('tilts right side down for positive roll (the pose convention)', () => {
    const h = at(0, 0, 10)
    expect(h.tiltDeg).toBeCloseTo(-10, 6)
    expect(h.v2).toBeGreaterThan(h.v1) // v grows downwards: the right end is lower
  })

  it('disappears when looking straight down', () => {
    expect(at(0, -90, 0).visible).toBe(false)
  })
})
