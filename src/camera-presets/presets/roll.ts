import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { turn } from '../moveOps'
import { definePreset } from '../types'

/** Roll: the camera turns about its optical axis; the image rotates, the lens points the same way. */
export default definePreset({
  id: 'roll',
  version: 1,
  label: 'Roll',
  category: 'rotate',
  description: 'The camera turns about its own lens axis, so the whole image rotates. Positive is counter-clockwise as the operator sees it; 360 is a barrel roll.',
  keywords: ['barrel roll', '360 roll', 'rotate'],
  params: [{ kind: 'number', name: 'angle', label: 'Angle', unit: 'deg', min: -720, max: 720, default: 90, step: 1 }],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => turn(state, 0, 0, num(params, 'angle') * progress),
})
