import { describe, expect, it } from 'vitest'
import { quatFromYawPitchRoll } from '../../../core/math/quat'
import { fitBox, frustumD, niceStep, polylineD, project, viewFromBehind } from './pathProjection'

const IDENTITY = [0, 0, 0, 1] as const

describe('the path view projection', () => {
  it('looks from behind and above the start camera: ahead is up the screen, right is right', () => {
    const view = viewFromBehind(IDENTITY, 35)
    const origin = project([0, 0, 0], view)
    const ahead = project([0, 0, -1], view) // the camera looks down -z
    const right = project([1, 0, 0], view)
    const above = project([0, 1, 0], view)
    expect(ahead[1]).toBeLessThan(origin[1]) // SVG y grows down
    expect(ahead[0]).toBeCloseTo(origin[0], 9)
    expect(right[0]).toBeGreaterThan(origin[0])
    expect(above[1]).toBeLessThan(origin[1])
  })

  it('follows the start camera heading: a camera turned to look down +x sees +x ahead', () => {
    const view = viewFromBehind(quatFromYawPitchRoll(-Math.PI / 2, 0, 0), 35)
    const ahead = project([1, 0, 0], view)
    expect(ahead[1]).toBeLessThan(0)
    expect(ahead[0]).toBeCloseTo(0, 9)
  })

  it('fits a box around the points with padding and a least size', () => {
    const [x, y, w, h] = fitBox([
      [0, 0],
      [4, 2],
    ])
    expect(x).toBeLessThan(0)
    expect(y).toBeLessThan(0)
    expect(x + w).toBeGreaterThan(4)
    expect(y + h).toBeGreaterThan(2)
    expect(fitBox([])).toEqual([-0.5, -0.5, 1, 1])
    const [, , w1, h1] = fitBox([[1, 1]])
    expect(w1).toBeGreaterThanOrEqual(1)
    expect(h1).toBeGreaterThanOrEqual(1)
  })

  it('writes path strings', () => {
    expect(polylineD([])).toBe('')
    expect(polylineD([
      [0, 0],
      [1, 2],
    ])).toBe('M0 0 L1.0000 2.0000')
    const d = frustumD([0, 0, 0], IDENTITY, 1, viewFromBehind(IDENTITY))
    expect(d.match(/M/g)?.length).toBe(6)
    expect(d).not.toMatch(/NaN/)
  })

  it('picks grid steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(8)).toBe(1)
    expect(niceStep(16)).toBe(2)
    expect(niceStep(40)).toBe(5)
    expect(niceStep(0.8)).toBeCloseTo(0.1, 9)
  })
})
