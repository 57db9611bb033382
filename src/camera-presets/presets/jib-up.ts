import { namedEasing } from '../../core/math/easing'
import { choice, num } from '../../timeline/moves'
import { swingCrane } from '../crane'
import { turn } from '../moveOps'
import { definePreset } from '../types'

/** Jib up: a short jib arm swings the camera up on a tight arc while the head tilts down. */
export default definePreset({
  id: 'jib-up',
  version: 1,
  label: 'Jib up',
  category: 'crane',
  description:
    'A short jib arm (a metre or two, not a full crane) swings the camera up on a tight arc, and the head tilts down as it rises: a compact, intimate vertical move. Head "Tilts" turns it by the set angle; "Keep the subject framed" tilts exactly as much as holds the subject.',
  keywords: ['short jib up', 'mini jib up'],
  params: [
    { kind: 'number', name: 'armLength', label: 'Arm length', unit: 'm', min: 0.3, max: 3, default: 1.2, step: 0.05 },
    { kind: 'number', name: 'angle', label: 'Arm swing', unit: 'deg', min: 0, max: 80, default: 45, step: 1 },
    {
      kind: 'choice',
      name: 'aim',
      label: 'Head',
      options: [
        { value: 'tilt', label: 'Tilts by the set angle' },
        { value: 'subject', label: 'Keep the subject framed' },
      ],
      default: 'tilt',
    },
    { kind: 'number', name: 'tilt', label: 'Head tilt down', unit: 'deg', min: 0, max: 45, default: 10, step: 0.5, description: 'Used when the head tilts by the set angle' },
  ],
  defaultDurationS: 3,
  defaultEasing: namedEasing('ease-in-out'),
  apply: (state, ctx, params) => {
    const angle = num(params, 'angle')
    const aim = choice(params, 'aim')
    const swung = swingCrane(state, ctx.subjectPoint, num(params, 'armLength'), 0, angle * ctx.progress, aim === 'subject' ? 'subject' : 'locked')
    return aim === 'subject' ? swung : turn(swung, 0, -num(params, 'tilt') * ctx.progress, 0)
  },
})
