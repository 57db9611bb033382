/**
 * The JSON of `framewright measure --json` (CONTRACTS.md: framewright.measurement v1), built in
 * the contract's field order, rounded, and validated by `measurementSchema` before it is returned.
 */
import { z } from 'zod'
import { CHANNELS, type MotionComparison, type MotionFrame } from './types'

export const MEASUREMENT_KIND = 'framewright.measurement'
export const MEASUREMENT_VERSION = 1

const finite = z.number().finite()
/** One frame of the contract's measurement (also the frames of a take's saved measurement, take-measurement/record.ts). */
export const motionFrameSchema = z.strictObject({
  t: finite.nonnegative(),
  panDeg: finite,
  tiltDeg: finite,
  rollDeg: finite,
  zoom: finite.positive(),
  parallax: z.boolean(),
  travel: z.tuple([finite, finite, finite]).nullable(),
})
const channelSchema = z.strictObject({
  channel: z.enum(CHANNELS),
  unit: z.enum(['deg', 'x', 'm', 'dir']),
  designed: finite,
  measured: finite,
  score: finite.min(0).max(1),
})
export const comparisonSchema = z.strictObject({
  score: finite.min(0).max(1),
  channels: z.array(channelSchema),
  verdicts: z.array(z.string().min(1)),
})
export const measurementSchema = z.strictObject({
  kind: z.literal(MEASUREMENT_KIND),
  version: z.literal(MEASUREMENT_VERSION),
  fps: finite.positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  hfovDeg: finite.gt(0).lt(180),
  frames: z.array(motionFrameSchema).min(1),
  comparison: comparisonSchema.optional(),
})
export type MeasurementJson = z.infer<typeof measurementSchema>

export interface MeasurementMeta {
  readonly fps: number
  readonly width: number
  readonly height: number
  readonly hfovDeg: number
}

/** x rounded to `digits` decimals, without -0. */
export const round = (x: number, digits: number): number => {
  const f = 10 ** digits
  const r = Math.round(x * f) / f
  return r === 0 ? 0 : r
}

const frameJson = (f: MotionFrame): MeasurementJson['frames'][number] => ({
  t: round(f.t, 4),
  panDeg: round(f.panDeg, 2),
  tiltDeg: round(f.tiltDeg, 2),
  rollDeg: round(f.rollDeg, 2),
  zoom: round(f.zoom, 4),
  parallax: f.parallax,
  travel: f.parallax && f.travel ? [round(f.travel[0], 3), round(f.travel[1], 3), round(f.travel[2], 3)] : null,
})

/** The contract's measurement object; throws one sentence naming the first bad field if the input cannot make one. */
export const measurementJson = (frames: readonly MotionFrame[], meta: MeasurementMeta, comparison?: MotionComparison): MeasurementJson => {
  const out: MeasurementJson = {
    kind: MEASUREMENT_KIND,
    version: MEASUREMENT_VERSION,
    fps: round(meta.fps, 3),
    width: meta.width,
    height: meta.height,
    hfovDeg: round(meta.hfovDeg, 2),
    frames: frames.map(frameJson),
    ...(comparison
      ? {
          comparison: {
            score: round(comparison.score, 2),
            channels: comparison.channels.map((c) => ({
              channel: c.channel,
              unit: c.unit,
              designed: round(c.designed, c.unit === 'x' ? 3 : 2),
              measured: round(c.measured, c.unit === 'x' ? 3 : 2),
              score: round(c.score, 2),
            })),
            verdicts: [...comparison.verdicts],
          },
        }
      : {}),
  }
  const checked = measurementSchema.safeParse(out)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new Error(`The measurement cannot be written: ${issue.path.join('.') || 'the object'} ${issue.message.toLowerCase()}.`)
  }
  return checked.data
}
