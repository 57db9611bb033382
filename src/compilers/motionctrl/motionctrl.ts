/**
 * MotionCtrl camera poses (TencentARC/MotionCtrl; research/open-models.md section 2.1): a JSON array
 * of N frames, each a flat list of 12 numbers = the row-major 3x4 [R | t] world-to-camera matrix in
 * OpenCV camera axes (x right, y down, z forward), relative to the first frame (frame 0 is the
 * identity), as in the shipped `camera_poses/*.json` (their comments: t = [1,0,0] "W2C left",
 * [0,0,-1] "zoom in"). Relative pose i = w2c_i * c2w_0: it maps frame-0 camera coordinates to
 * camera i. N = 16 for the VideoCrafter / AnimateDiff builds (the SVD build centre-crops 16 rows to 14).
 *
 * MotionCtrl carries no intrinsics: the start image fixes the lens, so zooms cannot be expressed.
 * Reading a file back needs the pose of the first frame (the shot's start) to place it in the world.
 */
import type { Seconds } from '../../core/units'
import type { ReconstructedFrame } from '../types'
import { type Mat34, type ThreePose, compose34, cvFromThree, invertRigid34, parseNum, TextWriter, reconstructed, spreadTimes, threeFromCv } from '../exact'

/** Poses per clip (MotionCtrl on VideoCrafter / AnimateDiff). */
export const MOTIONCTRL_FRAMES = 16

/** The relative world-to-camera poses of a list of camera poses (first one the identity). */
export const motionCtrlPoses = (poses: readonly ThreePose[]): Mat34[] => {
  if (poses.length === 0) return []
  const c2w0 = invertRigid34(cvFromThree(poses[0]))
  return poses.map((p, i) => {
    if (i === 0) return [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]
    return compose34(cvFromThree(p), c2w0)
  })
}

/** JSON with one pose per line. */
export const formatMotionCtrl = (poses: readonly Mat34[]): string => {
  const w = new TextWriter(poses.length * 160).text('[\n')
  poses.forEach((p, i) => w.text('  [').nums(p, ', ').text(i < poses.length - 1 ? '],\n' : ']\n'))
  return w.text(']\n').toString()
}

export interface MotionCtrlAnchor {
  /** Length of the shot window the poses were spread over (frame i at t = i * duration / (N - 1)). */
  readonly durationS: Seconds
  /** The camera of the first frame, in the world (MotionCtrl's poses are relative to it). */
  readonly start: ThreePose
  /** The lens of the start image (MotionCtrl keeps it for the whole clip). */
  readonly focalLengthMm: number
}

/** Read MotionCtrl poses back into world frames, anchored at the designed first camera. Throws on a malformed file. */
export const parseMotionCtrl = (text: string, anchor: MotionCtrlAnchor): ReconstructedFrame[] => {
  const data = JSON.parse(text) as unknown
  if (!Array.isArray(data)) throw new Error('MotionCtrl: expected a JSON array of poses')
  const poses = data.map((row, i) => {
    if (!Array.isArray(row) || row.length !== 12) throw new Error(`MotionCtrl pose ${i + 1}: expected 12 numbers`)
    return row.map((v) => parseNum(String(v), `value in pose ${i + 1}`)) as unknown as Mat34
  })
  const w2c0 = cvFromThree(anchor.start)
  const times = spreadTimes(poses.length, anchor.durationS)
  return poses.map((rel, i) => reconstructed(times[i], threeFromCv(compose34(rel, w2c0)), anchor.focalLengthMm))
}
