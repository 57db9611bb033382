import { describe, expect, it } from 'vitest'
import { ASPECT_RATIOS } from '../core/camera/lens'
import { PREVIS_SIZES, previsDimensions } from './size'

describe('previsDimensions', () => {
  it.each([
    ['16:9', '720p', 1280, 720],
    ['16:9', '1080p', 1920, 1080],
    ['16:9', '480p', 854, 480],
    ['9:16', '720p', 720, 1280],
    ['1:1', '480p', 480, 480],
    ['4:3', '720p', 960, 720],
    ['21:9', '1080p', 2520, 1080],
  ] as const)('%s at %s is %ix%i', (aspect, size, w, h) => {
    expect(previsDimensions(aspect, size)).toEqual({ width: w, height: h })
  })

  it('always gives even dimensions with the short side as named', () => {
    for (const a of ASPECT_RATIOS)
      for (const s of PREVIS_SIZES) {
        const { width, height } = previsDimensions(a, s)
        expect(width % 2).toBe(0)
        expect(height % 2).toBe(0)
        expect(Math.min(width, height)).toBe(Number.parseInt(s, 10))
      }
  })
})
