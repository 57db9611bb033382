/** Test support: rotation matrices from the core's quaternions, and homographies of a rotating, zooming camera. */
import type { Quat } from '../../core/math/quat'
import { calibrationMatrix } from '../intrinsics'
import { invert3, mul3, transpose3 } from '../linalg'
import type { Intrinsics } from '../types'

/** Row-major rotation matrix of a unit quaternion [x, y, z, w]. */
export const matrixOfQuat = ([x, y, z, w]: Quat): number[] => [
  1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
  2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
  2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y),
]

/**
 * The exact homography from frame 0 to a camera turned by `q` (its orientation in frame 0's camera
 * axes, core convention) with the focal length multiplied by `zoom`.
 */
export const rotationHomography = (q: Quat, zoom: number, k: Intrinsics): number[] => {
  const c = [1, 0, 0, 0, -1, 0, 0, 0, -1]
  const r = mul3(mul3(c, transpose3(matrixOfQuat(q))), c) // camera-0 OpenCV axes -> camera-k OpenCV axes
  const k0 = calibrationMatrix(k)
  const k1 = calibrationMatrix({ ...k, focalPx: k.focalPx * zoom })
  return mul3(mul3(k1, r), invert3(k0)!)
}
