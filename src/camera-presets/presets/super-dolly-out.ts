import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView } from '../moveOps'
import { definePreset } from '../types'

/** Super dolly out: a long, fast dolly out with a hard acceleration and landing. */
export default definePreset({
  id: 'super-dolly-out',
  version: 1,
  label: 'Super dolly out',
  category: 'push-pull',
  description:
    'A stronger, faster dolly out: the camera travels several times the usual distance back away from what it sees along the lens axis in a few seconds, accelerating hard and landing hard, so the world floods in around the subject and the background rushes. The lens does not change.',
  keywords: ['fast dolly out', 'power dolly out'],
  params: [{ kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0, max: 60, default: 8, step: 0.1 }],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out-cubic'),
  apply: (state, { progress }, params) => moveAlongView(state, -num(params, 'distance') * progress),
})
