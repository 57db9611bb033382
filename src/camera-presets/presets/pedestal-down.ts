import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveVertically } from '../moveOps'
import { definePreset } from '../types'

/** Pedestal down: the camera rises or sinks straight down without tilting. */
export default definePreset({
  id: 'pedestal-down',
  version: 1,
  label: 'Pedestal down',
  category: 'vertical',
  description: 'The whole camera moves straight down without tilting (boom down, elevate). The horizon line slides through the frame.',
  keywords: ['boom', 'elevate', 'ped'],
  params: [{ kind: 'number', name: 'height', label: 'Height', unit: 'm', min: 0, max: 20, default: 1, step: 0.05 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => moveVertically(state, -num(params, 'height') * progress),
})
