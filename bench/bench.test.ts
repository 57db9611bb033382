import { describe, expect, it } from 'vitest'
import { createCases, measure } from './cases'

// A tiny smoke pass so the benchmarks cannot rot; no timing is asserted.
describe('bench smoke', () => {
  it('every case runs and reports finite rates beside its baseline', { timeout: 120_000 }, () => {
    const cases = createCases()
    // the figure: every target compiled for one 60 s shot, with fidelity
    expect(cases.map((c) => c.name)).toContainEqual(expect.stringMatching(/^compile a 60 s shot at 24 fps for every target/))
    for (const c of cases) {
      const r = measure(c, 1, 1)
      expect(Number.isFinite(r.opsPerSecond) && r.opsPerSecond > 0).toBe(true)
      expect(Number.isFinite(r.ratioToBaseline) && r.ratioToBaseline > 0).toBe(true)
    }
  })
})
