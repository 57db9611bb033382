import { describe, expect, it } from 'vitest'
import { analysisSize, grayFromRgba } from './grayscale'

describe('grayFromRgba', () => {
  it('weights red, green and blue as Rec. 709 luma and keeps the pixel order', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 200, 200, 200, 0])
    const g = grayFromRgba(rgba, 2, 2)
    expect([...g.luma]).toEqual([54, 182, 18, 200])
    expect(g.widthPx).toBe(2)
    expect(g.heightPx).toBe(2)
  })
  it('refuses data smaller than the size', () => {
    expect(() => grayFromRgba(new Uint8Array(12), 2, 2)).toThrow(/3 pixels, not 2x2/)
  })
})

describe('analysisSize', () => {
  it('reduces a large frame to the maximum width with its aspect, even sizes', () => {
    expect(analysisSize(1920, 1080)).toEqual({ widthPx: 640, heightPx: 360 })
    expect(analysisSize(1280, 545)).toEqual({ widthPx: 640, heightPx: 272 })
  })
  it('keeps a small frame as it is', () => {
    expect(analysisSize(320, 180)).toEqual({ widthPx: 320, heightPx: 180 })
  })
})
