import { describe, expect, it } from 'vitest'
import { MAX_REFERENCE_FILE_BYTES, refuseFile, storedSize, storedType } from './limits'

describe('what is taken as a reference image', () => {
  it('takes image files and refuses others, empty ones and huge ones with one sentence', () => {
    expect(refuseFile({ name: 'a.jpg', size: 1000, type: 'image/jpeg' })).toBeNull()
    expect(refuseFile({ name: 'a.heic', size: 1000, type: 'image/heic' })).toBeNull() // the decoder decides
    expect(refuseFile({ name: 'shot.PNG', size: 1000, type: '' })).toBeNull()
    expect(refuseFile({ name: 'notes.txt', size: 10, type: 'text/plain' })).toBe('notes.txt is not an image: choose a JPEG, PNG or WebP file.')
    expect(refuseFile({ name: 'logo.svg', size: 10, type: 'image/svg+xml' })).toMatch(/not an image/)
    expect(refuseFile({ name: 'x', size: 10, type: '' })).toMatch(/not an image/)
    expect(refuseFile({ name: 'big.jpg', size: MAX_REFERENCE_FILE_BYTES + 1, type: 'image/jpeg' })).toBe('big.jpg is 25 MB: a reference image can be at most 25 MB.')
    expect(refuseFile({ name: 'big.jpg', size: 40 * 1048576, type: 'image/jpeg' })).toBe('big.jpg is 40 MB: a reference image can be at most 25 MB.')
    expect(refuseFile({ name: 'e.png', size: 0, type: 'image/png' })).toMatch(/empty/)
  })

  it('caps the long side, keeps the aspect and never enlarges', () => {
    expect(storedSize(6000, 4000)).toEqual({ width: 2048, height: 1365 })
    expect(storedSize(1080, 1920)).toEqual({ width: 1080, height: 1920 })
    expect(storedSize(3000, 5000, 1000)).toEqual({ width: 600, height: 1000 })
    expect(storedSize(640, 480)).toEqual({ width: 640, height: 480 })
    expect(storedSize(10000, 1)).toEqual({ width: 2048, height: 1 })
  })

  it('keeps transparency as PNG, everything else as JPEG', () => {
    expect(storedType(true)).toBe('image/png')
    expect(storedType(false)).toBe('image/jpeg')
  })
})
