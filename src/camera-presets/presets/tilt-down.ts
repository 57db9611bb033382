import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { turn } from '../moveOps'
import { definePreset } from '../types'

/** Tilt down: the lens swings down about the head's horizontal axis; the camera does not travel. */
export default definePreset({
  id: 'tilt-down',
  version: 1,
  label: 'Tilt down',
  category: 'rotate',
  description: 'The camera tips its lens downwards on the head without travelling.',
  keywords: ['pitch', 'look down'],
  params: [{ kind: 'number', name: 'angle', label: 'Angle', unit: 'deg', min: 0, max: 170, default: 20, step: 1 }],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => turn(state, 0, -num(params, 'angle') * progress, 0),
})
