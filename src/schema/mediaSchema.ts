/**
 * Schema 4: a shot's notes and reference image, the project's scratch track, and the `assets` an
 * exported project file carries beside the project (the bytes those point at, base64).
 */
import { z } from 'zod'
import {
  ASSET_ID_PATTERN,
  type AssetId,
  MAX_NOTES_CHARS,
  MAX_SCRATCH_GAIN_DB,
  MIN_SCRATCH_GAIN_DB,
  REFERENCE_IMAGE_TYPES,
  SCRATCH_AUDIO_TYPES,
} from '../timeline/media'
import { MAX_SHOT_DURATION_S } from '../timeline/model'

/** Reference images are stored at most this many pixels on the long side. */
export const MAX_REFERENCE_IMAGE_PX = 4096
/** The most bytes one asset may have in a project file (a scratch track of several minutes fits). */
export const MAX_ASSET_BYTES = 64 * 1024 * 1024

export const assetIdSchema = z
  .string()
  .regex(ASSET_ID_PATTERN, { message: "must be 'sha256:' and 64 lowercase hex digits" })
  .transform((s) => s as AssetId)

export const notesSchema = z.string().max(MAX_NOTES_CHARS)

const pixels = z.number().int().positive().max(MAX_REFERENCE_IMAGE_PX)

export const referenceImageSchema = z.strictObject({
  assetId: assetIdSchema,
  fileName: z.string().max(255),
  mimeType: z.enum(REFERENCE_IMAGE_TYPES),
  widthPx: pixels,
  heightPx: pixels,
})

export const scratchTrackSchema = z.strictObject({
  assetId: assetIdSchema,
  fileName: z.string().max(255),
  mimeType: z.enum(SCRATCH_AUDIO_TYPES),
  durationS: z.number().positive().max(4 * 60 * 60),
  offsetS: z.number().min(-4 * 60 * 60).max(MAX_SHOT_DURATION_S * 1000),
  gainDb: z.number().min(MIN_SCRATCH_GAIN_DB).max(MAX_SCRATCH_GAIN_DB),
})

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** One asset's bytes in a project file. */
export const fileAssetSchema = z.strictObject({
  mimeType: z.string().min(1).max(100),
  base64: z
    .string()
    .max(Math.ceil(MAX_ASSET_BYTES / 3) * 4, { message: `is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB` })
    .refine((s) => s.length % 4 === 0 && BASE64.test(s), { message: 'is not base64' }),
})

export const fileAssetsSchema = z.record(assetIdSchema, fileAssetSchema)

export type FileAsset = z.output<typeof fileAssetSchema>
/** Asset id -> its bytes (base64) and type, as a project file carries them. */
export type FileAssets = Readonly<Record<AssetId, FileAsset>>
