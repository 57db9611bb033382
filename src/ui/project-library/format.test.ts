import { describe, expect, it } from 'vitest'
import { formatAgo, formatShotCount } from './format'

const now = new Date(2025, 2, 12, 15, 0, 0).getTime() // 12 Mar 2025, 15:00 local

describe('project list words', () => {
  it('says when a project last changed', () => {
    expect(formatAgo(now, now)).toBe('just now')
    expect(formatAgo(now - 30_000, now)).toBe('just now')
    expect(formatAgo(now - 50_000, now)).toBe('1 min ago')
    expect(formatAgo(now - 2 * 60_000, now)).toBe('2 min ago')
    expect(formatAgo(now - 59 * 60_000, now)).toBe('59 min ago')
    expect(formatAgo(now - 3 * 3_600_000, now)).toBe('3 h ago')
    expect(formatAgo(new Date(2025, 2, 11, 23, 0).getTime(), now)).toBe('yesterday')
    expect(formatAgo(new Date(2025, 2, 8, 9, 0).getTime(), now)).toBe('4 days ago')
    expect(formatAgo(new Date(2025, 0, 2).getTime(), now)).toBe('2 Jan')
    expect(formatAgo(new Date(2024, 11, 24).getTime(), now)).toBe('24 Dec 2024')
    expect(formatAgo(now + 5_000, now)).toBe('just now') // another tab's clock a little ahead
  })

  it('counts shots', () => {
    expect(formatShotCount(1)).toBe('1 shot')
    expect(formatShotCount(3)).toBe('3 shots')
  })
})
