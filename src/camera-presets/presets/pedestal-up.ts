import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveVertically } from '../moveOps'
import { definePreset } from '../types'

/** Pedestal up: the camera rises or sinks straight up without tilting. */
export default definePreset({
  id: 'pedestal-up',
  version: 1,
  label: 'Pedestal up',
  category: 'vertical',
  description: 'The whole camera moves straight up without tilting (boom up, elevate). The horizon line slides through the frame.',
  keywords: ['boom', 'elevate', 'ped'],
  params: [{ kind: 'number', name: 'height', label: 'Height', unit: 'm', min: 0, max: 20, default: 1, step: 0.05 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => moveVertically(state, num(params, 'height') * progress),
})
