import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveToPlaceAroundSubject } from '../aroundSubject'
import { definePreset } from '../types'

/** Worm's-eye: the camera sinks to just above the ground near the subject and tilts up at it. */
export default definePreset({
  id: 'worms-eye',
  version: 1,
  label: "Worm's-eye",
  category: 'vertical',
  description:
    "The worm's-eye framing: the camera sinks to just above the ground near the subject and tilts up to hold it, so the figure towers against the sky. Lens height is measured from the ground plane. A framing reached by a move: use a short clip to arrive quickly.",
  keywords: ["worm's eye view", 'ground level', 'extreme low angle', 'low angle'],
  params: [
    { kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0.3, max: 10, default: 1.5, step: 0.05, description: 'Horizontal distance from the subject at the end' },
    { kind: 'number', name: 'lensHeight', label: 'Lens height', unit: 'm', min: 0.03, max: 1, default: 0.15, step: 0.01, description: 'Above the ground plane' },
  ],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) =>
    moveToPlaceAroundSubject(state, ctx, { distanceM: num(params, 'distance'), heightM: num(params, 'lensHeight'), aroundDeg: 0 }, ctx.progress),
})
