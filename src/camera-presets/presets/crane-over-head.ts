import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { elevationAbove, orbitElevation } from '../moveOps'
import { definePreset } from '../types'

/** Crane over the head: the camera sweeps up and over the subject until it looks down on them. */
export default definePreset({
  id: 'crane-over-head',
  version: 1,
  label: 'Crane over the head',
  category: 'crane',
  description: 'The camera sweeps up over the subject on an arc of constant distance, tilting down all the way, until it looks down on them from high above (the end height angle).',
  keywords: ['overhead crane', 'over the top', 'god shot'],
  params: [{ kind: 'number', name: 'endElevation', label: 'End height angle', unit: 'deg', min: 10, max: 89, default: 80, step: 1 }],
  defaultDurationS: 5,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const start = elevationAbove(state.position, ctx.subjectPoint)
    return orbitElevation(state, ctx.subjectPoint, (num(params, 'endElevation') - start) * ctx.progress)
  },
})
