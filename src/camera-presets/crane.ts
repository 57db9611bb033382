import { addScaled } from '../core/math/vec3'
import type { Vec3 } from '../core/math/vec3'
import type { Degrees, Meters } from '../core/units'
import { DEG_TO_RAD } from '../core/units'
import type { MoveState } from '../timeline/moves'
import { horizontalForwardVector, moveKeepingAim } from './moveOps'

export type CraneAim = 'subject' | 'locked'

export const CRANE_AIM_OPTIONS = [
  { value: 'subject', label: 'Keep the subject framed' },
  { value: 'locked', label: 'Head locked (no tilt)' },
] as const

/**
 * A jib arm of length `armLengthM` pivots at a base behind the camera. The arm swings from
 * `fromDeg` to `toDeg` above horizontal, so the camera traces an arc: it rises and its reach changes,
 * unlike a pedestal. With aim 'subject' the head tilts to keep the subject where it was in frame.
 */
export const swingCrane = (
  state: MoveState,
  subject: Vec3,
  armLengthM: Meters,
  fromDeg: Degrees,
  toDeg: Degrees,
  aim: string,
): MoveState => {
  const a0 = fromDeg * DEG_TO_RAD
  const a1 = toDeg * DEG_TO_RAD
  const reach = armLengthM * (Math.cos(a1) - Math.cos(a0))
  const rise = armLengthM * (Math.sin(a1) - Math.sin(a0))
  const position = addScaled(addScaled(state.position, horizontalForwardVector(state), reach), [0, 1, 0], rise)
  return aim === 'locked' ? { ...state, position } : moveKeepingAim(state, position, subject)
}
