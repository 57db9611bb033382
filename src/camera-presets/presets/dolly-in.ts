import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView } from '../moveOps'
import { definePreset } from '../types'

/** Dolly in: the camera travels along its view axis; the lens does not change. */
export default definePreset({
  id: 'dolly-in',
  version: 1,
  label: 'Dolly in',
  category: 'push-pull',
  description: 'The camera travels towards what it sees, along the lens axis, on a dolly. Unlike a zoom, perspective changes: the subject grows faster than the background.',
  keywords: ['track in', 'travel'],
  params: [{ kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0, max: 30, default: 1.5, step: 0.05 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => moveAlongView(state, num(params, 'distance') * progress),
})
