import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView, subjectDistance } from '../moveOps'
import { definePreset } from '../types'

/** Pull out: a slow dolly away from the subject that reveals its surroundings. */
export default definePreset({
  id: 'pull-out',
  version: 1,
  label: 'Pull out',
  category: 'push-pull',
  description: 'A slow dolly away from the subject that reveals the surroundings. The distance is a fraction of the camera-to-subject distance, so 1 doubles it.',
  keywords: ['pull back', 'reveal', 'pull'],
  params: [{ kind: 'number', name: 'amount', label: 'Amount', unit: 'subject-distance', min: 0, max: 5, default: 0.6, step: 0.01 }],
  defaultDurationS: 5,
  defaultEasing: namedEasing('ease-in-out-cubic'),
  apply: (state, ctx, params) => moveAlongView(state, -num(params, 'amount') * subjectDistance(state, ctx.subjectPoint) * ctx.progress),
})
