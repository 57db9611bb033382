import { describe, expect, it } from 'vitest'
import { clampToLimits, decimalsForStep, formatNumber, nudgeValue, parseNumberInput } from './numberInput'

describe('parseNumberInput', () => {
  it('accepts numbers with spaces and a decimal comma', () => {
    expect(parseNumberInput(' 1.5 ')).toEqual({ ok: true, value: 1.5 })
    expect(parseNumberInput('2,25')).toEqual({ ok: true, value: 2.25 })
    expect(parseNumberInput('-3e1')).toEqual({ ok: true, value: -30 })
  })
  it('refuses empty and non-numeric text', () => {
    expect(parseNumberInput('')).toMatchObject({ ok: false, message: 'Enter a number' })
    expect(parseNumberInput('abc')).toMatchObject({ ok: false })
    expect(parseNumberInput('NaN')).toMatchObject({ ok: false })
    expect(parseNumberInput('Infinity')).toMatchObject({ ok: false })
  })
  it('refuses out-of-range values instead of clamping, naming the range and unit', () => {
    const r = parseNumberInput('31', { min: 0, max: 30 }, 'm')
    expect(r).toEqual({ ok: false, message: 'Must be between 0 and 30 m' })
    expect(parseNumberInput('-1', { min: 0 })).toEqual({ ok: false, message: 'Must be at least 0' })
    expect(parseNumberInput('30', { min: 0, max: 30 })).toEqual({ ok: true, value: 30 })
  })
  it('refuses fractions for integer fields', () => {
    expect(parseNumberInput('2.5', { integer: true })).toMatchObject({ ok: false, message: 'Must be a whole number' })
  })
})

describe('formatting and nudging', () => {
  it('derives decimals from the step', () => {
    expect(decimalsForStep(1)).toBe(0)
    expect(decimalsForStep(0.1)).toBe(1)
    expect(decimalsForStep(0.05)).toBe(2)
    expect(decimalsForStep(undefined)).toBe(0)
  })
  it('formats without trailing zeros or negative zero', () => {
    expect(formatNumber(1.5, 2)).toBe('1.5')
    expect(formatNumber(0.333333, 3)).toBe('0.333')
    expect(formatNumber(-0.0001, 2)).toBe('0')
  })
  it('nudges on the step grid and clamps', () => {
    expect(nudgeValue(1.5, 0.05, 1)).toBe(1.55)
    expect(nudgeValue(0.1, 0.1, 2)).toBe(0.3)
    expect(nudgeValue(29, 1, 10, { max: 30 })).toBe(30)
    expect(nudgeValue(0.02, 0.05, -1, { min: 0 })).toBe(0)
    expect(clampToLimits(2.6, { integer: true, max: 10 })).toBe(3)
  })
})
