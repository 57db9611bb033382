import { namedEasing } from '../../core/math/easing'
import { num } from '../../timeline/moves'
import { followSubject } from '../follow'
import { GAIT_RATES, GAIT_WEIGHTS, addShake } from '../shake'
import { definePreset } from '../types'

/** Action run: a handheld operator runs with the subject, the frame jolting with every stride. */
export default definePreset({
  id: 'action-run',
  version: 1,
  label: 'Action run',
  category: 'dynamic',
  description:
    'A handheld follow at a run: the operator sprints with the subject (give it a running path), jolting with every stride, and lets it pull a little ahead. Urgent and physical; the shake is seeded, so the take repeats exactly.',
  keywords: ['running follow', 'run and gun', 'chase on foot'],
  subjectMoves: { pace: 'run', speedMps: 4.5 },
  params: [
    { kind: 'number', name: 'follow', label: 'Follow', unit: 'x', min: 0, max: 1, default: 0.95, step: 0.01, description: 'Share of the subject travel the camera matches' },
    { kind: 'number', name: 'sway', label: 'Sway', unit: 'cm', min: 0, max: 30, default: 6, step: 0.1 },
    { kind: 'number', name: 'wobble', label: 'Wobble', unit: 'deg', min: 0, max: 8, default: 1.8, step: 0.05 },
    { kind: 'number', name: 'gait', label: 'Stride rate', unit: 'Hz', min: 1, max: 5, default: 2.8, step: 0.05, description: "The operator's strides per second" },
    { kind: 'number', name: 'seed', label: 'Seed', unit: 'seed', min: 0, max: 99999, default: 23, step: 1, integer: true },
  ],
  defaultDurationS: 4,
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
