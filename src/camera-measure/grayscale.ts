/**
 * RGBA pixels (a canvas's ImageData) to the estimator's 8-bit grey frame: Rec. 709 luma of the
 * sRGB values, rounded. Pure; shared by the studio's video decoder and the previs frame source.
 */
import type { GrayFrame } from './types'

export const grayFromRgba = (rgba: Uint8ClampedArray | Uint8Array, widthPx: number, heightPx: number): GrayFrame => {
  const n = widthPx * heightPx
  if (rgba.length < n * 4) throw new Error(`RGBA data holds ${rgba.length / 4} pixels, not ${widthPx}x${heightPx}.`)
  const luma = new Uint8Array(n)
  for (let i = 0, j = 0; i < n; i++, j += 4) luma[i] = (0.2126 * rgba[j] + 0.7152 * rgba[j + 1] + 0.0722 * rgba[j + 2] + 0.5) | 0
  return { widthPx, heightPx, luma }
}

/** The size a frame is read at for measuring: at most `maxWidthPx` wide (the estimator reduces it further), the aspect kept, both even. */
export const analysisSize = (widthPx: number, heightPx: number, maxWidthPx = 640): { widthPx: number; heightPx: number } => {
  const scale = Math.min(1, maxWidthPx / widthPx)
  const even = (x: number) => Math.max(2, 2 * Math.round((x * scale) / 2))
  return { widthPx: even(widthPx), heightPx: even(heightPx) }
}
