/**
 * The design as a measurement would report it: the evaluated camera of one shot, sampled on the
 * frame grid, turned into camera-relative channels cumulative from frame 0 (frame 0's axes), plus
 * the metric travel and the orbit angle a video cannot give.
 */
import { type Quat, quatMultiply, rotateVec3 } from '../../core/math/quat'
import { type Vec3, dot, length, scale, sub } from '../../core/math/vec3'
import { RAD_TO_DEG } from '../../core/units'
import type { Project } from '../../timeline/model'
import type { MoveRegistry } from '../../timeline/moves'
import { sampleShot } from '../../timeline/sample'
import type { CameraDirection, DesignedMotion, MotionFrame } from './types'

/** Below this step (metres per frame) the design does not travel at that frame. */
export const TRAVEL_EPSILON_M = 1e-5
/** A move orbits when it sweeps at least this angle about the subject ... */
export const ORBIT_MIN_DEG = 5
/** ... and turns the camera by at least this share of it, the same way (it keeps the subject). */
const ORBIT_MIN_PAN_SHARE = 0.5

const conj = (q: Quat): Quat => [-q[0], -q[1], -q[2], q[3]]

/** Yaw, pitch, roll (radians) of a quaternion in the intrinsic Y-X-Z order (three.js 'YXZ'). */
export const yawPitchRollOfQuat = (q: Quat): { yaw: number; pitch: number; roll: number } => {
  const [x, y, z, w] = q
  const m13 = 2 * (x * z + w * y)
  const m33 = 1 - 2 * (x * x + y * y)
  const m21 = 2 * (x * y + w * z)
  const m22 = 1 - 2 * (x * x + z * z)
  const m23 = 2 * (y * z - w * x)
  const m31 = 2 * (x * z - w * y)
  const m11 = 1 - 2 * (y * y + z * z)
  const pitch = Math.asin(-Math.max(-1, Math.min(1, m23)))
  if (Math.abs(m23) < 0.9999999) return { yaw: Math.atan2(m13, m33), pitch, roll: Math.atan2(m21, m22) }
  return { yaw: Math.atan2(-m31, m11), pitch, roll: 0 }
}

/** `value` moved by whole turns to lie within 180 degrees of `previous` (cumulative angles past 180). */
const unwrapDeg = (value: number, previous: number): number => value - 360 * Math.round((value - previous) / 360)

/** A world vector in the camera axes of orientation q: [right, up, forward] (the camera looks down -Z). */
const inCameraAxes = (q: Quat, v: Vec3): CameraDirection => {
  const local = rotateVec3(conj(q), v)
  return [local[0], local[1], -local[2]]
}

/** Signed angle (radians) from a to b about the vertical, sign taken from `sign`. */
const horizontalAngle = (a: Vec3, b: Vec3): number => {
  const ah: Vec3 = [a[0], 0, a[2]]
  const bh: Vec3 = [b[0], 0, b[2]]
  const crossY = ah[2] * bh[0] - ah[0] * bh[2]
  return Math.atan2(Math.abs(crossY), dot(ah, bh))
}

/** The designed camera motion of `project.shots[shotIndex]`, sampled at `fps`. */
export const designedMotion = (project: Project, shotIndex: number, registry: MoveRegistry, fps: number): DesignedMotion => {
  const shot = project.shots[shotIndex]
  if (!shot) throw new Error(`The project has no shot ${shotIndex + 1} (it has ${project.shots.length}).`)
  const samples = sampleShot(shot, registry, fps)
  const first = samples[0]
  const q0 = first.quaternion
  const frames: MotionFrame[] = []
  const dollyM: number[] = []
  const truckM: number[] = []
  const pedestalM: number[] = []
  const sweptDeg: number[] = []
  let pan = 0
  let roll = 0
  let swept = 0
  samples.forEach((s, i) => {
    const rel = yawPitchRollOfQuat(quatRelative(q0, s.quaternion))
    pan = i === 0 ? 0 : unwrapDeg(-rel.yaw * RAD_TO_DEG, pan)
    roll = i === 0 ? 0 : unwrapDeg(rel.roll * RAD_TO_DEG, roll)
    const offset = inCameraAxes(q0, sub(s.position, first.position))
    truckM.push(offset[0])
    pedestalM.push(offset[1])
    dollyM.push(offset[2])
    let travel: CameraDirection | null = null
    if (i > 0) {
      const prev = samples[i - 1]
      const step = sub(s.position, prev.position)
      const stepLength = length(step)
      if (stepLength > TRAVEL_EPSILON_M) travel = inCameraAxes(s.quaternion, scale(step, 1 / stepLength))
      // the angle swept about the subject, > 0 when the camera steps to its own left
      const left = rotateVec3(s.quaternion, [-1, 0, 0])
      const dTheta = horizontalAngle(sub(prev.position, prev.subject.point), sub(s.position, s.subject.point))
      swept += dot(step, left) >= 0 ? dTheta : -dTheta
    }
    sweptDeg.push(swept * RAD_TO_DEG)
    frames.push({
      t: s.timeS,
      // + 0 turns -0 into 0
      panDeg: pan + 0,
      tiltDeg: i === 0 ? 0 : rel.pitch * RAD_TO_DEG + 0,
      rollDeg: roll + 0,
      zoom: s.focalLengthMm / first.focalLengthMm,
      parallax: travel !== null,
      travel,
    })
  })
  const sweptEnd = sweptDeg[sweptDeg.length - 1]
  const panEnd = frames[frames.length - 1].panDeg
  const orbits = Math.abs(sweptEnd) >= ORBIT_MIN_DEG && Math.sign(panEnd) === Math.sign(sweptEnd) && Math.abs(panEnd) >= ORBIT_MIN_PAN_SHARE * Math.abs(sweptEnd)
  return { fps, frames, dollyM, truckM, pedestalM, orbitDeg: orbits ? sweptDeg : sweptDeg.map(() => 0) }
}

/** The rotation from orientation a to b, in a's axes: conj(a) * b. */
const quatRelative = (a: Quat, b: Quat): Quat => quatMultiply(conj(a), b)
