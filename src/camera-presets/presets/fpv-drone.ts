import { namedEasing } from '../../core/math/easing'
import { addScaled } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { DEG_TO_RAD, RAD_TO_DEG } from '../../core/units'
import { horizontalForwardVector, horizontalRightVector } from '../moveOps'
import { definePreset } from '../types'

const G = 9.81

/** FPV drone: fast forward flight that carves a turn, banking into it like a racing quad. */
export default definePreset({
  id: 'fpv-drone',
  version: 1,
  label: 'FPV drone',
  category: 'drone',
  description: 'Fast, agile forward flight: the camera flies ahead on a curving path, climbing or diving, and banks into the turn (bank = atan(speed x turn rate / g)). Immersive and kinetic.',
  keywords: ['fpv', 'drone dive', 'racing drone', 'fly through'],
  params: [
    { kind: 'number', name: 'speed', label: 'Speed', unit: 'm/s', min: 0.5, max: 40, default: 8, step: 0.5 },
    { kind: 'number', name: 'turn', label: 'Turn', unit: 'deg', min: -270, max: 270, default: 60, step: 1, description: 'Heading change; positive turns left' },
    { kind: 'number', name: 'climb', label: 'Climb', unit: 'm', min: -30, max: 30, default: 1, step: 0.1 },
    { kind: 'number', name: 'bank', label: 'Bank factor', unit: 'x', min: 0, max: 2, default: 1, step: 0.05 },
  ],
  defaultDurationS: 5,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const p = ctx.progress
    const speed = num(params, 'speed')
    const turnRad = num(params, 'turn') * DEG_TO_RAD
    const heading = turnRad * p
    const straight = Math.abs(turnRad) < 1e-9
    const radius = straight ? 0 : (speed * ctx.durationS) / turnRad
    // a constant-curvature arc: forward R sin(h), left R (1 - cos h); a straight line when the turn is 0
    const forward = straight ? speed * ctx.durationS * p : radius * Math.sin(heading)
    const left = straight ? 0 : radius * (1 - Math.cos(heading))
    let position = addScaled(state.position, horizontalForwardVector(state), forward)
    position = addScaled(position, horizontalRightVector(state), -left)
    position = [position[0], position[1] + num(params, 'climb') * p, position[2]]
    const turnRate = ctx.durationS > 0 ? turnRad / ctx.durationS : 0
    const bankDeg = Math.atan((speed * turnRate) / G) * RAD_TO_DEG * num(params, 'bank')
    return {
      ...state,
      position,
      yawDeg: state.yawDeg + heading * RAD_TO_DEG,
      rollDeg: state.rollDeg + bankDeg * Math.sin(Math.PI * ctx.linearProgress),
    }
  },
})
