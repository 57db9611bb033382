import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { dollyZoom } from '../dollyZoom'
import { definePreset } from '../types'

/** Dolly zoom out: dolly away from the subject while lengthening the lens; the subject holds its size, the background looms. */
export default definePreset({
  id: 'dolly-zoom-out',
  version: 1,
  label: 'Dolly zoom out',
  category: 'lens',
  description: 'Vertigo effect, reversed: the camera dollies away while the lens lengthens exactly as much, so the subject keeps its size and the background closes in behind it. The amount is a fraction of the subject depth (1 doubles it).',
  keywords: ['vertigo', 'contra-zoom', 'zolly', 'jaws'],
  params: [{ kind: 'number', name: 'amount', label: 'Amount', unit: 'subject-distance', min: 0, max: 4, default: 1, step: 0.01 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => dollyZoom(state, ctx.subjectPoint, -num(params, 'amount') * ctx.progress),
})
