import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { fadeWindow, moveSideways, turn } from '../moveOps'
import { definePreset } from '../types'

const RAMP_S = 0.15

/** Wiggle: a fast, small side-to-side oscillation of the camera, eased in and out. */
export default definePreset({
  id: 'wiggle',
  version: 1,
  label: 'Wiggle',
  category: 'dynamic',
  description:
    'A fast, small, regular side-to-side wiggle: the camera shimmies left and right and turns a touch with it, several times a second, for a playful jittery energy. Unlike Handheld it is an even oscillation, not a drift.',
  keywords: ['jiggle', 'shimmy', 'jitter'],
  addsShake: true,
  params: [
    { kind: 'number', name: 'amplitude', label: 'Sway', unit: 'cm', min: 0, max: 30, default: 2, step: 0.1 },
    { kind: 'number', name: 'angle', label: 'Turn', unit: 'deg', min: 0, max: 5, default: 1.2, step: 0.05 },
    { kind: 'number', name: 'frequency', label: 'Rate', unit: 'Hz', min: 1, max: 15, default: 6, step: 0.1 },
  ],
  defaultDurationS: 2,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) => {
    const ramp = ctx.durationS > 0 ? Math.min(0.5, RAMP_S / ctx.durationS) : 0.5
    const wave = fadeWindow(ctx.linearProgress, ramp) * Math.sin(2 * Math.PI * num(params, 'frequency') * ctx.localTimeS)
    if (wave === 0) return state
    return turn(moveSideways(state, (num(params, 'amplitude') / 100) * wave), num(params, 'angle') * wave, 0, 0)
  },
})
