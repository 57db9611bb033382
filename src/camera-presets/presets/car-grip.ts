import { namedEasing } from '../../core/math/easing'
import { sub } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { orbitAboutVertical, translate } from '../moveOps'
import { ROAD_RATES, ROAD_WEIGHTS, addShake } from '../shake'
import { definePreset } from '../types'

/** Car grip: the camera is bolted to the moving vehicle (a hood, door or bumper mount) and travels with it. */
export default definePreset({
  id: 'car-grip',
  version: 1,
  label: 'Car grip',
  category: 'dynamic',
  description:
    'A car mount: the camera is bolted to the moving vehicle (hood, door or bumper rig, via a grip) and travels and turns rigidly with it, so the car and its driver hold still in frame while the road streams and swings past, with only the buzz of the road. Give the subject a driving path.',
  keywords: ['car mount', 'hood mount', 'vehicle mount', 'hostess tray'],
  subjectMoves: { pace: 'drive', speedMps: 12 },
  params: [
    { kind: 'number', name: 'vibration', label: 'Road vibration', unit: 'cm', min: 0, max: 5, default: 0.5, step: 0.05 },
    { kind: 'number', name: 'buzz', label: 'Mount buzz', unit: 'deg', min: 0, max: 2, default: 0.2, step: 0.01 },
    { kind: 'number', name: 'road', label: 'Road rate', unit: 'Hz', min: 2, max: 25, default: 9, step: 0.5 },
    { kind: 'number', name: 'seed', label: 'Seed', unit: 'seed', min: 0, max: 99999, default: 5, step: 1, integer: true },
  ],
  defaultDurationS: 5,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) =>
    addShake(orbitAboutVertical(translate(state, sub(ctx.subjectPoint, ctx.subjectPointAtStart)), ctx.subjectPoint, ctx.subjectTurnDeg ?? 0), ctx, {
      positionM: num(params, 'vibration') / 100,
      rotationDeg: num(params, 'buzz'),
      frequencyHz: num(params, 'road'),
      seed: num(params, 'seed'),
      weights: ROAD_WEIGHTS,
      rates: ROAD_RATES,
    }),
})
