import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView } from '../moveOps'
import { definePreset } from '../types'

/** Dolly out: the camera travels along its view axis; the lens does not change. */
export default definePreset({
  id: 'dolly-out',
  version: 1,
  label: 'Dolly out',
  category: 'push-pull',
  description: 'The camera travels away from what it sees, along the lens axis, on a dolly. Unlike a zoom, perspective changes: the subject shrinks faster than the background.',
  keywords: ['track out', 'travel'],
  params: [{ kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0, max: 30, default: 1.5, step: 0.05 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => moveAlongView(state, -num(params, 'distance') * progress),
})
