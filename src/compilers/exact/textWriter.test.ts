import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TextWriter, num, quantize } from './textWriter'

/** The export number format, written the slow and obvious way with toFixed. */
const reference = (x: number): string => {
  if (Math.abs(x) >= 1e6) return String(x)
  const q = Math.round(x * 1e9)
  if (q === 0) return '0'
  const digits = String(Math.abs(q)).padStart(10, '0')
  const text = `${digits.slice(0, -9)}.${digits.slice(-9)}`.replace(/0+$/, '').replace(/\.$/, '').replace(/^0+(?=\d)/, '')
  return q < 0 ? `-${text}` : text
}

describe('TextWriter', () => {
  it('writes numbers exactly as the reference format, at every magnitude (property)', () => {
    const magnitudes = fc.double({ min: -12, max: 8, noNaN: true }).chain((e) => fc.double({ min: -1, max: 1, noNaN: true }).map((m) => m * 10 ** e))
    fc.assert(
      fc.property(fc.oneof(magnitudes, fc.integer({ min: -2e6, max: 2e6 }), fc.constantFrom(0, -0, 0.5, -0.5, 1e-9, 5e-10, 4.9e-10, 999999.9999999999)), (x) => {
        expect(new TextWriter(4).num(x).toString()).toBe(reference(x))
        expect(num(x)).toBe(reference(x))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads back to quantize(x), within half a unit of the 9th decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), (x) => {
        const back = Number(num(x))
        expect(back).toBe(quantize(x))
        expect(Math.abs(back - x)).toBeLessThanOrEqual(5.0001e-10 + Math.abs(x) * 1e-15)
      }),
      { numRuns: 2000 },
    )
  })

  it('grows past its capacity, separates lists and keeps any text as UTF-8', () => {
    const w = new TextWriter(2)
    w.text('Shot “Ñandú” 🎬 ').nums([1, -2.5, 1 / 3], ' ').text('\n')
    for (let i = 0; i < 1000; i++) w.num(i).text(',')
    const text = w.toString()
    expect(text.startsWith('Shot “Ñandú” 🎬 1 -2.5 0.333333333\n0,1,2,')).toBe(true)
    expect(text.endsWith('998,999,')).toBe(true)
    expect(new TextWriter().text('a\ud800b').toString()).toBe('a\ufffdb')
  })

  it('refuses non-finite numbers', () => {
    expect(() => new TextWriter().num(NaN)).toThrow(/non-finite/)
    expect(() => num(Infinity)).toThrow(/non-finite/)
  })
})
