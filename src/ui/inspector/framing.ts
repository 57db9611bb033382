/** The starting framing's derived values: the subject point at t = 0 and an aim point. Pure. */
import type { CameraPose } from '../../core/camera/pose'
import { aimAngles, forwardVector } from '../../core/camera/pose'
import type { Vec3 } from '../../core/math/vec3'
import { subjectAt, type SubjectSpec } from '../../timeline'

/** Where moves aim at the start of the shot: the subject's ground position plus its aim height. */
export const subjectPointAtStart = (subject: SubjectSpec): Vec3 => subjectAt(subject, 0, 1).point

const dist = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

/** A point the camera looks at: along the view axis, as far away as the subject (so aiming at the subject shows its point). */
export const defaultAimPoint = (pose: CameraPose, subjectPoint: Vec3): Vec3 => {
  const d = Math.max(0.5, dist(pose.position, subjectPoint))
  const f = forwardVector(pose)
  return [pose.position[0] + f[0] * d, pose.position[1] + f[1] * d, pose.position[2] + f[2] * d]
}

/** The pose turned (yaw and pitch, roll kept) to look at `target`; undefined if the target is the camera position. */
export const poseAimedAt = (pose: CameraPose, target: Vec3): CameraPose | undefined =>
  dist(pose.position, target) < 1e-6 ? undefined : { ...pose, ...aimAngles(pose.position, target) }

/** Replace one axis of a vector. */
export const withAxis = (v: Vec3, axis: 0 | 1 | 2, value: number): Vec3 => [axis === 0 ? value : v[0], axis === 1 ? value : v[1], axis === 2 ? value : v[2]]
