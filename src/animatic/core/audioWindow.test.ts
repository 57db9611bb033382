import { describe, expect, it } from 'vitest'
import { clampOffset, dbToGain, mixWindow, playbackStart, sampleWindow } from './audioWindow'

describe('sampleWindow', () => {
  it('copies the overlap when the audio starts at the sequence start', () => {
    expect(sampleWindow(100, 10, 0, 0, 5)).toEqual({ sourceStart: 0, outputStart: 0, count: 50, outputLength: 50 })
  })
  it('pads with silence where the audio starts late', () => {
    expect(sampleWindow(100, 10, 2, 0, 5)).toEqual({ sourceStart: 0, outputStart: 20, count: 30, outputLength: 50 })
  })
  it('skips the audio before the window when it starts early', () => {
    expect(sampleWindow(100, 10, -3, 0, 5)).toEqual({ sourceStart: 30, outputStart: 0, count: 50, outputLength: 50 })
  })
  it('pads the end where the audio ends early', () => {
    expect(sampleWindow(20, 10, 1, 0, 5)).toEqual({ sourceStart: 0, outputStart: 10, count: 20, outputLength: 50 })
  })
  it('copies nothing when the audio is entirely outside the window', () => {
    expect(sampleWindow(20, 10, 9, 0, 5).count).toBe(0)
    expect(sampleWindow(20, 10, -9, 0, 5).count).toBe(0)
  })
})

describe('mixWindow', () => {
  it('applies the gain and keeps the window length', () => {
    const src = new Float32Array([1, 1, 1, 1])
    const [out] = mixWindow([src], 4, 0.5, -6.0206, 0, 2)
    expect(out.length).toBe(8)
    expect([...out].map((v) => Math.round(v * 100) / 100)).toEqual([0, 0, 0.5, 0.5, 0.5, 0.5, 0, 0])
  })
  it('mixes each channel on its own', () => {
    const out = mixWindow([new Float32Array([1, 2]), new Float32Array([3, 4])], 2, 0, 0, 0, 1)
    expect(out.map((c) => [...c])).toEqual([
      [1, 2],
      [3, 4],
    ])
  })
})

describe('gain and playback', () => {
  it('converts decibels to linear gain', () => {
    expect(dbToGain(0)).toBe(1)
    expect(dbToGain(20)).toBeCloseTo(10)
    expect(dbToGain(-6)).toBeCloseTo(0.501, 3)
  })
  it('starts inside the audio, later, or not at all', () => {
    expect(playbackStart(1, 4, 2)).toEqual({ delayS: 0, audioOffsetS: 1 })
    expect(playbackStart(1, 4, 0.25)).toEqual({ delayS: 0.75, audioOffsetS: 0 })
    expect(playbackStart(1, 4, 0.25, 2)).toEqual({ delayS: 0.375, audioOffsetS: 0 })
    expect(playbackStart(1, 4, 5)).toBeNull()
  })
  it('keeps some audio on the sequence when the offset is dragged far', () => {
    expect(clampOffset(-100, 10, 5)).toBeCloseTo(-9.9)
    expect(clampOffset(100, 10, 5)).toBeCloseTo(4.9)
    expect(clampOffset(1, 10, 5)).toBe(1)
  })
})
