import { describe, expect, it } from 'vitest'
import { antialiasFor, pixelRatioFor } from './pixelRatio'

describe('canvas pixel ratio', () => {
  it('honours the device ratio when still, capped at 2', () => {
    expect(pixelRatioFor(1, false)).toBe(1)
    expect(pixelRatioFor(1.5, false)).toBe(1.5)
    expect(pixelRatioFor(3, false)).toBe(2)
  })
  it('drops to 1 while moving and never below 1', () => {
    expect(pixelRatioFor(2, true)).toBe(1)
    expect(pixelRatioFor(3, true)).toBe(1)
    expect(pixelRatioFor(0.5, true)).toBe(1)
    expect(pixelRatioFor(0, false)).toBe(1)
  })
  it('antialiases only above ratio 1, so ratio-1 screens render as before', () => {
    expect(antialiasFor(1)).toBe(false)
    expect(antialiasFor(2)).toBe(true)
  })
})
