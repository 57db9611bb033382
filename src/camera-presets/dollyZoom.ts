import { depthAlongView } from '../core/camera/pose'
import type { Vec3 } from '../core/math/vec3'
import { distance } from '../core/math/vec3'
import type { Fraction } from '../core/units'
import type { MoveState } from '../timeline/moves'
import { moveAlongView } from './moveOps'

/**
 * The optically exact dolly zoom: image size is proportional to focal length / depth, so travelling
 * `fraction` of the subject depth along the view axis (positive = towards) and scaling the focal length
 * by the same depth ratio keeps the subject's image size constant.
 */
export const dollyZoom = (state: MoveState, subject: Vec3, fraction: Fraction): MoveState => {
  let depth = depthAlongView(state, subject)
  if (!(depth > 1e-3)) depth = Math.max(distance(state.position, subject), 1e-3) // subject not in front: use its distance
  const travel = fraction * depth
  const moved = moveAlongView(state, travel)
  return { ...moved, focalLengthMm: state.focalLengthMm * ((depth - travel) / depth) }
}
