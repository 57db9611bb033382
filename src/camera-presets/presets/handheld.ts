import { namedEasing } from '../../core/math/easing'
import { type NoiseChannel, createNoiseChannel } from '../../core/math/noise'
import { num } from '../../timeline/moves'
import { fadeWindow, translate, turn } from '../moveOps'
import { definePreset } from '../types'

const RAMP_S = 0.3

// Noise channels are pure functions of (seed, channel, frequency): build each once, not per frame.
const channelCache = new Map<string, NoiseChannel>()
const noiseChannel = (seed: number, hz: number): NoiseChannel => {
  const key = `${seed}:${hz}`
  let channel = channelCache.get(key)
  if (!channel) {
    if (channelCache.size > 512) channelCache.clear()
    channel = createNoiseChannel(seed, hz)
    channelCache.set(key, channel)
  }
  return channel
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
    const seed = num(params, 'seed')
    const f = num(params, 'frequency')
    const t = ctx.localTimeS
    const ramp = ctx.durationS > 0 ? Math.min(0.5, RAMP_S / ctx.durationS) : 0.5
    const w = fadeWindow(ctx.linearProgress, ramp)
    if (w === 0) return state
    const pos = (num(params, 'positionAmplitude') / 100) * w
    const rot = num(params, 'rotationAmplitude') * w
    // six independent channels; slower breathing on the vertical axis
    const ch = (k: number, hz: number) => noiseChannel(seed * 16 + k, hz)(t)
    const moved = translate(state, [pos * ch(0, f), pos * ch(1, f * 0.6), pos * ch(2, f)])
    return turn(moved, rot * ch(3, f), rot * ch(4, f), rot * 0.7 * ch(5, f * 0.8))
  },
})
