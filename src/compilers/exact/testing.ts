/**
 * Test support for the exact targets (pure, no Node): pose errors of frames read back from an
 * output against the shot evaluated at the same times, and a busy multi-move project.
 * Used only by *.test.ts files.
 */
import { createClip, getPreset, presetRegistry } from '../../camera-presets'
import { type Quat, quatMultiply } from '../../core/math/quat'
import { type Project, type Shot, addClip, createProject, evaluateShot, updateShotSettings } from '../../timeline'
import type { ParamValues } from '../../timeline'
import { buildContext } from '../context'
import { measureFidelity } from '../fidelity'
import type { ReconstructedFrame } from '../types'

/** Angle between two orientations, accurate for tiny angles (2 atan2(|v|, |w|) of a^-1 b). */
export const preciseAngle = (a: Quat, b: Quat): number => {
  const [x, y, z, w] = quatMultiply([-a[0], -a[1], -a[2], a[3]], b)
  return 2 * Math.atan2(Math.hypot(x, y, z), Math.abs(w))
}

export interface FrameErrors {
  readonly positionM: number
  readonly angleRad: number
  readonly focalMm: number
  readonly focusM: number
  readonly frames: number
}

/** Largest errors of frames against `evaluateShot` at each frame's own time (t from the shot start). */
export const frameErrors = (shot: Shot, frames: readonly ReconstructedFrame[], opts: { focal?: boolean } = {}): FrameErrors => {
  let positionM = 0
  let angleRad = 0
  let focalMm = 0
  let focusM = 0
  for (const f of frames) {
    const d = evaluateShot(shot, f.t, presetRegistry)
    positionM = Math.max(positionM, Math.hypot(f.position[0] - d.position[0], f.position[1] - d.position[1], f.position[2] - d.position[2]))
    angleRad = Math.max(angleRad, preciseAngle(f.quaternion, d.quaternion))
    if (opts.focal !== false) focalMm = Math.max(focalMm, Math.abs(f.focalLengthMm - d.focalLengthMm))
    if (f.focusDistanceM !== undefined) focusM = Math.max(focusM, Math.abs(f.focusDistanceM - d.focusDistanceM))
  }
  return { positionM, angleRad, focalMm, focusM, frames: frames.length }
}

const clipOf = (presetId: string, id: string, startS: number, durationS: number, params?: ParamValues) => {
  const preset = getPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  return createClip(preset, id, startS, params, durationS)
}

/**
 * Four seconds at 24 fps, 9:16: an orbit with a crane under it, a dolly zoom and a roll overlapping
 * it, then a whip pan and handheld shake; every channel moves at once somewhere.
 */
export const complexProject = (): Project => {
  let p = createProject('project:complex', 'Complex')
  p = addClip(p, 'shot:1', 'shot:1/track:1', clipOf('orbit-left', 'shot:1/clip:1', 0, 2.5, { angle: 120 }))
  p = addClip(p, 'shot:1', 'shot:1/track:2', clipOf('crane-up', 'shot:1/clip:2', 0.5, 2))
  p = addClip(p, 'shot:1', 'shot:1/track:2', clipOf('dolly-zoom-in', 'shot:1/clip:3', 2.5, 1))
  p = addClip(p, 'shot:1', 'shot:1/track:1', clipOf('roll', 'shot:1/clip:4', 2.5, 1, { angle: 40 }))
  p = addClip(p, 'shot:1', 'shot:1/track:1', clipOf('whip-pan', 'shot:1/clip:5', 3.5, 0.3))
  p = addClip(p, 'shot:1', 'shot:1/track:2', clipOf('handheld', 'shot:1/clip:6', 3.5, 0.5, { seed: 7 }))
  return updateShotSettings(p, 'shot:1', { durationS: 4, fps: 24, aspect: '9:16' })
}

/** The frame-by-frame fidelity score of frames read back from an output, for shot 1 of a project. */
export const fidelityOfFrames = (targetId: string, project: Project, frames: readonly ReconstructedFrame[]): number => {
  const ctx = buildContext(project, 0, presetRegistry)
  return measureFidelity(targetId, ctx.analysis, { kind: 'frames', frames }, [], ctx.frameAt).score
}

/** Change the number at token `index` of line `line` (0-based) by `delta`. */
export const nudgeToken = (text: string, line: number, index: number, delta: number, separator: RegExp = /\s+/): string => {
  const lines = text.split('\n')
  const parts = lines[line].split(separator)
  const seps = lines[line].match(new RegExp(separator.source, 'g')) ?? []
  parts[index] = String(Number(parts[index]) + delta)
  lines[line] = parts.map((p, i) => p + (seps[i] ?? '')).join('')
  return lines.join('\n')
}
