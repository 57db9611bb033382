import { namedEasing } from '../../core/math/easing'
import { choice, num } from '../../timeline/moves'
import { orbitAboutVertical } from '../moveOps'
import { definePreset } from '../types'

/** Bullet time: the camera sweeps around the subject while the action is frozen or crawls. */
export default definePreset({
  id: 'bullet-time',
  version: 1,
  label: 'Bullet time',
  category: 'specialty',
  description: 'The camera sweeps around the subject while the action is frozen (time rate 0) or crawls. The subject stops walking for the length of the move.',
  keywords: ['frozen moment', 'time slice', 'matrix'],
  params: [
    { kind: 'number', name: 'angle', label: 'Sweep', unit: 'deg', min: 0, max: 360, default: 180, step: 1 },
    {
      kind: 'choice',
      name: 'direction',
      label: 'Direction',
      options: [
        { value: 'left', label: 'Camera travels left' },
        { value: 'right', label: 'Camera travels right' },
      ],
      default: 'right',
    },
    { kind: 'number', name: 'timeRate', label: 'Action speed', unit: 'rate', min: 0, max: 1, default: 0.05, step: 0.01 },
  ],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out-cubic'),
  sceneTimeRate: (params) => num(params, 'timeRate'),
  apply: (state, ctx, params) =>
    orbitAboutVertical(state, ctx.subjectPoint, (choice(params, 'direction') === 'left' ? -1 : 1) * num(params, 'angle') * ctx.progress),
})
