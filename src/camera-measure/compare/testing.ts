/** Test support: designs of one preset clip, and measurements made from a design by altering it. */
import { createClip, getPreset } from '../../camera-presets'
import { registryFor } from '../../camera-presets/custom'
import type { ParamValues } from '../../timeline/params'
import { createProject } from '../../timeline/defaults'
import { addClip } from '../../timeline/ops'
import { designedMotion } from './designed'
import type { DesignedMotion, MeasuredMotion, MotionFrame } from './types'

export const FPS = 24

/** The design of a default project's one shot holding one clip of `presetId` from t = 0 (or nothing). */
export const designOf = (presetId: string | null, params?: ParamValues): DesignedMotion => {
  let project = createProject()
  const shot = project.shots[0]
  if (presetId) {
    const preset = getPreset(presetId)
    if (!preset) throw new Error(`no preset ${presetId}`)
    project = addClip(project, shot.id, shot.tracks[0].id, createClip(preset, 'clip:1', 0, params))
  }
  return designedMotion(project, 0, registryFor(project), FPS)
}

/** The design of a default shot holding each `[presetId, track]` clip from t = 0 (layered moves). */
export const designOfLayers = (layers: readonly (readonly [string, number])[]): DesignedMotion => {
  let project = createProject()
  const shot = project.shots[0]
  layers.forEach(([presetId, track], i) => {
    const preset = getPreset(presetId)
    if (!preset) throw new Error(`no preset ${presetId}`)
    project = addClip(project, shot.id, shot.tracks[track].id, createClip(preset, `clip:${i + 1}`, 0))
  })
  return designedMotion(project, 0, registryFor(project), FPS)
}

/** What a perfect measurement of the design would read: its frames, no metric travel. */
export const asMeasured = (d: DesignedMotion, alter: (f: MotionFrame, i: number, frames: readonly MotionFrame[]) => MotionFrame = (f) => f): MeasuredMotion => ({
  fps: d.fps,
  frames: d.frames.map((f, i) => alter(f, i, d.frames)),
})
