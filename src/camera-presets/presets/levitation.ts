import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveVertically, turn } from '../moveOps'
import { definePreset } from '../types'

/** Levitation: the camera floats slowly straight up, tilting down a little as it goes. */
export default definePreset({
  id: 'levitation',
  version: 1,
  label: 'Levitation',
  category: 'vertical',
  description:
    'The camera floats slowly straight up, as if weightless, and tilts down a little as it rises, so the subject sinks gently in frame. Higgsfield also uses the name for an effect where the subject floats; here it is the camera move, which is what a camera preset can make exact.',
  keywords: ['float up', 'levitate', 'slow rise'],
  params: [
    { kind: 'number', name: 'height', label: 'Rise', unit: 'm', min: 0, max: 10, default: 1.2, step: 0.05 },
    { kind: 'number', name: 'tilt', label: 'Tilt down', unit: 'deg', min: 0, max: 30, default: 6, step: 0.5 },
  ],
  defaultDurationS: 6,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => turn(moveVertically(state, num(params, 'height') * progress), 0, -num(params, 'tilt') * progress, 0),
})
