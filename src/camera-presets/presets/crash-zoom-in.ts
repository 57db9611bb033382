import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { definePreset } from '../types'

/** Crash zoom in: a very fast, large-ratio zoom that slams into the subject. */
export default definePreset({
  id: 'crash-zoom-in',
  version: 1,
  label: 'Crash zoom in',
  category: 'lens',
  description: 'A snap zoom: the focal length jumps up by a large ratio in a fraction of a second and settles. Comic or shock emphasis.',
  keywords: ['snap zoom', 'whip zoom'],
  params: [{ kind: 'number', name: 'ratio', label: 'Ratio', unit: 'x', min: 1, max: 20, default: 4, step: 0.1 }],
  defaultDurationS: 0.4,
  defaultEasing: namedEasing('ease-out-expo'),
  apply: (state, { progress }, params) => ({ ...state, focalLengthMm: state.focalLengthMm * Math.pow(num(params, 'ratio'), progress) }),
})
