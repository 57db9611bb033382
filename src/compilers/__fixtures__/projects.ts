/** Small projects the compiler tests share (test-only; not exported from the module). */
import { createClip, getPreset } from '../../camera-presets'
import { type Project, addClip, addTrack, createProject, updateShotSettings } from '../../timeline'
import type { ParamValues } from '../../timeline'

const clipOf = (presetId: string, id: string, startS: number, durationS: number, params?: ParamValues) => {
  const preset = getPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  return createClip(preset, id, startS, params, durationS)
}

/** One second at 12 fps: an orbit with a crane rising under it, then handheld shake. */
export const smallProject = (): Project => {
  let p = createProject('project:golden', 'Golden')
  p = addClip(p, 'shot:1', 'shot:1/track:1', clipOf('orbit-left', 'shot:1/clip:1', 0, 0.75, { angle: 60 }))
  p = addClip(p, 'shot:1', 'shot:1/track:2', clipOf('crane-up', 'shot:1/clip:2', 0.25, 0.5))
  p = addClip(p, 'shot:1', 'shot:1/track:1', clipOf('handheld', 'shot:1/clip:3', 0.75, 0.25, { seed: 3 }))
  return updateShotSettings(p, 'shot:1', { durationS: 1, fps: 12, aspect: '4:3' })
}

/** A project whose one shot plays a single preset with its defaults. */
export const onePresetProject = (presetId: string): Project => {
  const preset = getPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  return addClip(createProject(), 'shot:1', 'shot:1/track:1', clipOf(presetId, 'shot:1/clip:1', 0, preset.defaultDurationS))
}

/** Presets layered from t = 0 on their own tracks, in a shot of `durationS`. */
export const layeredProject = (clips: readonly (readonly [string, ParamValues?])[], durationS = 5): Project => {
  let p = createProject()
  clips.forEach(([id, params], i) => {
    if (i >= 2) p = addTrack(p, 'shot:1', `shot:1/track:${i + 1}`)
    p = addClip(p, 'shot:1', `shot:1/track:${i + 1}`, clipOf(id, `shot:1/clip:${i + 1}`, 0, durationS, params))
  })
  return updateShotSettings(p, 'shot:1', { durationS })
}
