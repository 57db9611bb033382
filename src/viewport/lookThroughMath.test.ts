import { describe, expect, it } from 'vitest'
import { type CameraPose, forwardVector } from '../core/camera/pose'
import { dollyPose, dragModeFor, dragPose, wheelDollyMetres } from './lookThroughMath'

const start: CameraPose = { position: [0, 1.6, 5], yawDeg: 0, pitchDeg: 0, rollDeg: 0 }
const ctx = { vfovDeg: 40, imageHeightPx: 400, depthM: 5 }

describe('look-through navigation', () => {
  it('picks the drag from buttons and modifiers', () => {
    expect(dragModeFor({ button: 0, altKey: false, shiftKey: false })).toBe('rotate')
    expect(dragModeFor({ button: 2, altKey: false, shiftKey: false })).toBe('truck')
    expect(dragModeFor({ button: 0, altKey: false, shiftKey: true })).toBe('truck')
    expect(dragModeFor({ button: 0, altKey: true, shiftKey: false })).toBe('roll')
  })

  it('drag right pans right, drag up tilts up, scaled by the field of view', () => {
    const p = dragPose(start, 'rotate', 100, -200, ctx)
    expect(p.yawDeg).toBeCloseTo(-10, 9) // negative yaw turns right
    expect(p.pitchDeg).toBeCloseTo(20, 9)
    expect(p.position).toBe(start.position)
    expect(dragPose(start, 'rotate', 0, -100000, ctx).pitchDeg).toBe(89)
  })

  it('truck and pedestal move the camera with the pointer at subject depth', () => {
    const p = dragPose(start, 'truck', 400, -400, ctx)
    const frameHeight = 2 * 5 * Math.tan((20 * Math.PI) / 180)
    expect(p.position[0]).toBeCloseTo(frameHeight, 9)
    expect(p.position[1]).toBeCloseTo(1.6 + frameHeight, 9)
    expect(p.position[2]).toBeCloseTo(5, 9)
    expect(p.yawDeg).toBe(0)
  })

  it('roll leaves position and aim alone', () => {
    const p = dragPose(start, 'roll', 40, 0, ctx)
    expect(p.rollDeg).toBeCloseTo(-10, 9)
    expect(p.position).toBe(start.position)
  })

  it('wheel up dollies in along the view axis', () => {
    const m = wheelDollyMetres(-100, 5)
    expect(m).toBeCloseTo(0.5, 9)
    const p = dollyPose({ ...start, pitchDeg: -20 }, m)
    const f = forwardVector({ ...start, pitchDeg: -20 })
    expect(p.position[1]).toBeCloseTo(1.6 + f[1] * 0.5, 9)
    expect(p.position[2]).toBeLessThan(5)
  })
})
