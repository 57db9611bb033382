import { namedEasing } from '../../core/math/easing'
import { addScaled } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { horizontalForwardVector, turn } from '../moveOps'
import { definePreset } from '../types'

/** Incline: the camera travels forward, level, while the head tilts (up by default). */
export default definePreset({
  id: 'incline',
  version: 1,
  label: 'Incline',
  category: 'push-pull',
  description:
    'The camera travels forward at a constant height while the head tilts, up by default, so the view inclines from what is ahead to what rises above it (down for a negative tilt). Read as a tilt during a forward travel, the camera move, rather than a slope the camera climbs.',
  keywords: ['tilt forward', 'forward tilt', 'travel and tilt'],
  params: [
    { kind: 'number', name: 'distance', label: 'Travel', unit: 'm', min: 0, max: 20, default: 2, step: 0.05, description: 'Horizontal travel towards where the lens points' },
    { kind: 'number', name: 'tilt', label: 'Tilt', unit: 'deg', min: -60, max: 60, default: 15, step: 0.5, description: 'Positive tilts up' },
  ],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) =>
    turn({ ...state, position: addScaled(state.position, horizontalForwardVector(state), num(params, 'distance') * progress) }, 0, num(params, 'tilt') * progress, 0),
})
