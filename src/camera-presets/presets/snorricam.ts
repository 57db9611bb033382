import { namedEasing } from '../../core/math/easing'
import { sub } from '../../core/math/vec3'
import { num } from '../../timeline/moves'
import { fadeWindow, orbitAboutVertical, translate } from '../moveOps'
import { definePreset } from '../types'

const RAMP_S = 0.3

/** Snorricam: the camera is rigged to the actor's body, so the actor holds still in frame while the world swings behind. */
export default definePreset({
  id: 'snorricam',
  version: 1,
  label: 'Snorricam',
  category: 'dynamic',
  description:
    "The camera is rigged to the actor's body (a chest or body mount facing them): it carries with every step and turn, so the actor stays locked in the same place in frame while the world swings and lurches behind. It turns with every turn of the actor's path; Turn adds a turn of the actor on the spot, Sway the body's twist at each step.",
  keywords: ['body mount', 'body cam', 'chest rig', 'body rig'],
  params: [
    { kind: 'number', name: 'turn', label: 'Actor turns', unit: 'deg', min: -360, max: 360, default: 60, step: 1, description: 'Positive turns the actor (and the rig) to their left' },
    { kind: 'number', name: 'sway', label: 'Body sway', unit: 'deg', min: 0, max: 15, default: 4, step: 0.1, description: 'Twist of the body about its vertical at each step' },
    { kind: 'number', name: 'swayFrequency', label: 'Sway rate', unit: 'Hz', min: 0.2, max: 3, default: 0.9, step: 0.05 },
  ],
  defaultDurationS: 5,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    // rigid with the actor: carried by their travel, then turned about their vertical with them
    const carried = translate(state, sub(ctx.subjectPoint, ctx.subjectPointAtStart))
    const ramp = ctx.durationS > 0 ? Math.min(0.5, RAMP_S / ctx.durationS) : 0.5
    const sway = num(params, 'sway') * fadeWindow(ctx.linearProgress, ramp) * Math.sin(2 * Math.PI * num(params, 'swayFrequency') * ctx.localTimeS)
    // plus every turn the subject makes on its own path (an arc): the rig turns with the body
    return orbitAboutVertical(carried, ctx.subjectPoint, (ctx.subjectTurnDeg ?? 0) + num(params, 'turn') * ctx.progress + sway)
  },
})
