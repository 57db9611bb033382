import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { followSubject } from '../follow'
import { GAIT_RATES, GAIT_WEIGHTS, addShake } from '../shake'
import { definePreset } from '../types'

/** Head tracking: a handheld operator walks with the subject, keeping their head framed. */
export default definePreset({
  id: 'head-tracking',
  version: 1,
  label: 'Head tracking',
  category: 'dynamic',
  description:
    "A handheld follow at walking pace: the operator walks with the subject (give it a walking path) and keeps the head framed, with the gentle sway and bounce of the operator's own steps. Follow below 1 lets the subject draw ahead while the head pans to keep it.",
  keywords: ['follow head', 'walking follow', 'handheld follow'],
  subjectMoves: { pace: 'walk', speedMps: 1.4 },
  params: [
    { kind: 'number', name: 'follow', label: 'Follow', unit: 'x', min: 0, max: 1, default: 1, step: 0.01, description: 'Share of the subject travel the camera matches' },
    { kind: 'number', name: 'sway', label: 'Sway', unit: 'cm', min: 0, max: 20, default: 2.5, step: 0.1 },
    { kind: 'number', name: 'wobble', label: 'Wobble', unit: 'deg', min: 0, max: 5, default: 0.7, step: 0.05 },
    { kind: 'number', name: 'gait', label: 'Step rate', unit: 'Hz', min: 0.5, max: 4, default: 1.8, step: 0.05, description: "The operator's steps per second" },
    { kind: 'number', name: 'seed', label: 'Seed', unit: 'seed', min: 0, max: 99999, default: 11, step: 1, integer: true },
  ],
  defaultDurationS: 6,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) =>
    addShake(followSubject(state, ctx, num(params, 'follow')), ctx, {
      positionM: num(params, 'sway') / 100,
      rotationDeg: num(params, 'wobble'),
      frequencyHz: num(params, 'gait') / 2,
      seed: num(params, 'seed'),
      weights: GAIT_WEIGHTS,
      rates: GAIT_RATES,
    }),
})
