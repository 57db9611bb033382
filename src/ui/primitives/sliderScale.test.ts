import { describe, expect, it } from 'vitest'
import { positionToValue, valueToPosition } from './sliderScale'

describe('slider scale', () => {
  it('maps linearly', () => {
    expect(valueToPosition(15, 0, 30)).toBe(0.5)
    expect(positionToValue(0.5, 0, 30)).toBe(15)
    expect(positionToValue(0.333, 0, 30, 'linear', 1)).toBe(10)
  })
  it('gives equal travel to equal ratios on a log track', () => {
    // 8 -> 300 mm: the geometric middle sits in the middle of the track
    const mid = Math.sqrt(8 * 300)
    expect(valueToPosition(mid, 8, 300, 'log')).toBeCloseTo(0.5, 10)
    expect(positionToValue(0.5, 8, 300, 'log')).toBeCloseTo(mid, 5)
    expect(valueToPosition(16, 8, 300, 'log') - valueToPosition(8, 8, 300, 'log')).toBeCloseTo(
      valueToPosition(300, 8, 300, 'log') - valueToPosition(150, 8, 300, 'log'),
      10,
    )
  })
  it('round-trips and clamps', () => {
    for (const v of [8, 14, 35, 50, 85, 135, 300]) expect(positionToValue(valueToPosition(v, 8, 300, 'log'), 8, 300, 'log', 1)).toBe(v)
    expect(valueToPosition(1000, 8, 300, 'log')).toBe(1)
    expect(valueToPosition(2, 8, 300, 'log')).toBe(0)
    expect(positionToValue(-1, 8, 300, 'log')).toBe(8)
  })
})
