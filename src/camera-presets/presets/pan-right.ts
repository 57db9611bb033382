import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { turn } from '../moveOps'
import { definePreset } from '../types'

/** Pan right: the head turns about the vertical axis through the lens; the camera does not travel. */
export default definePreset({
  id: 'pan-right',
  version: 1,
  label: 'Pan right',
  category: 'rotate',
  description: 'The camera turns right on its head without travelling. No parallax: near and far slide across the frame together.',
  keywords: ['yaw', 'swivel'],
  params: [{ kind: 'number', name: 'angle', label: 'Angle', unit: 'deg', min: 0, max: 360, default: 45, step: 1 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => turn(state, -num(params, 'angle') * progress, 0, 0),
})
