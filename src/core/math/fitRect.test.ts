import { describe, expect, it } from 'vitest'
import { fitRect } from './fitRect'

describe('fitRect', () => {
  it('letterboxes a wide frame in a tall canvas and pillarboxes in a wide one', () => {
    expect(fitRect(400, 400, 2)).toEqual({ x: 0, y: 100, w: 400, h: 200 })
    expect(fitRect(400, 100, 2)).toEqual({ x: 100, y: 0, w: 200, h: 100 })
    expect(fitRect(1280, 720, 16 / 9)).toEqual({ x: 0, y: 0, w: 1280, h: 720 })
  })
  it('is empty for an empty canvas', () => {
    expect(fitRect(0, 100, 1)).toEqual({ x: 0, y: 0, w: 0, h: 0 })
  })
})
