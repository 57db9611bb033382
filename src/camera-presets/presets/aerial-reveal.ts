import { namedEasing } from '../../core/math/easing'
import { addScaled } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { horizontalForwardVector, moveKeepingAim } from '../moveOps'
import { definePreset } from '../types'

/** Aerial reveal: a drone climbs and backs away while holding the subject, revealing the world around it. */
export default definePreset({
  id: 'aerial-reveal',
  version: 1,
  label: 'Aerial reveal',
  category: 'drone',
  description: 'A drone climbs and flies backwards while keeping the subject framed, so the subject shrinks into a wide view of its surroundings. The establishing pull-away.',
  keywords: ['drone reveal', 'pull away', 'establishing', 'aerial'],
  params: [
    { kind: 'number', name: 'rise', label: 'Climb', unit: 'm', min: 0, max: 100, default: 12, step: 0.5 },
    { kind: 'number', name: 'pullBack', label: 'Fly back', unit: 'm', min: 0, max: 100, default: 10, step: 0.5 },
  ],
  defaultDurationS: 8,
  defaultEasing: namedEasing('ease-in-out-cubic'),
  apply: (state, ctx, params) => {
    const p = ctx.progress
    const back = addScaled(state.position, horizontalForwardVector(state), -num(params, 'pullBack') * p)
    return moveKeepingAim(state, [back[0], back[1] + num(params, 'rise') * p, back[2]], ctx.subjectPoint)
  },
})
