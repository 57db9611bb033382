/**
 * Previs output sizes: the short side of the frame is 480, 720 or 1080 pixels, the long side follows
 * the shot's aspect, both even (H.264 needs even dimensions). Pure: the studio imports this without
 * loading the renderer.
 */
import { type AspectRatio, aspectValue } from '../core/camera/lens'

export const PREVIS_SIZES = ['480p', '720p', '1080p'] as const
export type PrevisSize = (typeof PREVIS_SIZES)[number]
export const DEFAULT_PREVIS_SIZE: PrevisSize = '720p'

const SHORT_SIDE_PX: Readonly<Record<PrevisSize, number>> = { '480p': 480, '720p': 720, '1080p': 1080 }

const even = (x: number): number => Math.max(2, 2 * Math.round(x / 2))

/** Width and height in pixels of a previs render of a shot of this aspect. */
export const previsDimensions = (aspect: AspectRatio, size: PrevisSize): { width: number; height: number } => {
  const shortSide = SHORT_SIDE_PX[size]
  const a = aspectValue(aspect)
  return a >= 1 ? { width: even(shortSide * a), height: shortSide } : { width: shortSide, height: even(shortSide / a) }
}
