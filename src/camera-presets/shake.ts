/**
 * Seeded operator or rig shake shared by the moves that carry one (head tracking, action run, the car
 * rigs, wiggle): smooth band-limited noise on position and angles, faded in and out at the clip's ends
 * so the move starts and ends exactly on its designed path. Handheld keeps its own copy (its output is
 * versioned and must not change).
 */
import { type NoiseChannel, createNoiseChannel } from '../core/math/noise'
import type { Degrees, Meters, Seconds } from '../core/units'
import type { MoveContext, MoveState } from '../timeline/moves'
import { fadeWindow, translate, turn } from './moveOps'

export interface ShakeSpec {
  readonly positionM: Meters
  readonly rotationDeg: Degrees
  readonly frequencyHz: number
  readonly seed: number
  /** Relative strength of the six channels: x, y, z, yaw, pitch, roll. */
  readonly weights: readonly [number, number, number, number, number, number]
  /** Relative frequency of each channel (vertical bounce of a gait is faster than its sway). */
  readonly rates: readonly [number, number, number, number, number, number]
}

const RAMP_S = 0.3

const cache = new Map<string, readonly NoiseChannel[]>()
const channelsFor = (spec: ShakeSpec): readonly NoiseChannel[] => {
  const key = `${spec.seed}|${spec.frequencyHz}|${spec.rates.join(',')}`
  let channels = cache.get(key)
  if (!channels) {
    channels = spec.rates.map((r, k) => createNoiseChannel(spec.seed * 16 + k, spec.frequencyHz * r))
    if (cache.size > 256) cache.clear()
    cache.set(key, channels)
  }
  return channels
}

/** Adds the shake to `state` at the clip's local time; zero at the clip's start and end. */
export const addShake = (state: MoveState, ctx: Pick<MoveContext, 'localTimeS' | 'durationS' | 'linearProgress'>, spec: ShakeSpec, rampS: Seconds = RAMP_S): MoveState => {
  const ramp = ctx.durationS > 0 ? Math.min(0.5, rampS / ctx.durationS) : 0.5
  const w = fadeWindow(ctx.linearProgress, ramp)
  if (w === 0 || (spec.positionM === 0 && spec.rotationDeg === 0)) return state
  const t = ctx.localTimeS
  const ch = channelsFor(spec)
  const k = spec.weights
  const pos = spec.positionM * w
  const rot = spec.rotationDeg * w
  const moved = translate(state, [pos * k[0] * ch[0](t), pos * k[1] * ch[1](t), pos * k[2] * ch[2](t)])
  return turn(moved, rot * k[3] * ch[3](t), rot * k[4] * ch[4](t), rot * k[5] * ch[5](t))
}

/** A walking or running operator: sway, a faster vertical bounce, breathing drift on the angles. */
export const GAIT_WEIGHTS = [1, 1, 0.6, 1, 1, 0.6] as const
export const GAIT_RATES = [1, 2, 1, 1, 2, 1] as const
/** A vehicle mount: mostly vertical road buzz, little sway. */
export const ROAD_WEIGHTS = [0.3, 1, 0.3, 0.4, 1, 0.5] as const
export const ROAD_RATES = [1, 1.3, 1, 1, 1.3, 1] as const
