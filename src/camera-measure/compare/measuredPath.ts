/**
 * The take's camera path in world space, rebuilt from its measurement, to draw beside the design's.
 *
 * It starts at the design's first pose. The orientation of frame i is the design's first orientation
 * turned by the measured pan / tilt / roll (the inverse of `designedMotion`'s split: yaw = -pan,
 * pitch = tilt, roll, intrinsic Y-X-Z, in frame 0's axes). The position of frame i is the previous
 * one plus a step along the measured travel direction of frame i (camera axes [right, up, forward]
 * taken to the world through orientation i: right = +x, up = +y, forward = -z of the camera), and no
 * step where the frame does not travel.
 *
 * A video has no scale: the measurement gives the direction of travel, never its length. The step
 * lengths are borrowed from the design (the distance the design travels between the same two times),
 * so the path shows where the take went, at the design's pace; its size is the design's, not a
 * measurement ("measured path (scale from the design)").
 */
import { bracketIndex } from '../../core/math/bracket'
import { type Quat, quatFromYawPitchRoll, quatMultiply, rotateVec3 } from '../../core/math/quat'
import { type Vec3, addScaled, distance } from '../../core/math/vec3'
import { DEG_TO_RAD } from '../../core/units'
import type { MeasuredMotion, MotionFrame } from './types'

/** A camera pose in world space (three.js conventions: y up, looks down -z, quaternion [x, y, z, w]). */
export interface PathPose {
  readonly position: Vec3
  readonly quaternion: Quat
}

export interface MeasuredPath {
  /** One pose per measured frame. */
  readonly poses: readonly PathPose[]
  /** The measured frames' times (seconds, on the design's clock). */
  readonly t: readonly number[]
}

/** The rotation a frame's pan / tilt / roll stand for, relative to frame 0 (in its axes). */
export const relativeRotationOf = (f: MotionFrame): Quat => quatFromYawPitchRoll(-f.panDeg * DEG_TO_RAD, f.tiltDeg * DEG_TO_RAD, f.rollDeg * DEG_TO_RAD)

/** The design's cumulative path length at each of its poses. */
const arcLengths = (poses: readonly PathPose[]): number[] => {
  const s = [0]
  for (let i = 1; i < poses.length; i++) s.push(s[i - 1] + distance(poses[i].position, poses[i - 1].position))
  return s
}

/** The design's path length by time `t`, linear between its frames (pose k at `times[k]`), held past either end. */
const arcLengthAt = (t: number, times: readonly number[], s: readonly number[]): number => {
  const n = Math.min(times.length, s.length)
  if (n === 0) return 0
  if (t <= times[0]) return s[0]
  if (t >= times[n - 1]) return s[n - 1]
  const [lo, hi] = bracketIndex(times, t, n)
  const span = times[hi] - times[lo]
  const u = span > 0 ? (t - times[lo]) / span : 0
  return s[lo] + (s[hi] - s[lo]) * u
}

/**
 * The measured camera path, started at `designPoses[0]`, with step lengths borrowed from the design.
 * `designed` gives the time of each design pose (pose k at `designed.frames[k].t`).
 */
export const measuredPath = (measured: MeasuredMotion, designed: MeasuredMotion, designPoses: readonly PathPose[]): MeasuredPath => {
  const start = designPoses[0]
  if (!start) throw new Error('The design has no camera poses to start the measured path from.')
  const times = designed.frames.map((f) => f.t)
  const s = arcLengths(designPoses)
  const poses: PathPose[] = []
  let position: Vec3 = start.position
  measured.frames.forEach((f, i) => {
    const quaternion = quatMultiply(start.quaternion, relativeRotationOf(f))
    if (i > 0 && f.travel) {
      const stepM = arcLengthAt(f.t, times, s) - arcLengthAt(measured.frames[i - 1].t, times, s)
      const [right, up, forward] = f.travel
      const world = rotateVec3(quaternion, [right, up, -forward])
      position = addScaled(position, world, stepM)
    }
    poses.push({ position, quaternion })
  })
  return { poses, t: measured.frames.map((f) => f.t) }
}
