/** Unit quaternions [x, y, z, w], three.js convention. */
import type { Vec3 } from './vec3'

export type Quat = readonly [number, number, number, number]

/** Quaternion of an intrinsic Y-X-Z Euler rotation (yaw about Y, then pitch about X, then roll about Z), radians. */
export const quatFromYawPitchRoll = (yaw: number, pitch: number, roll: number): Quat => {
  // same as THREE.Quaternion.setFromEuler(new Euler(pitch, yaw, roll, 'YXZ'))
  const c1 = Math.cos(pitch / 2)
  const c2 = Math.cos(yaw / 2)
  const c3 = Math.cos(roll / 2)
  const s1 = Math.sin(pitch / 2)
  const s2 = Math.sin(yaw / 2)
  const s3 = Math.sin(roll / 2)
  return [
    s1 * c2 * c3 + c1 * s2 * s3,
    c1 * s2 * c3 - s1 * c2 * s3,
    c1 * c2 * s3 - s1 * s2 * c3,
    c1 * c2 * c3 + s1 * s2 * s3,
  ]
}

export const rotateVec3 = (q: Quat, v: Vec3): Vec3 => {
  const [qx, qy, qz, qw] = q
  const [vx, vy, vz] = v
  const tx = 2 * (qy * vz - qz * vy)
  const ty = 2 * (qz * vx - qx * vz)
  const tz = 2 * (qx * vy - qy * vx)
  return [
    vx + qw * tx + qy * tz - qz * ty,
    vy + qw * ty + qz * tx - qx * tz,
    vz + qw * tz + qx * ty - qy * tx,
  ]
}

export const quatMultiply = (a: Quat, b: Quat): Quat => {
  const [ax, ay, az, aw] = a
  const [bx, by, bz, bw] = b
  return [
    ax * bw + aw * bx + ay * bz - az * by,
    ay * bw + aw * by + az * bx - ax * bz,
    az * bw + aw * bz + ax * by - ay * bx,
    aw * bw - ax * bx - ay * by - az * bz,
  ]
}

/** Angle of the rotation between two unit quaternions (radians), precise near zero. */
export const quatAngleBetween = (a: Quat, b: Quat): number => {
  // relative rotation r = conj(a) * b, written out (no temporaries: this runs per frame); angle = 2 atan2(|r.xyz|, |r.w|)
  const [ax, ay, az, aw] = a
  const [bx, by, bz, bw] = b
  const x = aw * bx - ax * bw - ay * bz + az * by
  const y = aw * by - ay * bw - az * bx + ax * bz
  const z = aw * bz - az * bw - ax * by + ay * bx
  const w = aw * bw + ax * bx + ay * by + az * bz
  return 2 * Math.atan2(Math.sqrt(x * x + y * y + z * z), Math.abs(w))
}
