/**
 * Float images and the few filters the tracker needs: area downsampling to the analysis size, a
 * 5-tap binomial pyramid, Scharr gradients and bilinear sampling. Pixel centres sit on integers.
 */
import type { GrayFrame } from './types'

export interface FloatImage {
  readonly width: number
  readonly height: number
  readonly data: Float32Array
}

/** The integer reduction factor that brings `widthPx` to at most `maxWidthPx` (at least 1). */
export const reductionFactor = (widthPx: number, maxWidthPx: number): number => Math.max(1, Math.ceil(widthPx / maxWidthPx))

/**
 * A frame averaged over `factor` x `factor` blocks (area downsampling; the last partial row and
 * column are dropped). A point x at full size is at (x + 0.5) / factor - 0.5 here.
 */
export const reducedImage = (frame: GrayFrame, factor: number): FloatImage => {
  const width = Math.max(1, Math.floor(frame.widthPx / factor))
  const height = Math.max(1, Math.floor(frame.heightPx / factor))
  const data = new Float32Array(width * height)
  const norm = 1 / (factor * factor)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let s = 0
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * frame.widthPx + x * factor
        for (let dx = 0; dx < factor; dx++) s += frame.luma[row + dx]
      }
      data[y * width + x] = s * norm
    }
  return { width, height, data }
}

const clampIndex = (i: number, n: number): number => (i < 0 ? 0 : i >= n ? n - 1 : i)

/** Separable [1 4 6 4 1] / 16 blur with replicated borders. */
export const binomialBlur = (img: FloatImage): FloatImage => {
  const { width, height } = img
  const tmp = new Float32Array(width * height)
  const out = new Float32Array(width * height)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const r = y * width
      tmp[r + x] =
        (img.data[r + clampIndex(x - 2, width)] + img.data[r + clampIndex(x + 2, width)] +
          4 * (img.data[r + clampIndex(x - 1, width)] + img.data[r + clampIndex(x + 1, width)]) +
          6 * img.data[r + x]) / 16
    }
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (yy: number) => tmp[clampIndex(yy, height) * width + x]
      out[y * width + x] = (at(y - 2) + at(y + 2) + 4 * (at(y - 1) + at(y + 1)) + 6 * at(y)) / 16
    }
  return { width, height, data: out }
}

/** Half size after the binomial blur: pixel (x, y) here is pixel (2x, 2y) below (x_up = 2 x_down). */
export const halfImage = (img: FloatImage): FloatImage => {
  const blurred = binomialBlur(img)
  const width = Math.max(1, Math.ceil(img.width / 2))
  const height = Math.max(1, Math.ceil(img.height / 2))
  const data = new Float32Array(width * height)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data[y * width + x] = blurred.data[2 * y * img.width + 2 * x]
  return { width, height, data }
}

/** Scharr derivatives (per pixel, normalised to intensity per pixel). */
export const gradients = (img: FloatImage): { gx: FloatImage; gy: FloatImage } => {
  const { width, height, data } = img
  const gx = new Float32Array(width * height)
  const gy = new Float32Array(width * height)
  const at = (x: number, y: number) => data[clampIndex(y, height) * width + clampIndex(x, width)]
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      gx[y * width + x] =
        (3 * (at(x + 1, y - 1) - at(x - 1, y - 1)) + 10 * (at(x + 1, y) - at(x - 1, y)) + 3 * (at(x + 1, y + 1) - at(x - 1, y + 1))) / 32
      gy[y * width + x] =
        (3 * (at(x - 1, y + 1) - at(x - 1, y - 1)) + 10 * (at(x, y + 1) - at(x, y - 1)) + 3 * (at(x + 1, y + 1) - at(x + 1, y - 1))) / 32
    }
  return { gx: { width, height, data: gx }, gy: { width, height, data: gy } }
}

/** Bilinear sample with replicated borders. */
export const sample = (img: FloatImage, x: number, y: number): number => {
  const { width, height, data } = img
  const xc = x < 0 ? 0 : x > width - 1 ? width - 1 : x
  const yc = y < 0 ? 0 : y > height - 1 ? height - 1 : y
  const x0 = Math.floor(xc)
  const y0 = Math.floor(yc)
  const x1 = x0 + 1 < width ? x0 + 1 : x0
  const y1 = y0 + 1 < height ? y0 + 1 : y0
  const fx = xc - x0
  const fy = yc - y0
  const top = data[y0 * width + x0] * (1 - fx) + data[y0 * width + x1] * fx
  const bottom = data[y1 * width + x0] * (1 - fx) + data[y1 * width + x1] * fx
  return top * (1 - fy) + bottom * fy
}

/** A tracking pyramid level: the image and its gradients. */
export interface PyramidLevel {
  readonly image: FloatImage
  readonly gx: FloatImage
  readonly gy: FloatImage
}

/** Levels 0 (the analysis image) to `levels - 1`, each half the one before; stops before a side drops under 16 px. */
export const buildPyramid = (base: FloatImage, levels: number): PyramidLevel[] => {
  const out: PyramidLevel[] = []
  let img = base
  for (let l = 0; l < levels; l++) {
    out.push({ image: img, ...gradients(img) })
    if (Math.min(img.width, img.height) < 32) break
    img = halfImage(img)
  }
  return out
}
