import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { turn } from '../moveOps'
import { definePreset } from '../types'

/** Tilt up: the lens swings up about the head's horizontal axis; the camera does not travel. */
export default definePreset({
  id: 'tilt-up',
  version: 1,
  label: 'Tilt up',
  category: 'rotate',
  description: 'The camera tips its lens upwards on the head without travelling, revealing what is above.',
  keywords: ['pitch', 'look up'],
  params: [{ kind: 'number', name: 'angle', label: 'Angle', unit: 'deg', min: 0, max: 170, default: 20, step: 1 }],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => turn(state, 0, num(params, 'angle') * progress, 0),
})
