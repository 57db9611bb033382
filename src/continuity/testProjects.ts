/**
 * Test support: projects of still-camera shots framed by where the camera stands around the subject.
 * Not exported from the module.
 */
import { createClip, getPreset } from '../camera-presets'
import { poseLookingAt } from '../core/camera/pose'
import { DEG_TO_RAD } from '../core/units'
import { type Project, type SubjectPath, addClip, addShot, createProject, createShot, setShotStart, updateShotLens, updateShotSubject } from '../timeline'

export interface ShotSpec {
  /** Where the camera stands, from the subject's line of action (its facing here): positive to its left. */
  readonly bearingDeg: number
  readonly distanceM: number
  readonly focalLengthMm?: number
  /** The subject's heading (0 faces +Z) and walk. */
  readonly facingDeg?: number
  readonly path?: SubjectPath
  /** A dolly-in over the whole shot, metres. */
  readonly dollyInM?: number
}

const AIM_HEIGHT_M = 1.5

/** A project of one shot per spec (named "Shot N", ids "shot:N"), the subject at the origin at t = 0. */
export const cutProject = (specs: readonly ShotSpec[]): Project => {
  let p = createProject()
  specs.forEach((spec, i) => {
    const id = `shot:${i + 1}`
    if (i > 0) p = addShot(p, createShot(id, `Shot ${i + 1}`))
    const h = ((spec.facingDeg ?? 0) + spec.bearingDeg) * DEG_TO_RAD
    // the direction at bearing b from a heading f is the heading f + b (positive turns to the subject's left)
    const camera = [spec.distanceM * Math.sin(h), AIM_HEIGHT_M, spec.distanceM * Math.cos(h)] as const
    p = setShotStart(p, id, poseLookingAt(camera, [0, AIM_HEIGHT_M, 0]))
    p = updateShotSubject(p, id, { groundPosition: [0, 0, 0], facingDeg: spec.facingDeg ?? 0, aimHeightM: AIM_HEIGHT_M, path: spec.path ?? { kind: 'still' } })
    if (spec.focalLengthMm !== undefined) p = updateShotLens(p, id, { focalLengthMm: spec.focalLengthMm })
    if (spec.dollyInM !== undefined) {
      const preset = getPreset('dolly-in')!
      p = addClip(p, id, `${id}/track:1`, createClip(preset, `${id}/clip:1`, 0, { distance: spec.dollyInM }, 5))
    }
  })
  return p
}
