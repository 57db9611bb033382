import { describe, expect, it } from 'vitest'
import { createCases, measure } from './cases'

// A tiny smoke pass so the benchmarks cannot rot; no timing is asserted.
describe('bench smoke', () => {
  it('every case runs and reports finite rates beside its baseline', () => {
    for (const c of createCases()) {
      const r = measure(c, 2, 1)
      expect(Number.isFinite(r.opsPerSecond) && r.opsPerSecond > 0).toBe(true)
      expect(Number.isFinite(r.ratioToBaseline) && r.ratioToBaseline > 0).toBe(true)
    }
  })
})
