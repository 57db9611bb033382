import { namedEasing } from '../../core/math/easing'
import { addScaled, sub } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { moveAndReaim } from '../moveOps'
import { definePreset } from '../types'

/** Tracking: the camera travels with a moving subject, keeping it framed; the world streams past. */
export default definePreset({
  id: 'tracking',
  version: 1,
  label: 'Tracking',
  category: 'lateral',
  description: 'The camera travels with the subject as it walks (give the subject a path under Shot > Subject), keeping it framed while the background streams past. Follow below 1 lets the subject pull ahead while the head pans to keep it.',
  keywords: ['follow', 'tracking shot', 'travelling'],
  subjectMoves: { pace: 'walk', speedMps: 1.4 },
  params: [
    { kind: 'number', name: 'follow', label: 'Follow', unit: 'x', min: 0, max: 1, default: 1, step: 0.01, description: 'Share of the subject travel the camera matches' },
  ],
  defaultDurationS: 5,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) => {
    const travel = sub(ctx.subjectPoint, ctx.subjectPointAtStart)
    const position = addScaled(state.position, travel, num(params, 'follow'))
    return moveAndReaim(state, position, ctx.subjectPointAtStart, ctx.subjectPoint)
  },
})
