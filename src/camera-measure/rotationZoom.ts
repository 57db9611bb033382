/**
 * Pan, tilt, roll and zoom from a homography of a camera that only rotates and zooms about its
 * optical centre. With x' ~ K diag(z, z, 1) R K^-1 x (R turns camera-0 coordinates, OpenCV axes
 * x right / y down / z forward, into the later camera's), M = K^-1 H K is proportional to
 * diag(z, z, 1) R. The rows of R are unit vectors, so the row norms of M give z exactly; R is the
 * rotation nearest to diag(1/z, 1/z, 1) M. The later camera's orientation in the first one's frame,
 * in the core's axes (x right, y up, looking down -Z), is C R^T C with C = diag(1, -1, -1); it is
 * split into yaw, pitch, roll in the core's intrinsic Y-X-Z order.
 */
import { RAD_TO_DEG } from '../core/units'
import { det3, invert3, mul3, nearestRotation, transpose3 } from './linalg'
import type { Mat3, RotationZoom } from './types'

/** Yaw, pitch, roll (radians) of a rotation matrix in the intrinsic Y-X-Z order (three.js 'YXZ'). */
export const yawPitchRollOf = (m: Mat3): { yaw: number; pitch: number; roll: number } => {
  const m23 = Math.max(-1, Math.min(1, m[5]))
  const pitch = Math.asin(-m23)
  if (Math.abs(m23) < 0.9999999) return { yaw: Math.atan2(m[2], m[8]), pitch, roll: Math.atan2(m[3], m[4]) }
  return { yaw: Math.atan2(-m[6], m[0]), pitch, roll: 0 }
}

/** The rotation (OpenCV axes, camera 0 into the later camera) and zoom of a rotation-zoom homography; null when H is not of that kind. */
export const rotationMatrixAndZoom = (h: Mat3, k: Mat3): { r: number[]; zoom: number } | null => {
  const kInv = invert3(k)
  if (!kInv) return null
  let m = mul3(mul3(kInv, h), k)
  if (det3(m) < 0) m = m.map((v) => -v)
  const rowNorm = (i: number) => Math.hypot(m[i * 3], m[i * 3 + 1], m[i * 3 + 2])
  const r3 = rowNorm(2)
  if (!(r3 > 1e-12)) return null
  const zoom = (rowNorm(0) + rowNorm(1)) / (2 * r3)
  if (!(zoom > 0) || !Number.isFinite(zoom)) return null
  const a = [m[0] / zoom, m[1] / zoom, m[2] / zoom, m[3] / zoom, m[4] / zoom, m[5] / zoom, m[6], m[7], m[8]].map((v) => v / r3)
  return { r: nearestRotation(a), zoom }
}

/** Pan, tilt, roll (the contract's signs) of a rotation in OpenCV axes that turns camera 0's coordinates into the later camera's. */
export const anglesOfRotation = (r: Mat3, zoom: number): RotationZoom => {
  const c = [1, 0, 0, 0, -1, 0, 0, 0, -1]
  const q = mul3(mul3(c, transpose3(r)), c)
  const { yaw, pitch, roll } = yawPitchRollOf(q)
  // the core's yaw > 0 turns the lens left; the measurement's pan > 0 is a turn to the right
  return { panDeg: -yaw * RAD_TO_DEG, tiltDeg: pitch * RAD_TO_DEG, rollDeg: roll * RAD_TO_DEG, zoom }
}

/** Rotation and zoom of the later frame relative to the earlier one; null when H is not of that kind. */
export const rotationZoomFromHomography = (h: Mat3, k: Mat3): RotationZoom | null => {
  const split = rotationMatrixAndZoom(h, k)
  return split ? anglesOfRotation(split.r, split.zoom) : null
}
