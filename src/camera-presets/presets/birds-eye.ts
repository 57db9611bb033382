import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveToPlaceAroundSubject } from '../aroundSubject'
import { definePreset } from '../types'

/** Bird's-eye: the camera climbs high above and a little to the side of the subject, looking steeply down at it. */
export default definePreset({
  id: 'birds-eye',
  version: 1,
  label: "Bird's-eye",
  category: 'drone',
  description:
    "The bird's-eye framing: the camera climbs high above the subject, a little to the side, and tilts steeply down to hold it, small in a wide view of the ground. Tools use the name both for this and for straight down; straight down is Top-down here, since Higgsfield lists Bird's-Eye and Overhead as two framings.",
  keywords: ["bird's eye view", 'high angle', 'aerial view'],
  params: [
    { kind: 'number', name: 'height', label: 'Height', unit: 'm', min: 2, max: 120, default: 15, step: 0.5, description: 'Lens height above the ground plane' },
    { kind: 'number', name: 'distance', label: 'Offset', unit: 'm', min: 0.5, max: 60, default: 5, step: 0.1, description: 'Horizontal distance from the subject (straight down is Top-down)' },
  ],
  defaultDurationS: 4,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) =>
    moveToPlaceAroundSubject(state, ctx, { distanceM: num(params, 'distance'), heightM: num(params, 'height'), aroundDeg: 0 }, ctx.progress),
})
