import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HOSTED_ROUTE_IDS } from '../generate/hostedRunner'
import { ROUTE_LABELS, estimateCost } from './estimate'
import { priceQueryOf } from './fromPayload'
import { PRICE_ROWS } from './table'
import { compiledPayload } from './testing'
import type { PriceRow } from './types'

const thisMonth = new Date().toISOString().slice(0, 7)

describe('PRICE_ROWS', () => {
  it('gives every row an http(s) source, a YYYY-MM date no later than now and a confidence', () => {
    for (const r of PRICE_ROWS) {
      expect(['http:', 'https:'], r.id).toContain(new URL(r.source).protocol)
      expect(r.checked, r.id).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/)
      expect(r.checked <= thisMonth, r.id).toBe(true)
      expect(['published', 'reported', 'estimate'], r.id).toContain(r.confidence)
    }
  })

  it('has sane figures: a known route, a price of 0 or more, clip lengths only on per-clip rows', () => {
    for (const r of PRICE_ROWS) {
      expect(Object.keys(ROUTE_LABELS), r.id).toContain(r.route)
      expect(Number.isFinite(r.usd) && r.usd >= 0, r.id).toBe(true)
      if (r.unit === 'per-second') expect(r.durationsS, r.id).toBeUndefined()
      for (const d of r.durationsS ?? []) expect(d > 0, r.id).toBe(true)
    }
  })

  it('says why wherever a figure is only an estimate', () => {
    for (const r of PRICE_ROWS.filter((x) => x.confidence === 'estimate')) expect(r.note, r.id).toMatch(/not verified/i)
  })

  it('has unique ids', () => {
    expect(new Set(PRICE_ROWS.map((r) => r.id)).size).toBe(PRICE_ROWS.length)
  })

  it('has no two rows that price the same case (same route, model, mode, resolution, audio and a shared length)', () => {
    const lengths = (r: PriceRow) => (r.unit === 'per-clip' && r.durationsS ? r.durationsS : 'any')
    const overlap = (a: PriceRow, b: PriceRow) => {
      const la = lengths(a)
      const lb = lengths(b)
      return la === 'any' || lb === 'any' || la.some((d) => lb.includes(d))
    }
    const collisions: string[] = []
    PRICE_ROWS.forEach((a, i) =>
      PRICE_ROWS.slice(i + 1).forEach((b) => {
        if (a.route === b.route && a.model === b.model && a.mode === b.mode && a.resolution === b.resolution && a.audio === b.audio && overlap(a, b)) collisions.push(`${a.id} / ${b.id}`)
      }),
    )
    expect(collisions).toEqual([])
  })

  it("prices every route's default target as the compilers emit it today (a new model without a row fails here)", () => {
    const missing: string[] = []
    for (const { id: route, target } of HOSTED_ROUTE_IDS) {
      for (const durationS of [2, 4, 5, 6, 8, 10, 12]) {
        const payload = compiledPayload(target, durationS)
        if (payload === undefined) continue // the compiler refuses this length
        const q = priceQueryOf(route, target, payload)
        if (!q) {
          missing.push(`${route}/${target} at ${durationS} s: no price query`)
          continue
        }
        // Replicate's video-01-director renders 6 s only: its adapter refuses other lengths
        if (route === 'replicate' && q.durationS !== 6) continue
        const e = estimateCost(q)
        if (!e.ok) missing.push(e.reason)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('module boundary', () => {
  it('imports nothing outside src/pricing (types from src/compilers only)', () => {
    const dir = __dirname
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'testing.ts')) {
      const text = readFileSync(join(dir, f), 'utf8')
      for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        const [, isType, spec] = m
        const ok = spec.startsWith('./') || (isType !== undefined && spec.startsWith('../compilers'))
        expect(ok, `${f}: ${m[0]}`).toBe(true)
      }
    }
  })
})
