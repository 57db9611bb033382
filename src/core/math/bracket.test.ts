import { describe, expect, it } from 'vitest'
import { bracketIndex } from './bracket'

describe('bracketIndex', () => {
  it('finds the two entries around a value, equal values to the right', () => {
    const xs = [0, 0.5, 1, 2, 4]
    expect(bracketIndex(xs, 0.2)).toEqual([0, 1])
    expect(bracketIndex(xs, 1)).toEqual([2, 3])
    expect(bracketIndex(xs, 3.9)).toEqual([3, 4])
    expect(bracketIndex(xs, 1.5, 4)).toEqual([2, 3])
  })
})
