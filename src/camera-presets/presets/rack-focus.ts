import { namedEasing } from '../../core/math/easing'
import { distance } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { definePreset } from '../types'

/** Rack focus: the camera holds while focus pulls from its current distance to another plane. */
export default definePreset({
  id: 'rack-focus',
  version: 1,
  label: 'Rack focus',
  category: 'lens',
  description: 'The camera holds still while the focus pulls from the current plane to another distance, shifting attention between foreground and background. Reads best with a long lens and a wide aperture.',
  keywords: ['focus pull', 'pull focus', 'shift focus'],
  params: [{ kind: 'number', name: 'focusDistance', label: 'Focus to', unit: 'm', min: 0.3, max: 200, default: 12, step: 0.1 }],
  defaultDurationS: 2,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const from = state.focusOnSubject ? distance(state.position, ctx.subjectPoint) : state.focusDistanceM
    if (ctx.progress === 0) return state
    // focus is pulled in log space, like a follow-focus ring
    const to = num(params, 'focusDistance')
    return { ...state, focusOnSubject: false, focusDistanceM: from * Math.pow(to / from, ctx.progress) }
  },
})
