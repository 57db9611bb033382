/**
 * Media a project points at (schema 4): a shot's reference image and the project's scratch audio
 * track. The project holds only references (`AssetId`, the SHA-256 of the bytes) and what is needed
 * to lay them out without the bytes; the bytes live in the asset store (IndexedDB) and travel in
 * exported project files (`assets` beside the project). Share links carry none of it.
 */
import type { Seconds } from '../core/units'

/** `sha256:` and the 64 lowercase hex digits of the SHA-256 of the bytes. */
export type AssetId = `sha256:${string}`

export const ASSET_ID_PATTERN = /^sha256:[0-9a-f]{64}$/

export const REFERENCE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type ReferenceImageType = (typeof REFERENCE_IMAGE_TYPES)[number]

/** The shot's own picture: its start frame for routes that take one, a card in the director view, an overlay in the lens view. */
export interface ReferenceImage {
  readonly assetId: AssetId
  /** The name of the file it came from (shown, never used to find it). */
  readonly fileName: string
  readonly mimeType: ReferenceImageType
  /** Pixel size of the stored (possibly resized) image. */
  readonly widthPx: number
  readonly heightPx: number
}

export const SCRATCH_AUDIO_TYPES = ['audio/wav', 'audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/ogg', 'audio/opus', 'audio/webm', 'audio/flac'] as const
export type ScratchAudioType = (typeof SCRATCH_AUDIO_TYPES)[number]

export const MIN_SCRATCH_GAIN_DB = -60
export const MAX_SCRATCH_GAIN_DB = 12

/** The animatic's scratch audio track: one file laid under the whole sequence. */
export interface ScratchTrack {
  readonly assetId: AssetId
  readonly fileName: string
  readonly mimeType: ScratchAudioType
  /** Length of the decoded audio. */
  readonly durationS: Seconds
  /** Where the audio's first sample falls on the sequence clock (negative: the audio starts before the first shot). */
  readonly offsetS: Seconds
  /** Gain in decibels, MIN_SCRATCH_GAIN_DB..MAX_SCRATCH_GAIN_DB; 0 = as recorded. */
  readonly gainDb: number
}

export const MAX_NOTES_CHARS = 4000

/** The asset ids a project points at, each once, in document order. */
export const referencedAssetIds = (project: {
  readonly shots: readonly { readonly referenceImage?: ReferenceImage }[]
  readonly scratchTrack?: ScratchTrack
}): AssetId[] => {
  const ids = new Set<AssetId>()
  for (const shot of project.shots) if (shot.referenceImage) ids.add(shot.referenceImage.assetId)
  if (project.scratchTrack) ids.add(project.scratchTrack.assetId)
  return [...ids]
}
