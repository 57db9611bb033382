import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveAlongView } from '../moveOps'
import { definePreset } from '../types'

/** Through object out: the camera pulls back out through a gap, ending with the gap framing the scene. */
export default definePreset({
  id: 'through-object-out',
  version: 1,
  label: 'Through object out',
  category: 'push-pull',
  description:
    'The camera pulls back along the lens axis and out through an opening behind it (a doorway, a window frame, a gap in leaves), ending just past it so the opening becomes a frame within the frame. Place the opening "Opening behind" the starting lens; the path passes exactly through that point.',
  keywords: ['pull through', 'pass through out'],
  params: [
    { kind: 'number', name: 'openingBehind', label: 'Opening behind', unit: 'm', min: 0.05, max: 30, default: 2.5, step: 0.05, description: 'Distance from the starting lens back to the opening' },
    { kind: 'number', name: 'beyond', label: 'Travel beyond', unit: 'm', min: 0, max: 5, default: 0.6, step: 0.05, description: 'How far past the opening the camera ends (the opening then frames the view)' },
  ],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, { progress }, params) => moveAlongView(state, -(num(params, 'openingBehind') + num(params, 'beyond')) * progress),
})
