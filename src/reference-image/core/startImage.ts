/**
 * Which picture a generation starts from: the shot's reference image where it has one and the take
 * starts at the shot's beginning, else the previs frame at the take's start.
 */
import type { ReferenceImage } from '../../timeline/media'

export type StartPicture = { readonly kind: 'reference'; readonly image: ReferenceImage } | { readonly kind: 'previs'; readonly timeS: number }

/** `timeS`: where the take starts in its shot (a later part of a chain starts later, from the part before). */
export const startPictureFor = (shot: { readonly referenceImage?: ReferenceImage }, timeS = 0): StartPicture =>
  shot.referenceImage && timeS === 0 ? { kind: 'reference', image: shot.referenceImage } : { kind: 'previs', timeS }

/** The words for it in the Takes panel. */
export const describeStartPicture = (picture: StartPicture): string =>
  picture.kind === 'reference' ? `your reference image (${picture.image.fileName})` : picture.timeS === 0 ? 'the previs first frame' : `the previs frame at ${picture.timeS.toFixed(2)} s`
