/**
 * Pixels in the browser: decode an image file or stored asset, and encode a (resized or cropped)
 * region of it as the stored JPEG or PNG. OffscreenCanvas where there is one, else a DOM canvas.
 */
import type { ReferenceImageType } from '../timeline/media'
import type { PixelRect } from './core/aspect'
import { REFERENCE_JPEG_QUALITY } from './core/limits'

/** Decodes an image (EXIF orientation applied); null when the bytes are not a picture this browser reads. */
export const decodeImage = async (blob: Blob): Promise<ImageBitmap | null> => {
  try {
    const bitmap = await createImageBitmap(blob)
    if (bitmap.width < 1 || bitmap.height < 1) {
      bitmap.close()
      return null
    }
    return bitmap
  } catch {
    return null
  }
}

type Canvas2D = { canvas: OffscreenCanvas | HTMLCanvasElement; ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D }

const canvasOf = (width: number, height: number): Canvas2D => {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height)
    const ctx = canvas.getContext('2d')
    if (ctx) return { canvas, ctx }
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('this browser cannot draw images (no 2D canvas)')
  return { canvas, ctx }
}

/** Whether any pixel of the bitmap is not fully opaque (read at a small size: cheap, and enough to see transparency). */
export const hasTransparency = (bitmap: ImageBitmap): boolean => {
  const w = Math.min(bitmap.width, 256)
  const h = Math.max(1, Math.round((bitmap.height * w) / bitmap.width))
  const { ctx } = canvasOf(w, h)
  ctx.drawImage(bitmap, 0, 0, w, h)
  const data = ctx.getImageData(0, 0, w, h).data
  for (let i = 3; i < data.length; i += 4) if (data[i] < 255) return true
  return false
}

/** Draws `source` (a region of the bitmap) at `width`×`height` and encodes it as `type`. */
export const encodeRegion = async (bitmap: ImageBitmap, source: PixelRect, width: number, height: number, type: ReferenceImageType): Promise<Uint8Array> => {
  const { canvas, ctx } = canvasOf(width, height)
  ctx.imageSmoothingEnabled = true
  ctx.imageSmoothingQuality = 'high'
  if (type === 'image/jpeg') {
    // JPEG has no transparency: what is transparent becomes white, not black
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
  }
  ctx.drawImage(bitmap, source.x, source.y, source.width, source.height, 0, 0, width, height)
  const quality = type === 'image/png' ? undefined : REFERENCE_JPEG_QUALITY
  const blob =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type, quality })
      : await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), type, quality))
  return new Uint8Array(await blob.arrayBuffer())
}
