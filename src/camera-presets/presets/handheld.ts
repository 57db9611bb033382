import { namedEasing } from '../../core/math/easing'
import { type NoiseChannel, createNoiseChannel } from '../../core/math/noise'
import { type ResolvedParams, num } from '../../timeline/moves'
import { fadeWindow, translate, turn } from '../moveOps'
import { definePreset } from '../types'

const RAMP_S = 0.3

// The six noise channels are pure functions of (seed, frequency): build them once per resolved
// parameter set (the evaluator resolves a clip's parameters once and passes the same object each frame).
const channelsByParams = new WeakMap<ResolvedParams, readonly NoiseChannel[]>()
const noiseChannels = (params: ResolvedParams): readonly NoiseChannel[] => {
  let channels = channelsByParams.get(params)
  if (!channels) {
    const seed = num(params, 'seed')
    const f = num(params, 'frequency')
    // six independent channels; slower breathing on the vertical axis
    const hz = [f, f * 0.6, f, f, f, f * 0.8]
    channels = hz.map((h, k) => createNoiseChannel(seed * 16 + k, h))
    channelsByParams.set(params, channels)
  }
  return channels
}

/** Handheld: organic operator shake, from a seeded noise generator so it is the same every time. */
export default definePreset({
  id: 'handheld',
  version: 1,
  label: 'Handheld',
  category: 'dynamic',
  description: 'Organic shoulder-rig instability: small drifting wobbles in position and angle, eased in and out at the ends. The seed picks one exact, repeatable take.',
  keywords: ['shake', 'documentary', 'shaky cam', 'camera shake'],
  addsShake: true,
  params: [
    { kind: 'number', name: 'positionAmplitude', label: 'Sway', unit: 'cm', min: 0, max: 20, default: 1.5, step: 0.1 },
    { kind: 'number', name: 'rotationAmplitude', label: 'Wobble', unit: 'deg', min: 0, max: 5, default: 0.6, step: 0.05 },
    { kind: 'number', name: 'frequency', label: 'Frequency', unit: 'Hz', min: 0.1, max: 6, default: 1.2, step: 0.05 },
    { kind: 'number', name: 'seed', label: 'Seed', unit: 'seed', min: 0, max: 99999, default: 7, step: 1, integer: true },
  ],
  defaultDurationS: 4,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) => {
    const t = ctx.localTimeS
    const ramp = ctx.durationS > 0 ? Math.min(0.5, RAMP_S / ctx.durationS) : 0.5
    const w = fadeWindow(ctx.linearProgress, ramp)
    if (w === 0) return state
    const pos = (num(params, 'positionAmplitude') / 100) * w
    const rot = num(params, 'rotationAmplitude') * w
    const ch = noiseChannels(params)
    const moved = translate(state, [pos * ch[0](t), pos * ch[1](t), pos * ch[2](t)])
    return turn(moved, rot * ch[3](t), rot * ch[4](t), rot * 0.7 * ch[5](t))
  },
})
