import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView } from '../moveOps'
import { definePreset } from '../types'

/** Super dolly in: a long, fast dolly in with a hard acceleration and landing. */
export default definePreset({
  id: 'super-dolly-in',
  version: 1,
  label: 'Super dolly in',
  category: 'push-pull',
  description:
    'A stronger, faster dolly in: the camera travels several times the usual distance towards what it sees along the lens axis in a few seconds, accelerating hard and landing hard, so the subject swells in frame and the background rushes. The lens does not change.',
  keywords: ['fast dolly in', 'power dolly in'],
  params: [{ kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0, max: 60, default: 8, step: 0.1 }],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out-cubic'),
  apply: (state, { progress }, params) => moveAlongView(state, num(params, 'distance') * progress),
})
