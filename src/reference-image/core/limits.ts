/**
 * What the studio takes as a reference image: image files up to MAX_REFERENCE_FILE_BYTES, stored at
 * most REFERENCE_LONG_SIDE_PX on their long side (never enlarged), as JPEG, or PNG where the
 * picture has transparency.
 */
import type { ReferenceImageType } from '../../timeline/media'

/** Files larger than this are refused before they are read. */
export const MAX_REFERENCE_FILE_BYTES = 25 * 1024 * 1024
/** Images are stored at most this many pixels on their long side (the schema's hard cap is 4096). */
export const REFERENCE_LONG_SIDE_PX = 2048
/** Quality of the stored JPEG (0..1). */
export const REFERENCE_JPEG_QUALITY = 0.9

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif|bmp|avif)$/i

/** The file's facts the checks need (a browser File fits). */
export interface FileFacts {
  readonly name: string
  readonly size: number
  readonly type: string
}

/** Whether a file is meant as an image: its type says so, or (no type given) its name ends like one. */
export const looksLikeImage = (file: Pick<FileFacts, 'name' | 'type'>): boolean => (file.type ? file.type.startsWith('image/') && file.type !== 'image/svg+xml' : IMAGE_EXTENSIONS.test(file.name))

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`

/** Why a file cannot be a reference image (one sentence), or null when it may be decoded. */
export const refuseFile = (file: FileFacts): string | null => {
  if (!looksLikeImage(file)) return `${file.name} is not an image: choose a JPEG, PNG or WebP file.`
  if (file.size > MAX_REFERENCE_FILE_BYTES) return `${file.name} is ${megabytes(file.size)}: a reference image can be at most ${megabytes(MAX_REFERENCE_FILE_BYTES)}.`
  if (file.size === 0) return `${file.name} is empty: it holds no picture.`
  return null
}

/** The sentence for a file the browser could not decode as an image. */
export const undecodableMessage = (fileName: string): string => `${fileName} could not be read as an image (it is damaged or of a kind this browser does not open).`

/** The stored size: the long side capped at `longSidePx`, the aspect kept, never enlarged. */
export const storedSize = (widthPx: number, heightPx: number, longSidePx = REFERENCE_LONG_SIDE_PX): { readonly width: number; readonly height: number } => {
  const scale = Math.min(1, longSidePx / Math.max(widthPx, heightPx))
  return { width: Math.max(1, Math.round(widthPx * scale)), height: Math.max(1, Math.round(heightPx * scale)) }
}

/** The stored type: PNG keeps transparency, JPEG everything else. */
export const storedType = (hasAlpha: boolean): ReferenceImageType => (hasAlpha ? 'image/png' : 'image/jpeg')

/** The file name kept with the image (the name of the file it came from, at most 255 characters). */
export const keptFileName = (originalName: string): string => {
  const name = originalName.trim() || 'image'
  return name.length > 255 ? name.slice(name.length - 255) : name
}
