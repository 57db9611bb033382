import { namedEasing } from '../../core/math/easing'
import { choice, num } from '../../timeline/moves'
import { turn } from '../moveOps'
import { definePreset } from '../types'

/** Whip pan: a pan so fast the image smears; often hides a cut. */
export default definePreset({
  id: 'whip-pan',
  version: 1,
  label: 'Whip pan',
  category: 'dynamic',
  description: 'An extremely fast pan that smears the image into motion blur, with a hard acceleration and stop. Used as a transition or to snap to a new subject. The camera does not travel.',
  keywords: ['swish pan', 'flash pan', 'snap pan'],
  params: [
    { kind: 'number', name: 'angle', label: 'Angle', unit: 'deg', min: 30, max: 360, default: 120, step: 1 },
    {
      kind: 'choice',
      name: 'direction',
      label: 'Direction',
      options: [
        { value: 'left', label: 'Left' },
        { value: 'right', label: 'Right' },
      ],
      default: 'right',
    },
  ],
  defaultDurationS: 0.35,
  defaultEasing: namedEasing('ease-in-out-quart'),
  apply: (state, { progress }, params) => turn(state, (choice(params, 'direction') === 'left' ? 1 : -1) * num(params, 'angle') * progress, 0, 0),
})
