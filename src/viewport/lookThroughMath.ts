/**
 * Look-through navigation as pure pose maths: each drag maps the pose at drag start plus the total
 * pointer offset to a new starting pose (so a drag is deterministic and never accumulates error).
 * The camera moves the way you drag: drag right pans right, drag up tilts up; with truck, drag
 * right trucks right and drag up pedestals up; wheel up dollies in.
 */
import { type CameraPose, forwardVector, horizontalRightVector, wrapDegrees } from '../core/camera/pose'
import { clamp, DEG_TO_RAD } from '../core/units'

export type DragMode = 'rotate' | 'truck' | 'roll'

export interface DragContext {
  /** Vertical angle of view of the shot at the start, degrees. */
  readonly vfovDeg: number
  /** Height of the image being dragged in, CSS pixels. */
  readonly imageHeightPx: number
  /** Distance to what the camera looks at (the subject), metres: truck speed matches it. */
  readonly depthM: number
}

export const MAX_PITCH_DEG = 89
/** Roll per pixel of an alt-drag, degrees. */
export const ROLL_DEG_PER_PX = 0.25

/** Which drag a pointer-down starts: alt = roll, right/middle button or shift = truck, else rotate. */
export const dragModeFor = (e: { button: number; altKey: boolean; shiftKey: boolean }): DragMode =>
  e.altKey ? 'roll' : e.button === 2 || e.button === 1 || e.shiftKey ? 'truck' : 'rotate'

export const dragPose = (start: CameraPose, mode: DragMode, dx: number, dy: number, ctx: DragContext): CameraPose => {
  const h = Math.max(1, ctx.imageHeightPx)
  if (mode === 'rotate') {
    const degPerPx = ctx.vfovDeg / h
    return {
      ...start,
      yawDeg: wrapDegrees(start.yawDeg - dx * degPerPx),
      pitchDeg: clamp(start.pitchDeg - dy * degPerPx, -MAX_PITCH_DEG, MAX_PITCH_DEG),
    }
  }
  if (mode === 'roll') return { ...start, rollDeg: wrapDegrees(start.rollDeg - dx * ROLL_DEG_PER_PX) }
  const metresPerPx = (2 * Math.max(0.25, ctx.depthM) * Math.tan((ctx.vfovDeg * DEG_TO_RAD) / 2)) / h
  const r = horizontalRightVector(start)
  const right = dx * metresPerPx
  const up = -dy * metresPerPx
  const p = start.position
  return { ...start, position: [p[0] + r[0] * right, p[1] + up, p[2] + r[2] * right] }
}

/** Move along the view axis by `metres` (positive = forward). */
export const dollyPose = (start: CameraPose, metres: number): CameraPose => {
  const f = forwardVector(start)
  const p = start.position
  return { ...start, position: [p[0] + f[0] * metres, p[1] + f[1] * metres, p[2] + f[2] * metres] }
}

/** Dolly distance for a wheel step: 10% of the subject distance per 100 units of deltaY, wheel up = in. */
export const wheelDollyMetres = (deltaY: number, depthM: number): number =>
  clamp(-deltaY / 100, -3, 3) * 0.1 * Math.max(0.5, depthM)

/** Roll for a ctrl-wheel step, degrees. */
export const wheelRollDeg = (deltaY: number): number => clamp(deltaY, -300, 300) * 0.02

export const rollPose = (start: CameraPose, deltaDeg: number): CameraPose => ({ ...start, rollDeg: wrapDegrees(start.rollDeg + deltaDeg) })
