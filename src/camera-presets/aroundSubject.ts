/**
 * Moves that carry the camera to a place described around the subject (an object's place, a low
 * worm's-eye spot, a high bird's-eye spot): the camera travels in cylindrical coordinates about the
 * subject's vertical (horizontal distance, angle around, height above the ground plane y = 0), so it
 * never cuts through the subject, and its head turns by the change in direction to the subject (an
 * aimed subject stays aimed; an off-centre framing keeps its offset). The place is fixed in the world,
 * measured from where the subject stood when the move began; a walking subject is panned after.
 */
import type { Degrees, Fraction, Meters } from '../core/units'
import { DEG_TO_RAD } from '../core/units'
import type { MoveContext, MoveState } from '../timeline/moves'
import { moveAndReaim } from './moveOps'

const MIN_RADIUS_M = 1e-6

export interface PlaceAroundSubject {
  /** Horizontal distance from the subject's vertical at the end of the move. */
  readonly distanceM: Meters
  /** Height of the lens above the ground plane at the end of the move. */
  readonly heightM: Meters
  /** How far around the subject the camera travels (positive = counter-clockwise seen from above). */
  readonly aroundDeg: Degrees
}

export const moveToPlaceAroundSubject = (state: MoveState, ctx: Pick<MoveContext, 'subjectPoint' | 'subjectPointAtStart'>, place: PlaceAroundSubject, p: Fraction): MoveState => {
  const s0 = ctx.subjectPointAtStart
  const dx = state.position[0] - s0[0]
  const dz = state.position[2] - s0[2]
  const r0 = Math.hypot(dx, dz)
  const a0 = Math.atan2(dx, dz)
  // geometric in the distance: an overshooting easing never carries the camera onto the subject's vertical
  const r = r0 > MIN_RADIUS_M && place.distanceM > MIN_RADIUS_M ? r0 * Math.pow(place.distanceM / r0, p) : Math.max(0, r0 + (place.distanceM - r0) * p)
  const a = a0 + place.aroundDeg * DEG_TO_RAD * p
  const y = state.position[1] + (place.heightM - state.position[1]) * p
  return moveAndReaim(state, [s0[0] + r * Math.sin(a), y, s0[2] + r * Math.cos(a)], s0, ctx.subjectPoint)
}
