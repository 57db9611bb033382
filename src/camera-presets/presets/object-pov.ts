import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { moveToPlaceAroundSubject } from '../aroundSubject'
import { definePreset } from '../types'

/** Object POV: the camera goes to where an object sits near the subject and looks at the subject from there. */
export default definePreset({
  id: 'object-pov',
  version: 1,
  label: 'Object POV',
  category: 'specialty',
  description:
    "The object's point of view: the camera travels round to where a thing near the subject sits (a cup on the table, a phone, a dashboard, a shelf) and looks at the subject from there, low and close, and keeps watching it if it moves. Read as the object's view of the subject, not the subject's own POV (that is a first-person framing, set with the start framing).",
  keywords: ["object's view", 'prop pov', 'inanimate pov'],
  params: [
    { kind: 'number', name: 'distance', label: 'Object distance', unit: 'm', min: 0.1, max: 10, default: 0.8, step: 0.05, description: 'Horizontal distance from the subject to the object' },
    { kind: 'number', name: 'height', label: 'Object height', unit: 'm', min: 0, max: 4, default: 0.9, step: 0.05, description: 'Lens height above the ground (a table top is about 0.75 m)' },
    { kind: 'number', name: 'around', label: 'Around', unit: 'deg', min: -180, max: 180, default: 40, step: 1, description: 'How far round the subject the object sits from the camera; positive is counter-clockwise seen from above' },
  ],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) =>
    moveToPlaceAroundSubject(state, ctx, { distanceM: num(params, 'distance'), heightM: num(params, 'height'), aroundDeg: num(params, 'around') }, ctx.progress),
})
