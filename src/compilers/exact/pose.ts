/**
 * Rotation and pose conversions shared by the exact per-frame targets.
 *
 * Conventions (CONTRACTS.md section 2 and research/open-models.md section 6):
 * - three.js / GL camera frame: +X right, +Y up, the camera looks down its local -Z.
 * - OpenCV camera frame (RealEstate10K, CameraCtrl, MotionCtrl, Wan Fun Camera): +X right, +Y down, +Z forward.
 * - World: right-handed, +Y up, metres; it is never re-based here.
 *
 * Matrices are row-major flat arrays: a Mat3 is [r00, r01, r02, r10, ..., r22]; a 3x4 world-to-camera
 * matrix [R | t] is [r00, r01, r02, t0, r10, r11, r12, t1, r20, r21, r22, t2] (the order RealEstate10K
 * rows and MotionCtrl poses are written in). The columns of a camera-to-world rotation are the camera
 * axes expressed in world coordinates.
 */
import type { Quat } from '../../core/math/quat'
import type { Vec3 } from '../../core/math/vec3'

export type Mat3 = readonly [number, number, number, number, number, number, number, number, number]
/** Row-major 3x4 [R | t]. */
export type Mat34 = readonly [number, number, number, number, number, number, number, number, number, number, number, number]

/** A camera pose in the three.js convention: world position and world orientation. */
export interface ThreePose {
  readonly position: Vec3
  readonly quaternion: Quat
}

/** Rotation matrix of a unit quaternion [x, y, z, w] (three.js Matrix4.makeRotationFromQuaternion). */
export const mat3FromQuat = (q: Quat): Mat3 => {
  const [x, y, z, w] = q
  const x2 = x + x
  const y2 = y + y
  const z2 = z + z
  const xx = x * x2
  const xy = x * y2
  const xz = x * z2
  const yy = y * y2
  const yz = y * z2
  const zz = z * z2
  const wx = w * x2
  const wy = w * y2
  const wz = w * z2
  return [1 - (yy + zz), xy - wz, xz + wy, xy + wz, 1 - (xx + zz), yz - wx, xz - wy, yz + wx, 1 - (xx + yy)]
}

/**
 * Unit quaternion of a rotation matrix (Shepperd's method, as three.js Quaternion.setFromRotationMatrix),
 * normalized, with w >= 0 so equal rotations give equal quaternions.
 */
export const quatFromMat3 = (m: Mat3): Quat => {
  const [m11, m12, m13, m21, m22, m23, m31, m32, m33] = m
  const trace = m11 + m22 + m33
  let x: number
  let y: number
  let z: number
  let w: number
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1)
    w = 0.25 / s
    x = (m32 - m23) * s
    y = (m13 - m31) * s
    z = (m21 - m12) * s
  } else if (m11 > m22 && m11 > m33) {
    const s = 2 * Math.sqrt(1 + m11 - m22 - m33)
    w = (m32 - m23) / s
    x = 0.25 * s
    y = (m12 + m21) / s
    z = (m13 + m31) / s
  } else if (m22 > m33) {
    const s = 2 * Math.sqrt(1 + m22 - m11 - m33)
    w = (m13 - m31) / s
    x = (m12 + m21) / s
    y = 0.25 * s
    z = (m23 + m32) / s
  } else {
    const s = 2 * Math.sqrt(1 + m33 - m11 - m22)
    w = (m21 - m12) / s
    x = (m13 + m31) / s
    y = (m23 + m32) / s
    z = 0.25 * s
  }
  const n = Math.hypot(x, y, z, w) * (w < 0 ? -1 : 1)
  return [x / n, y / n, z / n, w / n]
}

export const transpose3 = (m: Mat3): Mat3 => [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]]

export const multiply3 = (a: Mat3, b: Mat3): Mat3 => {
  const out = new Array<number>(9)
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) out[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j]
  return out as unknown as Mat3
}

/** a * v for a row-major Mat3. */
export const apply3 = (m: Mat3, v: Vec3): Vec3 => [
  m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
  m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
  m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
]

/** The 180 degree turn about X, diag(1, -1, -1): GL camera axes <-> OpenCV camera axes (its own inverse). */
export const FLIP_YZ: Mat3 = [1, 0, 0, 0, -1, 0, 0, 0, -1]

/**
 * three.js camera pose -> OpenCV world-to-camera [R | t] (row-major 3x4), world frame untouched:
 * w2c_cv = diag(1, -1, -1) * w2c_gl, i.e. rows 1 and 2 of the GL view matrix negated, translation included.
 */
export const cvFromThree = (pose: ThreePose): Mat34 => {
  // c2w columns are the camera axes in the world; the OpenCV rotation R = diag(1, -1, -1) c2w^T has
  // them as rows, the 2nd and 3rd negated; t = -R C. Written out: this runs per frame for every export.
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = mat3FromQuat(pose.quaternion)
  const [x, y, z] = pose.position
  const r0 = m0, r1 = m3, r2 = m6
  const r3 = -m1, r4 = -m4, r5 = -m7
  const r6 = -m2, r7 = -m5, r8 = -m8
  return [r0, r1, r2, -(r0 * x + r1 * y + r2 * z), r3, r4, r5, -(r3 * x + r4 * y + r5 * z), r6, r7, r8, -(r6 * x + r7 * y + r8 * z)]
}

/** OpenCV world-to-camera [R | t] -> three.js pose: C = -R^T t, c2w_gl = R^T * diag(1, -1, -1). */
export const threeFromCv = (w2c: Mat34): ThreePose => {
  const [r0, r1, r2, t0, r3, r4, r5, t1, r6, r7, r8, t2] = w2c
  return {
    position: [-(r0 * t0 + r3 * t1 + r6 * t2), -(r1 * t0 + r4 * t1 + r7 * t2), -(r2 * t0 + r5 * t1 + r8 * t2)],
    quaternion: quatFromMat3([r0, -r3, -r6, r1, -r4, -r7, r2, -r5, -r8]),
  }
}

/** FLIP_YZ * m * FLIP_YZ: the same rotation seen in axes with Y and Z reversed (GL <-> OpenCV / After Effects). */
export const conjugateByFlipYZ = (m: Mat3): Mat3 => [m[0], -m[1], -m[2], -m[3], m[4], m[5], -m[6], m[7], m[8]]

/** Compose two 3x4 rigid transforms as 4x4 matrices: a * b. */
export const compose34 = (a: Mat34, b: Mat34): Mat34 => {
  const out = new Array<number>(12)
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 4; j++) {
      let s = a[i * 4] * b[j] + a[i * 4 + 1] * b[4 + j] + a[i * 4 + 2] * b[8 + j]
      if (j === 3) s += a[i * 4 + 3]
      out[i * 4 + j] = s
    }
  }
  return out as unknown as Mat34
}

/** Inverse of a rigid 3x4 transform [R | t]: [R^T | -R^T t]. */
export const invertRigid34 = (m: Mat34): Mat34 => {
  const rt = transpose3([m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]])
  const t = apply3(rt, [m[3], m[7], m[11]])
  return [rt[0], rt[1], rt[2], -t[0], rt[3], rt[4], rt[5], -t[1], rt[6], rt[7], rt[8], -t[2]]
}
