import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView, subjectDistance } from '../moveOps'
import { definePreset } from '../types'

/** Push in: a slow, deliberate dolly towards the subject for emphasis, sized by subject distance. */
export default definePreset({
  id: 'push-in',
  version: 1,
  label: 'Push in',
  category: 'push-pull',
  description: 'A slow dolly towards the subject for emphasis. The distance is a fraction of the camera-to-subject distance, so 0.3 closes the gap by 30%.',
  keywords: ['push', 'creep in', 'slow dolly'],
  params: [{ kind: 'number', name: 'amount', label: 'Amount', unit: 'subject-distance', min: 0, max: 0.9, default: 0.3, step: 0.01 }],
  defaultDurationS: 5,
  defaultEasing: namedEasing('ease-in-out-cubic'),
  apply: (state, ctx, params) => moveAlongView(state, num(params, 'amount') * subjectDistance(state, ctx.subjectPoint) * ctx.progress),
})
