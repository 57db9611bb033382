import { describe, expect, it } from 'vitest'
import { quatFromYawPitchRoll, rotateVec3 } from '../../core/math/quat'
import { MIN_CARD_DEPTH_M, placeCard } from './card'

const fullFrame16x9 = { gateWidthMm: 36, gateHeightMm: 20.25 }

describe('the director view card', () => {
  it('stands at the subject depth along the view axis and fills the gate there', () => {
    // camera at z = 5 looking down -Z at a subject 1 m off-axis: depth is along the axis (5 m), not the distance
    const c = placeCard({ position: [0, 1.5, 5], quaternion: [0, 0, 0, 1], focalLengthMm: 35, ...fullFrame16x9, subject: [1, 1.5, 0], imageAspect: 16 / 9 })
    expect(c.depthM).toBeCloseTo(5)
    expect(c.center[0]).toBeCloseTo(0)
    expect(c.center[1]).toBeCloseTo(1.5)
    expect(c.center[2]).toBeCloseTo(0)
    // width = 2·d·tan(hfov/2)
    const hfov = 2 * Math.atan(36 / (2 * 35))
    expect(c.gateWidthM).toBeCloseTo(2 * 5 * Math.tan(hfov / 2))
    expect(c.gateWidthM / c.gateHeightM).toBeCloseTo(16 / 9)
    expect(c.imageWidthM).toBeCloseTo(c.gateWidthM)
    expect(c.imageHeightM).toBeCloseTo(c.gateHeightM)
  })

  it('turns with the camera and fits an image of another aspect inside the gate', () => {
    const q = quatFromYawPitchRoll(Math.PI / 2, 0.2, 0)
    const f = rotateVec3(q, [0, 0, -1])
    const c = placeCard({ position: [1, 2, 3], quaternion: q, focalLengthMm: 50, ...fullFrame16x9, subject: [1 + 3 * f[0], 2 + 3 * f[1], 3 + 3 * f[2]], imageAspect: 4 / 3 })
    // the subject straight ahead: the card's centre is on it, and the card turns with the camera
    expect(Math.hypot(c.center[0] - 1 - 3 * f[0], c.center[1] - 2 - 3 * f[1], c.center[2] - 3 - 3 * f[2])).toBeLessThan(1e-9)
    expect(c.quaternion).toEqual(q)
    expect(c.depthM).toBeCloseTo(3)
    expect(c.imageHeightM).toBeCloseTo(c.gateHeightM)
    expect(c.imageWidthM / c.imageHeightM).toBeCloseTo(4 / 3)
    expect(c.imageWidthM).toBeLessThan(c.gateWidthM)
  })

  it('never stands behind or at the lens', () => {
    const c = placeCard({ position: [0, 0, 0], quaternion: [0, 0, 0, 1], focalLengthMm: 35, ...fullFrame16x9, subject: [0, 0, 4], imageAspect: 1 })
    expect(c.depthM).toBe(MIN_CARD_DEPTH_M)
    expect(c.center[2]).toBeCloseTo(-MIN_CARD_DEPTH_M)
  })
})
