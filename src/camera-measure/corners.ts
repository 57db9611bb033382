/**
 * Shi-Tomasi corners (the smaller eigenvalue of the gradient structure tensor over a 5x5 window),
 * local maxima only, spread over a grid so that every part of the image contributes tracks.
 */
import { type FloatImage, gradients } from './image'
import type { Point2 } from './types'

export interface CornerOptions {
  /** Side of a grid cell in pixels. */
  readonly cellPx: number
  /** At most this many corners per cell, strongest first. */
  readonly perCell: number
  /** A corner's response must reach this fraction of the strongest in the image. */
  readonly qualityLevel: number
  /** Corners closer than this to the border are skipped (pixels). */
  readonly borderPx: number
  /** Corners closer than this to a stronger one in the same cell are skipped (pixels). */
  readonly minDistancePx: number
}

export const DEFAULT_CORNER_OPTIONS: CornerOptions = { cellPx: 16, perCell: 3, qualityLevel: 0.01, borderPx: 8, minDistancePx: 4 }

/** The minimum-eigenvalue response per pixel (0 within 2 px of the border). */
export const shiTomasiResponse = (img: FloatImage): Float32Array => {
  const { width, height } = img
  const { gx, gy } = gradients(img)
  const response = new Float32Array(width * height)
  const r = 2
  for (let y = r; y < height - r; y++)
    for (let x = r; x < width - r; x++) {
      let sxx = 0
      let sxy = 0
      let syy = 0
      for (let dy = -r; dy <= r; dy++)
        for (let dx = -r; dx <= r; dx++) {
          const i = (y + dy) * width + x + dx
          const a = gx.data[i]
          const b = gy.data[i]
          sxx += a * a
          sxy += a * b
          syy += b * b
        }
      const half = (sxx + syy) / 2
      response[y * width + x] = half - Math.sqrt(((sxx - syy) / 2) ** 2 + sxy * sxy)
    }
  return response
}

/** Corners spread over a grid: in each cell the strongest local maxima above the quality level. */
export const detectCorners = (img: FloatImage, options: CornerOptions = DEFAULT_CORNER_OPTIONS): Point2[] => {
  const { width, height } = img
  const response = shiTomasiResponse(img)
  let max = 0
  for (let i = 0; i < response.length; i++) if (response[i] > max) max = response[i]
  if (max <= 0) return []
  const floor = max * options.qualityLevel
  const b = Math.max(options.borderPx, 3)
  const out: Point2[] = []
  for (let cy = b; cy < height - b; cy += options.cellPx)
    for (let cx = b; cx < width - b; cx += options.cellPx) {
      const candidates: { x: number; y: number; r: number }[] = []
      for (let y = cy; y < Math.min(cy + options.cellPx, height - b); y++)
        for (let x = cx; x < Math.min(cx + options.cellPx, width - b); x++) {
          const v = response[y * width + x]
          if (v < floor) continue
          let isMax = true
          for (let dy = -1; dy <= 1 && isMax; dy++)
            for (let dx = -1; dx <= 1; dx++)
              if ((dx || dy) && response[(y + dy) * width + x + dx] > v) {
                isMax = false
                break
              }
          if (isMax) candidates.push({ x, y, r: v })
        }
      candidates.sort((p, q) => q.r - p.r)
      const kept: { x: number; y: number }[] = []
      const minD2 = options.minDistancePx * options.minDistancePx
      for (const c of candidates) {
        if (kept.length >= options.perCell) break
        if (kept.some((k) => (k.x - c.x) ** 2 + (k.y - c.y) ** 2 < minD2)) continue
        kept.push({ x: c.x, y: c.y })
      }
      out.push(...kept)
    }
  return out
}
