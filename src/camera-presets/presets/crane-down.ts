import { namedEasing } from '../../core/math/easing'
import { choice, num } from '../../timeline/moves'
import { CRANE_AIM_OPTIONS, swingCrane } from '../crane'
import { definePreset } from '../types'

/** Crane down: the raised jib arm swings down to level, lowering the camera on an arc. */
export default definePreset({
  id: 'crane-down',
  version: 1,
  label: 'Crane down',
  category: 'crane',
  description: 'The camera descends on a jib arm from a raised position to level: it sinks on an arc (reaching forward a little) and tilts to keep the subject framed. Lands into the scene.',
  keywords: ['jib down', 'boom down', 'descend'],
  params: [
    { kind: 'number', name: 'armLength', label: 'Arm length', unit: 'm', min: 0.5, max: 15, default: 4, step: 0.1 },
    { kind: 'number', name: 'angle', label: 'Arm swing', unit: 'deg', min: 0, max: 80, default: 30, step: 1 },
    { kind: 'choice', name: 'aim', label: 'Head', options: CRANE_AIM_OPTIONS, default: 'subject' },
  ],
  defaultDurationS: 5,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const angle = num(params, 'angle')
    return swingCrane(state, ctx.subjectPoint, num(params, 'armLength'), angle, angle * (1 - ctx.progress), choice(params, 'aim'))
  },
})
