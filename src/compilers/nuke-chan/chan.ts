/**
 * Nuke `.chan` camera file (research/open-models.md section 7.2): plain ASCII, one line per frame,
 *   frame tx ty tz rx ry rz vfov
 * separated by tabs. Translation in metres (world units), rotations in degrees, the last column the
 * vertical field of view in degrees (what Nuke's Camera and Blender's .chan add-on read). Frames
 * start at 1 (Nuke's default first frame); frame f is at shot time (f - 1) / fps.
 *
 * Axes: Nuke is Y-up with the camera looking down -Z, like three.js, so no axis change. Rotation
 * order: Nuke's Camera default "ZXY" applies Z first, then X, then Y, i.e. the matrix Ry * Rx * Rz
 * (three.js Euler order 'YXZ'), which is exactly our yaw (Y), pitch (X), roll (Z): rx = pitch,
 * ry = yaw, rz = roll. We write the evaluator's own angles (continuous, unwrapped), so Nuke's
 * interpolation between frames never flips. Set the Camera's rotation order to ZXY (the default),
 * and its vertical aperture to the gate height (horizontal aperture to the gate width) so the
 * focal length Nuke derives from vfov is the designed one.
 */
import type { Seconds } from '../../core/units'
import { DEG_TO_RAD, RAD_TO_DEG } from '../../core/units'
import { orientationQuaternion } from '../../core/camera/pose'
import type { ShotFrame } from '../../timeline'
import type { ReconstructedFrame } from '../types'
import { TextWriter, parseNum, reconstructed } from '../exact'

/** Nuke's default first frame. */
export const CHAN_FIRST_FRAME = 1

export const verticalFovDeg = (focalLengthMm: number, gateHeightMm: number): number => 2 * Math.atan(gateHeightMm / (2 * focalLengthMm)) * RAD_TO_DEG

export const focalFromVerticalFov = (vfovDeg: number, gateHeightMm: number): number => gateHeightMm / (2 * Math.tan((vfovDeg * DEG_TO_RAD) / 2))

type ChanFrame = Pick<ShotFrame, 'position' | 'yawDeg' | 'pitchDeg' | 'rollDeg' | 'focalLengthMm'>

/** One line's numbers: frame, tx, ty, tz, rx, ry, rz, vfov. */
export const chanValues = (frameNumber: number, f: ChanFrame, gateHeightMm: number): number[] => [
  frameNumber,
  f.position[0],
  f.position[1],
  f.position[2],
  f.pitchDeg,
  f.yawDeg,
  f.rollDeg,
  verticalFovDeg(f.focalLengthMm, gateHeightMm),
]

/** The lines' numbers of frames on the shot grid (frame i at t = i / fps), numbered from 1. */
export const chanTable = (frames: readonly ChanFrame[], gateHeightMm: number): number[][] =>
  frames.map((f, i) => chanValues(i + CHAN_FIRST_FRAME, f, gateHeightMm))

export const formatChanTable = (rows: readonly (readonly number[])[]): string => {
  const w = new TextWriter(rows.length * 100)
  for (const row of rows) w.nums(row, '\t').text('\n')
  return w.toString()
}

export interface ChanReading {
  readonly fps: number
  readonly gateHeightMm: number
  /** The focal length of lines without a vfov column. */
  readonly fallbackFocalMm?: number
}

/** The camera one line of numbers (7 or 8 columns) stands for. */
export const frameFromChanValues = (cols: readonly number[], o: ChanReading, line = 1): ReconstructedFrame => {
  if (cols.length !== 7 && cols.length !== 8) throw new Error(`.chan line ${line}: ${cols.length} columns, expected 7 or 8`)
  const [frame, tx, ty, tz, rx, ry, rz, vfov] = cols
  const t: Seconds = (frame - CHAN_FIRST_FRAME) / o.fps
  const quaternion = orientationQuaternion({ yawDeg: ry, pitchDeg: rx, rollDeg: rz })
  const focal = vfov === undefined ? o.fallbackFocalMm : focalFromVerticalFov(vfov, o.gateHeightMm)
  if (focal === undefined) throw new Error(`.chan line ${line}: no field of view column and no fallback focal length`)
  return reconstructed(t, { position: [tx, ty, tz], quaternion }, focal)
}

/** Read a .chan file back (7 or 8 columns; without vfov the focal length is `fallbackFocalMm`). Throws on a malformed line. */
export const parseChan = (text: string, o: ChanReading): ReconstructedFrame[] => {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  return lines.map((line, i) =>
    frameFromChanValues(
      line
        .trim()
        .split(/\s+/)
        .map((c) => parseNum(c, `value on line ${i + 1}`)),
      o,
      i + 1,
    ),
  )
}
