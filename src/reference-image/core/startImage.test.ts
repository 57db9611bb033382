import { describe, expect, it } from 'vitest'
import type { ReferenceImage } from '../../timeline/media'
import { describeStartPicture, startPictureFor } from './startImage'

const image: ReferenceImage = { assetId: `sha256:${'a'.repeat(64)}`, fileName: 'street.jpg', mimeType: 'image/jpeg', widthPx: 1280, heightPx: 720 }

describe('the picture a generation starts from', () => {
  it('is the reference image for a take from the shot start, the previs frame otherwise', () => {
    expect(startPictureFor({ referenceImage: image })).toEqual({ kind: 'reference', image })
    expect(startPictureFor({})).toEqual({ kind: 'previs', timeS: 0 })
    // a later part of a chain starts mid-shot: the reference image shows the shot's start, not that moment
    expect(startPictureFor({ referenceImage: image }, 2.5)).toEqual({ kind: 'previs', timeS: 2.5 })
  })

  it('says which in words', () => {
    expect(describeStartPicture(startPictureFor({ referenceImage: image }))).toBe('your reference image (street.jpg)')
    expect(describeStartPicture(startPictureFor({}))).toBe('the previs first frame')
  })
})
