/**
 * Camera pose conventions (CONTRACTS.md section 2): right-handed world, +Y up; the camera
 * looks down its local -Z with local +Y up. Orientation is yaw / pitch / roll in degrees,
 * applied intrinsically Y then X then Z (three.js Euler order 'YXZ'):
 *   yaw   > 0 turns the lens to the left (counter-clockwise seen from above); yaw 0 looks down -Z;
 *   pitch > 0 tilts the lens up; roll > 0 turns the image counter-clockwise (horizon tilts right side down).
 */
import { type Quat, quatFromYawPitchRoll } from '../math/quat'
import { type Vec3, normalize, sub } from '../math/vec3'
import { type Degrees, type Meters, DEG_TO_RAD, RAD_TO_DEG } from '../units'

export interface Orientation {
  readonly yawDeg: Degrees
  readonly pitchDeg: Degrees
  readonly rollDeg: Degrees
}

export interface CameraPose extends Orientation {
  readonly position: Vec3
}

export const orientationQuaternion = (o: Orientation): Quat =>
  quatFromYawPitchRoll(o.yawDeg * DEG_TO_RAD, o.pitchDeg * DEG_TO_RAD, o.rollDeg * DEG_TO_RAD)

/** Unit view direction (the camera's local -Z in world space). Roll does not change it. */
export const forwardVector = (o: Orientation): Vec3 => {
  const y = o.yawDeg * DEG_TO_RAD
  const p = o.pitchDeg * DEG_TO_RAD
  const cp = Math.cos(p)
  return [-Math.sin(y) * cp, Math.sin(p), -Math.cos(y) * cp]
}

/** Horizontal right vector of the camera head, before roll (what a truck move travels along). */
export const horizontalRightVector = (o: Orientation): Vec3 => {
  const y = o.yawDeg * DEG_TO_RAD
  return [Math.cos(y), 0, -Math.sin(y)]
}

/** Horizontal forward vector (the view direction projected on the ground plane). */
export const horizontalForwardVector = (o: Orientation): Vec3 => {
  const y = o.yawDeg * DEG_TO_RAD
  return [-Math.sin(y), 0, -Math.cos(y)]
}

/** Yaw and pitch (degrees) that aim the lens from `from` at `to`. Straight up/down keeps yaw 0. */
export const aimAngles = (from: Vec3, to: Vec3): { yawDeg: Degrees; pitchDeg: Degrees } => {
  const d = normalize(sub(to, from))
  const horizontal = Math.hypot(d[0], d[2])
  const yawDeg = horizontal > 1e-12 ? Math.atan2(-d[0], -d[2]) * RAD_TO_DEG : 0
  const pitchDeg = Math.atan2(d[1], horizontal) * RAD_TO_DEG
  return { yawDeg, pitchDeg }
}

/** A pose at `from` aimed at `to`, with the given roll. */
export const poseLookingAt = (from: Vec3, to: Vec3, rollDeg: Degrees = 0): CameraPose => ({
  position: from,
  ...aimAngles(from, to),
  rollDeg,
})

/** Signed distance from the camera to `point` along the view axis (depth in camera space). */
export const depthAlongView = (pose: CameraPose, point: Vec3): Meters => {
  const f = forwardVector(pose)
  const d = sub(point, pose.position)
  return d[0] * f[0] + d[1] * f[1] + d[2] * f[2]
}

/** Wrap an angle into (-180, 180]. */
export const wrapDegrees = (a: Degrees): Degrees => {
  const w = ((((a + 180) % 360) + 360) % 360) - 180
  return w === -180 ? 180 : w
}

/** The shortest signed angle from a to b, degrees. */
export const angleDelta = (a: Degrees, b: Degrees): Degrees => wrapDegrees(b - a)
