import { namedEasing } from '../../core/math/easing'
import { choice } from '../../timeline/moves'
import { orbitAboutVertical } from '../moveOps'
import { definePreset } from '../types'

/** Orbit 360: one full turn around the subject at constant speed. */
export default definePreset({
  id: 'orbit-360',
  version: 1,
  label: 'Orbit 360',
  category: 'orbit',
  description: 'One full circle around the subject at constant speed and distance, ending where it began. The hero-reveal turntable shot.',
  keywords: ['360', 'full circle', 'around'],
  params: [
    {
      kind: 'choice',
      name: 'direction',
      label: 'Direction',
      options: [
        { value: 'left', label: 'Camera travels left' },
        { value: 'right', label: 'Camera travels right' },
      ],
      default: 'left',
    },
  ],
  defaultDurationS: 8,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) => orbitAboutVertical(state, ctx.subjectPoint, (choice(params, 'direction') === 'left' ? -360 : 360) * ctx.progress),
})
