import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView } from '../moveOps'
import { definePreset } from '../types'

/** Through object in: the camera pushes forward through a gap just in front of the lens (a doorway, window, fence, leaves). */
export default definePreset({
  id: 'through-object-in',
  version: 1,
  label: 'Through object in',
  category: 'push-pull',
  description:
    'The camera pushes forward through an opening just in front of the lens (a doorway, a window frame, a gap in leaves or a fence): the foreground frame fills the edges, slides past the lens and the shot opens onto the scene beyond. Place the opening where the lens is at "Opening ahead"; the path passes exactly through that point.',
  keywords: ['pass through', 'fly through', 'push through'],
  params: [
    { kind: 'number', name: 'openingAt', label: 'Opening ahead', unit: 'm', min: 0.05, max: 5, default: 0.5, step: 0.05, description: 'Distance from the lens to the opening when the move starts' },
    { kind: 'number', name: 'beyond', label: 'Travel beyond', unit: 'm', min: 0, max: 30, default: 2.5, step: 0.05, description: 'How far the camera carries on past the opening' },
  ],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => moveAlongView(state, (num(params, 'openingAt') + num(params, 'beyond')) * progress),
})
