import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { definePreset } from '../types'

/** Dutch angle: settle into a canted horizon and hold it. */
export default definePreset({
  id: 'dutch-angle',
  version: 1,
  label: 'Dutch angle',
  category: 'rotate',
  description: 'The camera rolls to a canted horizon and holds it: unease, tension. The angle is the final tilt of the horizon, from level.',
  keywords: ['canted', 'dutch tilt', 'oblique'],
  params: [{ kind: 'number', name: 'angle', label: 'Cant', unit: 'deg', min: -45, max: 45, default: 15, step: 0.5 }],
  defaultDurationS: 1.5,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => ({ ...state, rollDeg: state.rollDeg + (num(params, 'angle') - state.rollDeg) * progress }),
})
