import { namedEasing } from '../../core/math/easing'
import { addScaled } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { horizontalForwardVector, moveKeepingAim } from '../moveOps'
import { definePreset } from '../types'

/** Aerial pullback: a drone pulls back and up, faster and faster, the subject shrinking into the landscape. */
export default definePreset({
  id: 'aerial-pullback',
  version: 1,
  label: 'Aerial pullback',
  category: 'drone',
  description:
    'A high drone pull-out: the camera flies backwards and climbs, accelerating all the way, while holding the subject framed, so it shrinks fast into a vast landscape. Larger and accelerating where Aerial reveal glides evenly.',
  keywords: ['drone pullback', 'aerial pull out', 'drone pull away'],
  params: [
    { kind: 'number', name: 'pullBack', label: 'Fly back', unit: 'm', min: 0, max: 300, default: 40, step: 0.5 },
    { kind: 'number', name: 'rise', label: 'Climb', unit: 'm', min: 0, max: 200, default: 25, step: 0.5 },
  ],
  defaultDurationS: 6,
  defaultEasing: namedEasing('ease-in-cubic'),
  apply: (state, ctx, params) => {
    const p = ctx.progress
    const back = addScaled(state.position, horizontalForwardVector(state), -num(params, 'pullBack') * p)
    return moveKeepingAim(state, [back[0], back[1] + num(params, 'rise') * p, back[2]], ctx.subjectPoint)
  },
})
