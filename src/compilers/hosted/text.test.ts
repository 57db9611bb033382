import { describe, expect, it } from 'vitest'
import { countWord, fmtS, roundTo, seconds, withArticle } from './text'

describe('hosted text helpers', () => {
  it('reads numbers with the right article', () => {
    expect(['5 s', '8 s', '11 s', '18 s', '80 s', '1.5 s', '110 s', '12 s'].map(withArticle)).toEqual([
      'a 5 s',
      'an 8 s',
      'an 11 s',
      'an 18 s',
      'an 80 s',
      'a 1.5 s',
      'a 110 s',
      'a 12 s',
    ])
  })

  it('writes seconds and counts without binary noise', () => {
    expect([seconds(7.5), seconds(0.1 + 0.2), fmtS(4.999999), countWord(2), countWord(12)]).toEqual(['7.5 s', '0.3 s', '5', 'two', '12'])
    expect(roundTo(0.30000000000000004, 0.1)).toBe(0.3)
  })
})
