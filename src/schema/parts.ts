/**
 * Zod schemas for the leaf values of a project (schema version 2): vectors, poses, lenses,
 * easings, the subject, the shot's prompt and the scene. Every number must be finite (zod 4 rejects NaN and
 * Infinity in z.number()). Objects are strict: an unknown field is an error, not dropped data.
 */
import { z } from 'zod'
import { ASPECT_RATIOS, FOCAL_LENGTH_RANGE_MM, type SensorId } from '../core/camera/lens'
import { EASING_NAMES, type EasingName, isValidBezier } from '../core/math/easing'
import { MAX_PROMPT_CHARS, type SetPieceKind } from '../timeline'

/** Runtime lists of string unions; the Record types make the compiler check they are complete. */
const SENSOR_ID_SET: Record<SensorId, true> = {
  'full-frame': true,
  'super-35': true,
  'aps-c': true,
  '16mm': true,
  'two-thirds-inch': true,
  custom: true,
}
const SET_PIECE_KIND_SET: Record<SetPieceKind, true> = { box: true, column: true, tree: true, wall: true }
const keysOf = <TKey extends string>(set: Record<TKey, true>) => Object.keys(set) as [TKey, ...TKey[]]

export const SENSOR_IDS = keysOf(SENSOR_ID_SET)
export const SET_PIECE_KINDS = keysOf(SET_PIECE_KIND_SET)

export const MAX_FPS = 120

export const finite = z.number()
export const positive = z.number().positive()
export const nonNegative = z.number().min(0)
export const id = z.string().min(1)
export const vec3 = z.tuple([finite, finite, finite])

export const aspectSchema = z.enum(ASPECT_RATIOS)
export const fpsSchema = z.number().positive().max(MAX_FPS)

export const poseSchema = z.strictObject({
  position: vec3,
  yawDeg: finite,
  pitchDeg: finite,
  rollDeg: finite,
})

export const lensSchema = z.strictObject({
  focalLengthMm: z.number().min(FOCAL_LENGTH_RANGE_MM.min).max(FOCAL_LENGTH_RANGE_MM.max),
  sensorId: z.enum(SENSOR_IDS),
  sensorWidthMm: positive,
  sensorHeightMm: positive,
  focusDistanceM: positive.nullable(),
  fStop: positive,
})

const bezierHandles = z
  .tuple([finite, finite, finite, finite])
  .refine((h) => isValidBezier(h), { message: 'must keep x1 and x2 within 0..1 and y1, y2 within -1..2' })

export const easingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('named'), name: z.enum(EASING_NAMES as [EasingName, ...EasingName[]]) }),
  z.strictObject({ kind: z.literal('bezier'), handles: bezierHandles }),
])

export const subjectPathSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('still') }),
  z.strictObject({ kind: z.literal('line'), distanceM: finite }),
  z.strictObject({ kind: z.literal('arc'), radiusM: nonNegative, sweepDeg: finite }),
])

export const subjectSchema = z.strictObject({
  groundPosition: vec3,
  facingDeg: finite,
  heightM: positive,
  aimHeightM: nonNegative,
  path: subjectPathSchema,
  form: z.enum(['figure', 'vehicle']).optional(),
})

const promptText = z.string().max(MAX_PROMPT_CHARS)

/** What the shot is of, in words (schema 2); empty strings mean unset. */
export const promptSchema = z.strictObject({ subject: promptText, negative: promptText })

export const setPieceSchema = z.strictObject({
  id,
  kind: z.enum(SET_PIECE_KINDS),
  label: z.string(),
  position: vec3,
  size: z.tuple([positive, positive, positive]),
  color: z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: 'must be a colour like #a1b2c3' }),
})
