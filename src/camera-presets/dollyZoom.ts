import { depthAlongView } from '../core/camera/pose'
import type { Vec3 } from '../core/math/vec3'
import type { Fraction } from '../core/units'
import type { MoveState } from '../timeline/moves'
import { moveAlongView } from './moveOps'

/** Depth used when the subject is not in front of the lens (kept continuous: no switch to another measure). */
const MIN_DEPTH_M = 1e-3
/** The camera never reaches the subject: that would need a zero or negative focal length (an overshooting easing can ask for it). */
const MAX_FRACTION = 0.95

/**
 * The optically exact dolly zoom: image size is proportional to focal length / depth, so travelling
 * `fraction` of the subject depth along the view axis (positive = towards) and scaling the focal length
 * by the same depth ratio keeps the subject's image size constant.
 */
export const dollyZoom = (state: MoveState, subject: Vec3, fraction: Fraction): MoveState => {
  const depth = Math.max(depthAlongView(state, subject), MIN_DEPTH_M)
  const travel = Math.min(fraction, MAX_FRACTION) * depth
  const moved = moveAlongView(state, travel)
  return { ...moved, focalLengthMm: state.focalLengthMm * ((depth - travel) / depth) }
}
