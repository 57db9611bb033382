import { namedEasing } from '../../core/math/easing'
import { choice, num } from '../../timeline/moves'
import { CRANE_AIM_OPTIONS, swingCrane } from '../crane'
import { definePreset } from '../types'

/** Crane up: the jib arm swings up, lifting the camera on an arc while the head keeps the subject framed. */
export default definePreset({
  id: 'crane-up',
  version: 1,
  label: 'Crane up',
  category: 'crane',
  description: 'The camera rises on a jib arm: it climbs on an arc (drawing back a little as the arm lifts) and tilts down to keep the subject framed. Reveals the set from above.',
  keywords: ['jib up', 'boom up', 'rise'],
  params: [
    { kind: 'number', name: 'armLength', label: 'Arm length', unit: 'm', min: 0.5, max: 15, default: 4, step: 0.1 },
    { kind: 'number', name: 'angle', label: 'Arm swing', unit: 'deg', min: 0, max: 80, default: 30, step: 1 },
    { kind: 'choice', name: 'aim', label: 'Head', options: CRANE_AIM_OPTIONS, default: 'subject' },
  ],
  defaultDurationS: 5,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) =>
    swingCrane(state, ctx.subjectPoint, num(params, 'armLength'), 0, num(params, 'angle') * ctx.progress, choice(params, 'aim')),
})
