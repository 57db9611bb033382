import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { orbitAboutVertical } from '../moveOps'
import { definePreset } from '../types'

/** Orbit right: the camera circles the subject, travelling to its own right, at constant distance, keeping its framing. */
export default definePreset({
  id: 'orbit-right',
  version: 1,
  label: 'Orbit right',
  category: 'orbit',
  description: 'The camera circles the subject on a level arc, travelling to its right (the subject turns the other way in frame). Distance to the subject and framing stay constant; the background sweeps behind.',
  keywords: ['arc', 'circle', 'around'],
  params: [{ kind: 'number', name: 'angle', label: 'Angle', unit: 'deg', min: 0, max: 360, default: 90, step: 1 }],
  defaultDurationS: 6,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => orbitAboutVertical(state, ctx.subjectPoint, num(params, 'angle') * ctx.progress),
})
