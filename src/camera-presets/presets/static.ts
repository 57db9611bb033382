import { namedEasing } from '../../core/math/easing'
import { definePreset } from '../types'

/** Locked off: nothing moves. Holds the framing the previous move left. */
export default definePreset({
  id: 'static',
  version: 1,
  label: 'Static',
  category: 'specialty',
  description: 'Locked-off camera: nothing moves. Holds whatever framing the previous move left.',
  keywords: ['locked off', 'hold', 'tripod'],
  params: [],
  defaultDurationS: 3,
  defaultEasing: namedEasing('linear'),
  apply: (state) => state,
})
