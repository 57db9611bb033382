/**
 * The canonical export (CONTRACTS.md section 3, `trajectory`): the camera of one shot on its
 * frame grid, frame i at t = i / fps, at full precision, in the world frame of section 2.
 */
import { OUTPUT_RESOLUTION } from '../../core/camera/lens'
import type { Quat } from '../../core/math/quat'
import type { Vec3 } from '../../core/math/vec3'
import { type MoveRegistry, type Shot, type ShotFrame, sampleShot } from '../../timeline'

export const TRAJECTORY_KIND = 'framewright.trajectory'
export const TRAJECTORY_VERSION = 1

export interface TrajectoryFrame {
  readonly t: number
  readonly position: Vec3
  /** Camera world orientation, [x, y, z, w], three.js convention (the camera looks down local -Z). */
  readonly quaternion: Quat
  readonly focalLengthMm: number
  readonly sensorWidthMm: number
  readonly sensorHeightMm: number
  readonly focusDistanceM: number
  /** The subject point the moves aim at. */
  readonly subject: Vec3
}

export interface Trajectory {
  readonly kind: typeof TRAJECTORY_KIND
  readonly version: typeof TRAJECTORY_VERSION
  readonly fps: number
  readonly width: number
  readonly height: number
  readonly frames: readonly TrajectoryFrame[]
}

export const buildTrajectory = (shot: Shot, registry: MoveRegistry): Trajectory => trajectoryFromFrames(shot, sampleShot(shot, registry), shot.fps)

/** The trajectory of frames sampled at `fps` (frame i at t = i / fps). */
export const trajectoryFromFrames = (shot: Shot, sampled: readonly ShotFrame[], fps: number): Trajectory => {
  const { width, height } = OUTPUT_RESOLUTION[shot.aspect]
  const frames = sampled.map(
    (f, i): TrajectoryFrame => ({
      t: i / fps,
      position: f.position,
      quaternion: f.quaternion,
      focalLengthMm: f.focalLengthMm,
      sensorWidthMm: shot.lens.sensorWidthMm,
      sensorHeightMm: shot.lens.sensorHeightMm,
      focusDistanceM: f.focusDistanceM,
      subject: f.subject.point,
    }),
  )
  return { kind: TRAJECTORY_KIND, version: TRAJECTORY_VERSION, fps, width, height, frames }
}

/** Read a trajectory file back (for round trips and fidelity). Throws on a malformed file. */
export const parseTrajectory = (text: string): Trajectory => {
  const t = JSON.parse(text) as Trajectory
  if (t.kind !== TRAJECTORY_KIND || !Array.isArray(t.frames)) throw new Error('not a framewright trajectory')
  return t
}

/** JSON with one frame per line: diff-friendly and still exact (numbers keep full precision). */
export const formatTrajectory = (trajectory: Trajectory): string => {
  const { frames, ...head } = trajectory
  const headLines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`)
  const frameLines = frames.map((f, i) => `    ${JSON.stringify(f)}${i < frames.length - 1 ? ',' : ''}`)
  return ['{', ...headLines, '  "frames": [', ...frameLines, '  ]', '}', ''].join('\n')
}
