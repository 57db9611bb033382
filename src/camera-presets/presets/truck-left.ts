import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveSideways } from '../moveOps'
import { definePreset } from '../types'

/** Truck left: the camera travels sideways; orientation is fixed, so near objects slide faster than far ones. */
export default definePreset({
  id: 'truck-left',
  version: 1,
  label: 'Truck left',
  category: 'lateral',
  description: 'The camera travels sideways to its left without turning (crab). Strong parallax: foreground slides past the background.',
  keywords: ['crab', 'slide', 'lateral'],
  params: [{ kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0, max: 30, default: 1.5, step: 0.05 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => moveSideways(state, -num(params, 'distance') * progress),
})
