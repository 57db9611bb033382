import { describe, expect, it } from 'vitest'
import { fitRect } from './fit'
import { thumbnailSize } from './images'

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

describe('thumbnailSize', () => {
  it('is 192 wide with the frame aspect and an even height', () => {
    expect(thumbnailSize(1280, 720)).toEqual({ width: 192, height: 108 })
    expect(thumbnailSize(720, 1280)).toEqual({ width: 192, height: 342 })
    expect(thumbnailSize(854, 480).height % 2).toBe(0)
  })
})
