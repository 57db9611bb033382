/**
 * The saved form of a measurement (`framewright.take-measurement`, version 1): the camera motion
 * the estimator found in a take's video, or in the previs of a take's design (the reference the take
 * is scored against), as the contract's frames. One load path: decode, (migrate), validate (zod);
 * a record that fails is skipped with a reason and measured again on demand.
 */
import { z } from 'zod'
import { type MotionFrame, motionFrameSchema } from '../camera-measure/compare'

export const MEASUREMENT_RECORD_KIND = 'framewright.take-measurement'
export const MEASUREMENT_RECORD_VERSION = 1

export interface MeasurementRecord {
  readonly kind: typeof MEASUREMENT_RECORD_KIND
  readonly version: typeof MEASUREMENT_RECORD_VERSION
  /** The take's id, or `previs:<design key>` for the previs of a design. */
  readonly key: string
  /** Epoch milliseconds. */
  readonly measuredAt: number
  /** The measured video's frame rate, size and length (the previs: its frame grid and render size). */
  readonly fps: number
  readonly widthPx: number
  readonly heightPx: number
  readonly durationS: number
  /** The horizontal field of view the estimator assumed. */
  readonly hfovDeg: number
  /** Frames whose pair could not be matched (motion held there). */
  readonly unmatchedFrames: number
  readonly frames: readonly MotionFrame[]
}

const finite = z.number().finite()

const recordSchema = z
  .object({
    kind: z.literal(MEASUREMENT_RECORD_KIND),
    version: z.literal(MEASUREMENT_RECORD_VERSION),
    key: z.string().min(1),
    measuredAt: finite,
    fps: finite.positive(),
    widthPx: z.number().int().positive(),
    heightPx: z.number().int().positive(),
    durationS: finite.min(0),
    hfovDeg: finite.gt(0).lt(180),
    unmatchedFrames: z.number().int().min(0),
    frames: z.array(motionFrameSchema).min(1),
  })
  .strict()

export type LoadedMeasurement = { readonly ok: true; readonly record: MeasurementRecord } | { readonly ok: false; readonly message: string }

/** The one load path of a saved measurement. Never throws. */
export const loadMeasurementRecord = (value: unknown): LoadedMeasurement => {
  const kind = (value as { kind?: unknown } | null)?.kind
  const version = (value as { version?: unknown } | null)?.version
  if (kind !== MEASUREMENT_RECORD_KIND) return { ok: false, message: 'not a saved measurement' }
  if (typeof version === 'number' && version > MEASUREMENT_RECORD_VERSION) return { ok: false, message: `a measurement saved by a newer Framewright (version ${version})` }
  const parsed = recordSchema.safeParse(value)
  if (parsed.success) return { ok: true, record: parsed.data as MeasurementRecord }
  const issue = parsed.error.issues[0]
  return { ok: false, message: `a damaged measurement (${issue.path.join('.') || 'record'}: ${issue.message})` }
}
