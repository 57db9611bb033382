/**
 * Shared building blocks for move operators: pure functions over MoveState.
 * Each is the identity when its amount is 0, so a move built from them never jumps at its start.
 */
import { aimAngles, forwardVector, horizontalForwardVector, horizontalRightVector, angleDelta } from '../core/camera/pose'
import { type Vec3, add, addScaled, distance, normalize, rotateAboutAxis, rotateAboutY, sub } from '../core/math/vec3'
import type { Degrees, Meters } from '../core/units'
import { DEG_TO_RAD } from '../core/units'
import type { MoveState } from '../timeline/moves'

export const translate = (s: MoveState, offset: Vec3): MoveState => ({ ...s, position: add(s.position, offset) })

/** Move along the view axis (positive = towards what the lens sees). */
export const moveAlongView = (s: MoveState, meters: Meters): MoveState => ({
  ...s,
  position: addScaled(s.position, forwardVector(s), meters),
})

/** Move along the horizontal right of the camera head (positive = camera right). */
export const moveSideways = (s: MoveState, meters: Meters): MoveState => ({
  ...s,
  position: addScaled(s.position, horizontalRightVector(s), meters),
})

export const moveVertically = (s: MoveState, meters: Meters): MoveState => ({
  ...s,
  position: [s.position[0], s.position[1] + meters, s.position[2]],
})

export const turn = (s: MoveState, yawDeg: Degrees, pitchDeg: Degrees, rollDeg: Degrees): MoveState => ({
  ...s,
  yawDeg: s.yawDeg + yawDeg,
  pitchDeg: s.pitchDeg + pitchDeg,
  rollDeg: s.rollDeg + rollDeg,
})

/**
 * Move the camera to `newPosition` and turn it by the change in direction from (old position to
 * `targetBefore`) to (new position to `targetAfter`), so the target stays where it was in the frame
 * (an exact aim stays exact; an off-centre framing keeps its offset). The horizon is kept.
 */
export const moveAndReaim = (s: MoveState, newPosition: Vec3, targetBefore: Vec3, targetAfter: Vec3): MoveState => {
  const before = aimAngles(s.position, targetBefore)
  const after = aimAngles(newPosition, targetAfter)
  return {
    ...s,
    position: newPosition,
    yawDeg: s.yawDeg + angleDelta(before.yawDeg, after.yawDeg),
    pitchDeg: s.pitchDeg + (after.pitchDeg - before.pitchDeg),
  }
}

/** Move the camera and re-aim so a still `target` keeps its place in the frame. */
export const moveKeepingAim = (s: MoveState, newPosition: Vec3, target: Vec3): MoveState => moveAndReaim(s, newPosition, target, target)

/** Rigidly rotate the camera about the vertical axis through `pivot` (positive = counter-clockwise from above). */
export const orbitAboutVertical = (s: MoveState, pivot: Vec3, angleDeg: Degrees): MoveState => ({
  ...s,
  position: rotateAboutY(s.position, pivot, angleDeg * DEG_TO_RAD),
  yawDeg: s.yawDeg + angleDeg,
})

/** How high over (or low under) the pivot an elevation orbit may swing: past the pole a level-horizon head would have to turn 180 degrees at once. */
export const MAX_ORBIT_ELEVATION_DEG = 89

/**
 * Swing the camera up (positive) or down over `pivot` in the vertical plane through camera and pivot,
 * keeping its distance to the pivot, and re-aim by the change in direction. The swing stops at
 * MAX_ORBIT_ELEVATION_DEG above or below the pivot (or where it started, if that is steeper).
 */
export const orbitElevation = (s: MoveState, pivot: Vec3, requestedDeg: Degrees): MoveState => {
  const startElevation = elevationAbove(s.position, pivot)
  const limit = Math.max(MAX_ORBIT_ELEVATION_DEG, Math.abs(startElevation))
  const angleDeg = Math.min(limit, Math.max(-limit, startElevation + requestedDeg)) - startElevation
  const toCamera = sub(s.position, pivot)
  const horizontal: Vec3 = [toCamera[0], 0, toCamera[2]]
  // axis perpendicular to the vertical plane through pivot and camera; rotating about it by a positive angle lifts the camera
  const axis = Math.hypot(horizontal[0], horizontal[2]) > 1e-9 ? normalize([horizontal[2], 0, -horizontal[0]]) : horizontalRightVector(s)
  const lifted = rotateAboutAxis(s.position, pivot, axis, -angleDeg * DEG_TO_RAD)
  return moveKeepingAim(s, lifted, pivot)
}

/** Current elevation of the camera above the pivot's horizon, degrees. */
export const elevationAbove = (position: Vec3, pivot: Vec3): Degrees => {
  const d = sub(position, pivot)
  return Math.atan2(d[1], Math.hypot(d[0], d[2])) / DEG_TO_RAD
}

export const subjectDistance = (s: MoveState, subject: Vec3): Meters => distance(s.position, subject)

export { horizontalForwardVector, horizontalRightVector, forwardVector }

/** Smooth 0 -> 1 -> 0 window over linear progress u, reaching 1 after `rampFraction` from either end. */
export const fadeWindow = (u: number, rampFraction: number): number => {
  if (rampFraction <= 0) return u > 0 && u < 1 ? 1 : 0
  const a = Math.min(1, Math.max(0, Math.min(u, 1 - u) / rampFraction))
  return a * a * (3 - 2 * a)
}
