import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { followSubject } from '../follow'
import { ROAD_RATES, ROAD_WEIGHTS, addShake } from '../shake'
import { definePreset } from '../types'

/** Car chase: the camera car follows the vehicle at speed, panning to keep it framed as it pulls away or is held. */
export default definePreset({
  id: 'car-chase',
  version: 1,
  label: 'Car chase',
  category: 'dynamic',
  description:
    'A chase: the camera rides a following car (or a tracking vehicle) behind or beside the moving vehicle, keeping it framed at speed with the jolt of the road. Follow below 1 lets the vehicle pull away while the camera pans after it. Give the subject a driving path.',
  keywords: ['car chasing', 'chase car', 'vehicle follow', 'tracking vehicle'],
  subjectMoves: { pace: 'drive', speedMps: 15 },
  params: [
    { kind: 'number', name: 'follow', label: 'Follow', unit: 'x', min: 0, max: 1, default: 0.9, step: 0.01, description: 'Share of the vehicle travel the camera car matches' },
    { kind: 'number', name: 'vibration', label: 'Road vibration', unit: 'cm', min: 0, max: 10, default: 1.5, step: 0.05 },
    { kind: 'number', name: 'buzz', label: 'Jolt', unit: 'deg', min: 0, max: 4, default: 0.5, step: 0.01 },
    { kind: 'number', name: 'road', label: 'Road rate', unit: 'Hz', min: 1, max: 20, default: 6, step: 0.5 },
    { kind: 'number', name: 'seed', label: 'Seed', unit: 'seed', min: 0, max: 99999, default: 9, step: 1, integer: true },
  ],
  defaultDurationS: 5,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) =>
    addShake(followSubject(state, ctx, num(params, 'follow')), ctx, {
      positionM: num(params, 'vibration') / 100,
      rotationDeg: num(params, 'buzz'),
      frequencyHz: num(params, 'road'),
      seed: num(params, 'seed'),
      weights: ROAD_WEIGHTS,
      rates: ROAD_RATES,
    }),
})
