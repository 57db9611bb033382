import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveKeepingAim } from '../moveOps'
import { definePreset } from '../types'

/** Even an overshooting easing leaves this share of the ground distance to the subject. */
const MIN_KEPT_SHARE = 0.05

/** Hero cam: from a low angle the camera rises and pushes in on the subject, keeping it framed. */
export default definePreset({
  id: 'hero-cam',
  version: 1,
  label: 'Hero cam',
  category: 'push-pull',
  description:
    'The hero shot: from low, looking up, the camera pushes in along the ground towards the subject while it rises, holding the subject framed, so the figure towers and then meets the lens. Start it from a low framing (or after Worm\'s-eye); the move itself is the rising push.',
  keywords: ['hero shot', 'low angle push', 'rising push in'],
  params: [
    { kind: 'number', name: 'push', label: 'Push in', unit: 'subject-distance', min: 0, max: 0.9, default: 0.4, step: 0.01, description: 'Share of the ground distance to the subject the camera closes' },
    { kind: 'number', name: 'rise', label: 'Rise', unit: 'm', min: 0, max: 5, default: 0.8, step: 0.05 },
  ],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const p = ctx.progress
    const s = ctx.subjectPoint
    // along the ground towards the subject, never onto its vertical (a level head would flip there)
    const keep = Math.max(MIN_KEPT_SHARE, 1 - num(params, 'push') * p)
    const x = s[0] + (state.position[0] - s[0]) * keep
    const z = s[2] + (state.position[2] - s[2]) * keep
    return moveKeepingAim(state, [x, state.position[1] + num(params, 'rise') * p, z], s)
  },
})
