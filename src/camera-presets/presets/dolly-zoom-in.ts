import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { dollyZoom } from '../dollyZoom'
import { definePreset } from '../types'

/** Dolly zoom in: dolly towards the subject while widening the lens; the subject holds its size, the background stretches away. */
export default definePreset({
  id: 'dolly-zoom-in',
  version: 1,
  label: 'Dolly zoom in',
  category: 'lens',
  description: 'Vertigo effect: the camera dollies towards the subject while the lens widens exactly as much, so the subject keeps its size and the background seems to rush away. The amount is a fraction of the subject depth.',
  keywords: ['vertigo', 'contra-zoom', 'zolly', 'hitchcock'],
  params: [{ kind: 'number', name: 'amount', label: 'Amount', unit: 'subject-distance', min: 0, max: 0.8, default: 0.5, step: 0.01 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => dollyZoom(state, ctx.subjectPoint, num(params, 'amount') * ctx.progress),
})
