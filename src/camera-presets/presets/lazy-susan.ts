import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { definePreset } from '../types'

/** Lazy Susan: the subject turns on a turntable while the camera holds; the background stays still. */
export default definePreset({
  id: 'lazy-susan',
  version: 1,
  label: 'Lazy Susan',
  category: 'orbit',
  description: 'The subject turns on a turntable in front of a still camera: an orbit in reverse. Unlike an orbit, the background does not move. Positive turns the subject to its left.',
  keywords: ['turntable', 'spin', 'product shot'],
  params: [{ kind: 'number', name: 'angle', label: 'Turn', unit: 'deg', min: -720, max: 720, default: 360, step: 1 }],
  defaultDurationS: 8,
  defaultEasing: namedEasing('linear'),
  apply: (state, { progress }, params) => ({ ...state, subjectSpinDeg: state.subjectSpinDeg + num(params, 'angle') * progress }),
})
