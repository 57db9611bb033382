import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { definePreset } from '../types'

/** Zoom out: the focal length changes; the camera stays put, so perspective does not change. */
export default definePreset({
  id: 'zoom-out',
  version: 1,
  label: 'Zoom out',
  category: 'lens',
  description: 'The lens shortens: the image widens but the camera does not move, so there is no parallax. Ratio 2 halves the focal length.',
  keywords: ['optical zoom', 'focal length'],
  params: [{ kind: 'number', name: 'ratio', label: 'Ratio', unit: 'x', min: 1, max: 10, default: 2, step: 0.05 }],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out'),
  // Even in log space: each equal slice of time multiplies the focal length by the same factor.
  apply: (state, { progress }, params) => ({ ...state, focalLengthMm: state.focalLengthMm / Math.pow(num(params, 'ratio'), progress) }),
})
