import { describe, expect, it } from 'vitest'
import { thumbnailSize } from './images'

describe('thumbnailSize', () => {
  it('is 192 wide with the frame aspect and an even height', () => {
    expect(thumbnailSize(1280, 720)).toEqual({ width: 192, height: 108 })
    expect(thumbnailSize(720, 1280)).toEqual({ width: 192, height: 342 })
    expect(thumbnailSize(854, 480).height % 2).toBe(0)
  })
})
