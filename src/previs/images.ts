/** Still images from a rendered canvas: copied synchronously (right after the render), encoded async. */

/** Copies `source` into a new 2D canvas of `width` x `height` now (call right after rendering). */
export const snapshot = (source: HTMLCanvasElement, width = source.width, height = source.height): HTMLCanvasElement => {
  const c = document.createElement('canvas')
  c.width = width
  c.height = height
  const ctx = c.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas context')
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(source, 0, 0, width, height)
  return c
}

export const toBlob = (canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> =>
  new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`could not encode ${type}`))), type, quality))

export const THUMBNAIL_WIDTH = 192

/** Width and height of a thumbnail about 192 px wide (even height, at least 2). */
export const thumbnailSize = (width: number, height: number): { width: number; height: number } => ({
  width: THUMBNAIL_WIDTH,
  height: Math.max(2, 2 * Math.round((THUMBNAIL_WIDTH * height) / width / 2)),
})
