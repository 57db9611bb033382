/**
 * Following a moving subject (tracking, head tracking, action run, car chase, car grip): the camera
 * travels `follow` of the subject's travel since the move began, and its head turns by the change in
 * direction to the subject, so an aimed subject stays aimed and a full follow keeps the framing.
 */
import { addScaled, sub } from '../core/math/vec3'
import type { Fraction } from '../core/units'
import type { MoveContext, MoveState } from '../timeline/moves'
import { moveAndReaim } from './moveOps'

export const followSubject = (state: MoveState, ctx: Pick<MoveContext, 'subjectPoint' | 'subjectPointAtStart'>, follow: Fraction): MoveState => {
  const travel = sub(ctx.subjectPoint, ctx.subjectPointAtStart)
  return moveAndReaim(state, addScaled(state.position, travel, follow), ctx.subjectPointAtStart, ctx.subjectPoint)
}
