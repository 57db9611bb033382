import { describe, expect, it } from 'vitest'
import { checkAspect, cropToAspect, describeAspect, fitInFrame, matchingShotAspect } from './aspect'

describe('reference image aspect against the shot', () => {
  it('agrees within 1% and names both ratios with their numbers otherwise', () => {
    expect(checkAspect(1920, 1080, '16:9')).toEqual({ ok: true })
    expect(checkAspect(1920, 1088, '16:9')).toEqual({ ok: true }) // 0.7% off: a codec-padded frame
    const off = checkAspect(1600, 1200, '16:9')
    expect(off.ok).toBe(false)
    if (!off.ok) {
      expect(off.message).toBe('The image is 4:3 (1.33); the shot is 16:9 (1.78).')
      expect(off.imageAspect).toBeCloseTo(4 / 3)
    }
    const odd = checkAspect(1000, 700, '1:1')
    expect(!odd.ok && odd.message).toBe('The image is 1.43:1; the shot is 1:1 (1.00).')
  })

  it('names common ratios that are not shot aspects', () => {
    expect(describeAspect(3000, 2000)).toBe('3:2 (1.50)')
    expect(describeAspect(1080, 1920)).toBe('9:16 (0.56)')
    expect(describeAspect(2390, 1000)).toBe('2.39:1')
  })

  it('finds the shot aspect an image has, or none', () => {
    expect(matchingShotAspect(1600, 1200)).toBe('4:3')
    expect(matchingShotAspect(1080, 1920)).toBe('9:16')
    expect(matchingShotAspect(2520, 1080)).toBe('21:9')
    expect(matchingShotAspect(3000, 2000)).toBeNull()
  })

  it('crops to the largest centred rectangle of the aspect', () => {
    expect(cropToAspect(1600, 1200, 16 / 9)).toEqual({ x: 0, y: 150, width: 1600, height: 900 })
    expect(cropToAspect(1920, 1080, 1)).toEqual({ x: 420, y: 0, width: 1080, height: 1080 })
    const r = cropToAspect(1001, 777, 21 / 9)
    expect(r.x + r.width).toBeLessThanOrEqual(1001)
    expect(r.y + r.height).toBeLessThanOrEqual(777)
    expect(Math.abs(r.width / r.height / (21 / 9) - 1)).toBeLessThan(0.01)
  })

  it('fits an image whole inside a frame, centred', () => {
    expect(fitInFrame(16 / 9, 16 / 9)).toEqual({ x: 0, y: 0, width: 1, height: 1 })
    expect(fitInFrame(1, 2)).toEqual({ x: 0.25, y: 0, width: 0.5, height: 1 }) // a square in a 2:1 frame: bars left and right
    expect(fitInFrame(2, 1)).toEqual({ x: 0, y: 0.25, width: 1, height: 0.5 }) // a 2:1 image in a square: bars above and below
    const wide = fitInFrame(4 / 3, 16 / 9)
    expect(wide.height).toBeCloseTo(1)
    expect(wide.width).toBeCloseTo(0.75)
    expect(wide.x).toBeCloseTo(0.125)
  })
})
