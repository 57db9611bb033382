import { namedEasing } from '../../core/math/easing'
import { choice, num } from '../../timeline/moves'
import { orbitAboutVertical, orbitElevation } from '../moveOps'
import { definePreset } from '../types'

/** Arc: a partial orbit that can also rise or sink over the subject, on a sphere of constant radius. */
export default definePreset({
  id: 'arc',
  version: 1,
  label: 'Arc',
  category: 'orbit',
  description: 'A partial orbit around the subject that may also climb or sink on the same sphere: the distance to the subject never changes, the framing holds.',
  keywords: ['arc shot', 'partial orbit'],
  params: [
    { kind: 'number', name: 'angle', label: 'Sweep', unit: 'deg', min: 0, max: 180, default: 35, step: 1 },
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
    { kind: 'number', name: 'elevation', label: 'Rise', unit: 'deg', min: -60, max: 60, default: 10, step: 1, description: 'Change of height angle over the subject' },
  ],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const sweep = (choice(params, 'direction') === 'left' ? -1 : 1) * num(params, 'angle') * ctx.progress
    const around = orbitAboutVertical(state, ctx.subjectPoint, sweep)
    return orbitElevation(around, ctx.subjectPoint, num(params, 'elevation') * ctx.progress)
  },
})
