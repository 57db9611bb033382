import { describe, expect, it } from 'vitest'
import { designDurationS, designTimeOfFrame, nearestIndex } from './playhead'

describe('the playhead on the design clock', () => {
  it('is i / fps when the take is as long as the design', () => {
    const len = designDurationS(96, 24)
    expect(len).toBe(4)
    expect(designTimeOfFrame(0, 96, len)).toBe(0)
    expect(designTimeOfFrame(48, 96, len)).toBeCloseTo(2, 9)
    expect(designTimeOfFrame(95, 96, len)).toBeCloseTo(95 / 24, 9)
  })
  it('stretches a longer take onto the design and clamps past the ends', () => {
    expect(designTimeOfFrame(60, 120, 4)).toBeCloseTo(2, 9)
    expect(designTimeOfFrame(500, 120, 4)).toBeCloseTo((119 / 120) * 4, 9)
    expect(designTimeOfFrame(-3, 120, 4)).toBe(0)
    expect(designTimeOfFrame(3, 0, 4)).toBe(0)
  })
  it('finds the nearest sample time', () => {
    const times = [0, 0.5, 1, 1.5]
    expect(nearestIndex(times, -1)).toBe(0)
    expect(nearestIndex(times, 0.7)).toBe(1)
    expect(nearestIndex(times, 0.8)).toBe(2)
    expect(nearestIndex(times, 9)).toBe(3)
    expect(nearestIndex([], 1)).toBe(0)
  })
})
