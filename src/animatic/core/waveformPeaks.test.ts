import { describe, expect, it } from 'vitest'
import { computePeaks, peaksForRange } from './waveformPeaks'

describe('computePeaks', () => {
  it('takes min and max per bucket over all channels', () => {
    const left = new Float32Array([0.1, -0.5, 0.2, 0.9, 0, 0])
    const right = new Float32Array([0.3, 0, -0.8, 0, 0.1, -0.1])
    const p = computePeaks([left, right], 4, 2) // 2 samples per bucket
    expect(p.bucketSize).toBe(2)
    expect([...p.max].map((v) => +v.toFixed(2))).toEqual([0.3, 0.9, 0.1])
    expect([...p.min].map((v) => +v.toFixed(2))).toEqual([-0.5, -0.8, -0.1])
    expect(p.durationS).toBe(1.5)
  })
})

describe('peaksForRange', () => {
  const p = computePeaks([new Float32Array([1, 1, -1, -1, 0.5, 0.5, 0, 0])], 8, 4) // buckets of 2: 0.25 s each
  it('slices the audio into columns', () => {
    const r = peaksForRange(p, 0, 1, 4)
    expect([...r.max]).toEqual([1, -1, 0.5, 0])
  })
  it('leaves columns outside the audio empty', () => {
    const r = peaksForRange(p, -0.5, 0.5, 4)
    expect(Number.isNaN(r.max[0])).toBe(true)
    expect(Number.isNaN(r.max[1])).toBe(true)
    expect(r.max[2]).toBe(1)
    expect(r.min[3]).toBe(-1)
  })
})
