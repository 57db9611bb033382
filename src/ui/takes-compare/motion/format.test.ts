import { describe, expect, it } from 'vitest'
import { formatChannelValue, percent, scoreTone } from './format'

describe('motion panel words', () => {
  it('writes values in their unit with a sign where it means a direction', () => {
    expect(formatChannelValue(45.2, 'deg')).toBe('+45°')
    expect(formatChannelValue(-4.26, 'deg')).toBe('\u22124.3°')
    expect(formatChannelValue(-0.01, 'deg')).toBe('0.0°')
    expect(formatChannelValue(1.304, 'x')).toBe('1.30×')
    expect(formatChannelValue(-0.975, 'dir')).toBe('\u22120.97')
    expect(formatChannelValue(Number.NaN, 'dir')).toBe('–')
  })
  it('writes scores as clamped whole percentages with a tone', () => {
    expect(percent(0.624)).toBe('62 %')
    expect(percent(1.3)).toBe('100 %')
    expect(percent(Number.NaN)).toBe('0 %')
    expect(scoreTone(0.85)).toBe('good')
    expect(scoreTone(0.6)).toBe('fair')
    expect(scoreTone(0.1)).toBe('poor')
  })
})
