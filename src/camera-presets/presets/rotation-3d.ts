import { namedEasing } from '../../core/math/easing'
import { choice, num } from '../../timeline/moves'
import { orbitAboutVertical, orbitElevation } from '../moveOps'
import { definePreset } from '../types'

/** 3D rotation: the camera orbits the subject and climbs over it at the same time, on a sphere of constant radius. */
export default definePreset({
  id: 'rotation-3d',
  version: 1,
  label: '3D rotation',
  category: 'orbit',
  description:
    'The camera orbits the subject and climbs over it at once, spiralling up the same sphere: the subject turns in frame while the view tips from the side to above it. Distance and framing hold. Read as a camera move (an orbit in two axes), not a spin of the subject.',
  keywords: ['3d orbit', 'spiral orbit', 'orbit up'],
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
      default: 'left',
    },
    { kind: 'number', name: 'rise', label: 'Climb', unit: 'deg', min: 0, max: 80, default: 45, step: 1, description: 'Change of height angle over the subject (stops short of straight overhead)' },
  ],
  defaultDurationS: 6,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const sweep = (choice(params, 'direction') === 'left' ? -1 : 1) * num(params, 'angle') * ctx.progress
    return orbitElevation(orbitAboutVertical(state, ctx.subjectPoint, sweep), ctx.subjectPoint, num(params, 'rise') * ctx.progress)
  },
})
