import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView } from '../moveOps'
import { definePreset } from '../types'

const smootherstep = (u: number): number => u * u * u * (u * (6 * u - 15) + 10)

/** Share of the travel done after eased progress p: two pushes that each stop dead halfway (p itself outside [0, 1]). */
export const doubleDollyShare = (p: number): number => {
  if (p <= 0 || p >= 1) return p
  return p < 0.5 ? 0.5 * smootherstep(2 * p) : 0.5 + 0.5 * smootherstep(2 * p - 1)
}

/** Double dolly: two pushes in one shot; the camera dollies in, lands for a beat, and pushes again. */
export default definePreset({
  id: 'double-dolly',
  version: 1,
  label: 'Double dolly',
  category: 'push-pull',
  description:
    'Two pushes in one shot: the camera dollies in along the lens axis, lands for a beat, then pushes in again by the same amount, a stronger, stepped emphasis than one push. The tools that name it give no geometry; this is the reading of the name as a grip would run it (two moves of the dolly), not a dolly zoom.',
  keywords: ['double push', 'two step dolly'],
  params: [{ kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0, max: 30, default: 3, step: 0.05, description: 'The two pushes together' }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('linear'),
  apply: (state, { progress }, params) => moveAlongView(state, num(params, 'distance') * doubleDollyShare(progress)),
})
