import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { definePreset } from '../types'

/** Yoyo zoom: the lens zooms in and straight back out to where it began (once or several times). */
export default definePreset({
  id: 'yoyo-zoom',
  version: 1,
  label: 'Yoyo zoom',
  category: 'lens',
  description:
    'The lens zooms in by the ratio and straight back out to the focal length it started on, like a yoyo on its string: a punchy in-and-out with no camera travel. Several bounces make it a pulse.',
  keywords: ['zoom in out', 'bounce zoom', 'pulse zoom'],
  params: [
    { kind: 'number', name: 'ratio', label: 'Ratio', unit: 'x', min: 1, max: 10, default: 2.5, step: 0.1 },
    { kind: 'number', name: 'cycles', label: 'Bounces', unit: 'x', min: 1, max: 6, default: 1, step: 1, integer: true },
  ],
  defaultDurationS: 2.5,
  defaultEasing: namedEasing('linear'),
  apply: (state, { progress }, params) => {
    const k = Math.sin(Math.PI * num(params, 'cycles') * progress)
    return { ...state, focalLengthMm: state.focalLengthMm * Math.pow(num(params, 'ratio'), k * k) }
  },
})
