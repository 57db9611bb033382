import { namedEasing } from '../../core/math/easing'
import { lerpVec3 } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { definePreset } from '../types'

/** Top-down: the camera rises to hang straight above the subject, looking down (bird's-eye). */
export default definePreset({
  id: 'top-down',
  version: 1,
  label: 'Top-down',
  category: 'drone',
  description: "The camera rises to a point straight above the subject and tilts until it looks straight down: the god's-eye, bird's-eye overhead. The horizon levels as it goes.",
  keywords: ['overhead', "bird's eye", 'god shot', 'aerial overhead'],
  params: [{ kind: 'number', name: 'height', label: 'Height above subject', unit: 'm', min: 1, max: 60, default: 6, step: 0.1 }],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const p = ctx.progress
    const s = ctx.subjectPoint
    const above: [number, number, number] = [s[0], s[1] + num(params, 'height'), s[2]]
    return {
      ...state,
      position: lerpVec3(state.position, above, p),
      pitchDeg: state.pitchDeg + (-90 - state.pitchDeg) * p,
      rollDeg: state.rollDeg * (1 - p),
    }
  },
})
