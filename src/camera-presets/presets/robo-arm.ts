import { namedEasing } from '../../core/math/easing'
import { clamp } from '../../core/units'
import type { MoveContext } from '../../timeline/moves'
import { choice, num } from '../../timeline/moves'
import { orbitAboutVertical, orbitElevation } from '../moveOps'
import { definePreset } from '../types'

/** The hold never takes more than this share of the clip, so the arm always has time to move. */
export const ROBO_ARM_MAX_HOLD_SHARE = 0.75

/** 0 -> 1 over the arm's run (clip start to clip end less the hold), on a quintic S-curve; 1 through the hold. */
export const roboArmRun = (ctx: Pick<MoveContext, 'linearProgress' | 'durationS'>, holdS: number): number => {
  const runShare = ctx.durationS > 0 ? Math.max(1 - holdS / ctx.durationS, 1 - ROBO_ARM_MAX_HOLD_SHARE) : 1
  const u = clamp(ctx.linearProgress / runShare, 0, 1)
  return u * u * u * (u * (6 * u - 15) + 10)
}

/** Robo arm: a motion-control arm whips the camera round the subject on a precise arc, then stops dead and holds. */
export default definePreset({
  id: 'robo-arm',
  version: 1,
  label: 'Robo arm',
  category: 'orbit',
  description:
    'A motion-control robot arm: the camera sweeps fast round the subject on an exact arc (rising or sinking on the same sphere), lands without overshoot and holds the new angle dead still. The arm runs its own precise S-curve, so the clip easing does not change it.',
  keywords: ['robot arm', 'motion control', 'bolt', 'robotic arm'],
  params: [
    { kind: 'number', name: 'angle', label: 'Sweep', unit: 'deg', min: 0, max: 180, default: 70, step: 1 },
    {
      kind: 'choice',
      name: 'direction',
      label: 'Direction',
      options: [
        { value: 'left', label: 'Camera travels left' },
        { value: 'right', label: 'Camera travels right' },
      ],
      default: 'right',
    },
    { kind: 'number', name: 'rise', label: 'Rise', unit: 'deg', min: -45, max: 45, default: 15, step: 1, description: 'Change of height angle over the subject' },
    { kind: 'number', name: 'hold', label: 'Hold', unit: 's', min: 0, max: 5, default: 1.2, step: 0.05, description: 'Still time at the end (at most three quarters of the clip)' },
  ],
  defaultDurationS: 3.5,
  defaultEasing: namedEasing('linear'),
  apply: (state, ctx, params) => {
    const s = roboArmRun(ctx, num(params, 'hold'))
    const sweep = (choice(params, 'direction') === 'left' ? -1 : 1) * num(params, 'angle') * s
    return orbitElevation(orbitAboutVertical(state, ctx.subjectPoint, sweep), ctx.subjectPoint, num(params, 'rise') * s)
  },
})
