import { describe, expect, it } from 'vitest'
import { estimateCost, formatUsd, sumCosts } from './estimate'
import type { PriceEstimate, PriceRow } from './types'

const base = { source: 'https://example.com/pricing', checked: '2026-01', confidence: 'reported' } as const
const ROWS: readonly PriceRow[] = [
  { id: 'r.sec', route: 'runway', model: 'sec', unit: 'per-second', usd: 0.12, ...base },
  { id: 'k.clip.5', route: 'kling', model: 'clip', mode: 'std', unit: 'per-clip', usd: 0.14, durationsS: [5], ...base },
  { id: 'k.clip.10', route: 'kling', model: 'clip', mode: 'std', unit: 'per-clip', usd: 0.28, durationsS: [10], ...base },
  { id: 'l.any', route: 'luma', model: 'res', unit: 'per-second', usd: 1, ...base },
  { id: 'l.1080', route: 'luma', model: 'res', resolution: '1080p', unit: 'per-second', usd: 2, ...base, confidence: 'published' },
  { id: 'v.audio', route: 'veo-vertex', model: 'v', audio: true, unit: 'per-second', usd: 0.4, ...base },
  { id: 'v.silent', route: 'veo-vertex', model: 'v', audio: false, unit: 'per-second', usd: 0.2, ...base },
  { id: 'h.one', route: 'higgsfield', model: 'one', unit: 'per-clip', usd: 0.41, ...base, confidence: 'estimate' },
]
const est = (q: Parameters<typeof estimateCost>[0]) => estimateCost(q, ROWS)
const usdOf = (e: PriceEstimate) => (e.ok ? e.usd : e.reason)

describe('estimateCost', () => {
  it('multiplies a per-second price by the length', () => {
    const e = est({ route: 'runway', model: 'sec', durationS: 4 })
    expect(e).toEqual({ ok: true, usd: 0.48, row: ROWS[0], confidence: 'reported' })
    expect(usdOf(est({ route: 'runway', model: 'sec', durationS: 2.5 }))).toBe(0.3)
  })

  it('prices a per-clip row only at a length it covers', () => {
    expect(usdOf(est({ route: 'kling', model: 'clip', mode: 'std', durationS: 5 }))).toBe(0.14)
    expect(usdOf(est({ route: 'kling', model: 'clip', mode: 'std', durationS: 10 }))).toBe(0.28)
    expect(est({ route: 'kling', model: 'clip', mode: 'std', durationS: 7 })).toEqual({ ok: false, reason: 'No price is known for Kling clip std at 7 s.' })
    expect(usdOf(est({ route: 'higgsfield', model: 'one', durationS: 3 }))).toBe(0.41) // no durationsS: one clip whatever its length
  })

  it('lets the most specific row win, and an open query match only open rows', () => {
    expect(usdOf(est({ route: 'luma', model: 'res', resolution: '1080p', durationS: 1 }))).toBe(2)
    expect(usdOf(est({ route: 'luma', model: 'res', resolution: '1080P', durationS: 1 }))).toBe(2)
    expect(usdOf(est({ route: 'luma', model: 'res', resolution: '720p', durationS: 1 }))).toBe(1)
    expect(usdOf(est({ route: 'luma', model: 'res', durationS: 1 }))).toBe(1)
    expect(est({ route: 'kling', model: 'clip', mode: 'pro', durationS: 5 })).toEqual({ ok: false, reason: 'No price is known for Kling clip pro at 5 s.' })
    expect(est({ route: 'kling', model: 'clip', durationS: 5 }).ok).toBe(false)
  })

  it('picks the audio row, and says so when audio is not given', () => {
    expect(usdOf(est({ route: 'veo-vertex', model: 'v', audio: true, durationS: 8 }))).toBe(3.2)
    expect(usdOf(est({ route: 'veo-vertex', model: 'v', audio: false, durationS: 8 }))).toBe(1.6)
    expect(est({ route: 'veo-vertex', model: 'v', durationS: 8 })).toEqual({
      ok: false,
      reason: 'No price is known for Veo (Vertex AI) v at 8 s: the price depends on whether audio is generated.',
    })
  })

  it('answers an unknown model or route with one sentence naming both', () => {
    expect(est({ route: 'runway', model: 'gen9', durationS: 5 })).toEqual({ ok: false, reason: 'No price is known for Runway gen9.' })
    expect(est({ route: 'mystery', model: 'x', durationS: 5 })).toEqual({ ok: false, reason: 'No price is known for mystery x.' })
  })

  it('refuses a length that is not a positive number', () => {
    for (const durationS of [0, -1, NaN, Infinity]) expect(est({ route: 'runway', model: 'sec', durationS }).ok).toBe(false)
  })

  it('prices from the real table by default', () => {
    expect(usdOf(estimateCost({ route: 'sora', model: 'sora-2', resolution: '720p', durationS: 4 }))).toBe(0.4)
    expect(usdOf(estimateCost({ route: 'runway', model: 'gen4_turbo', durationS: 5 }))).toBe(0.25)
    expect(usdOf(estimateCost({ route: 'comfyui', model: 'Wan2.1-Fun-V1.1-1.3B-Control-Camera', durationS: 5.0625 }))).toBe(0)
    expect(estimateCost({ route: 'runway', model: 'gen4.5', durationS: 4 })).toMatchObject({ ok: true, usd: 0.48 })
  })
})

describe('sumCosts', () => {
  it('adds the known, counts the unknown and keeps the lowest confidence', () => {
    const es = [est({ route: 'runway', model: 'sec', durationS: 5 }), est({ route: 'luma', model: 'res', resolution: '1080p', durationS: 1 }), est({ route: 'runway', model: 'nope', durationS: 5 })]
    expect(sumCosts(es)).toEqual({ usd: 2.6, unknown: 1, lowestConfidence: 'reported' })
    expect(sumCosts([...es, est({ route: 'higgsfield', model: 'one', durationS: 5 })])).toEqual({ usd: 3.01, unknown: 1, lowestConfidence: 'estimate' })
    expect(sumCosts([es[1]])).toEqual({ usd: 2, unknown: 0, lowestConfidence: 'published' })
  })

  it('is zero with no confidence for no takes, or only unknown ones', () => {
    expect(sumCosts([])).toEqual({ usd: 0, unknown: 0, lowestConfidence: null })
    expect(sumCosts([{ ok: false, reason: 'x' }])).toEqual({ usd: 0, unknown: 1, lowestConfidence: null })
  })

  it('adds cents without float drift', () => {
    const tenth = est({ route: 'runway', model: 'sec', durationS: 1 / 1.2 }) // $0.10
    expect(sumCosts(Array.from({ length: 3 }, () => tenth)).usd).toBe(0.3)
  })
})

describe('formatUsd', () => {
  it('writes dollars and cents, a floor below a cent, and free for nothing', () => {
    expect(formatUsd(0.5)).toBe('$0.50')
    expect(formatUsd(12.4)).toBe('$12.40')
    expect(formatUsd(1234)).toBe('$1,234.00')
    expect(formatUsd(0.006)).toBe('$0.01')
    expect(formatUsd(0.004)).toBe('< $0.01')
    expect(formatUsd(0)).toBe('free')
    expect(formatUsd(NaN)).toBe('?')
    expect(formatUsd(-1)).toBe('?')
  })
})
