/** Small projects the storyboard tests share (test-only). */
import { createClip, getPreset, presetRegistry } from '../camera-presets'
import { type Project, type Shot, addClip, addShot, createProject, createShot, renameShot, setShotNotes, updateShotSettings } from '../timeline'
import type { ParamValues } from '../timeline'

export const registry = presetRegistry

export const withMove = (p: Project, shotId: string, presetId: string, params?: ParamValues, startS = 0, durationS?: number): Project => {
  const preset = getPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  const shot = p.shots.find((s) => s.id === shotId)!
  const n = shot.tracks[0].clips.length + 1
  return addClip(p, shotId, `${shotId}/track:1`, createClip(preset, `${shotId}/clip:${n}`, startS, params, durationS))
}

/** One shot playing one preset for `durationS`. */
export const oneMove = (presetId: string, params?: ParamValues, durationS = 4): Shot => {
  const p = updateShotSettings(withMove(createProject(), 'shot:1', presetId, params, 0, durationS), 'shot:1', { durationS })
  return p.shots[0]
}

/** Three shots: a pan (3 s), a dolly-in (2.5 s, notes with a comma, quotes, a newline and non-ASCII), a hold (1 s). */
export const threeShots = (): Project => {
  let p = createProject('project:sb', 'Storyboard test')
  p = withMove(p, 'shot:1', 'pan-right', undefined, 0, 3)
  p = updateShotSettings(p, 'shot:1', { durationS: 3 })
  p = addShot(p, createShot('shot:2', 'Push in'))
  p = withMove(p, 'shot:2', 'dolly-in', { distance: 2 }, 0, 2.5)
  p = updateShotSettings(p, 'shot:2', { durationS: 2.5 })
  p = setShotNotes(p, 'shot:2', 'Slow, "quiet" push →\nthen hold — café ☕')
  p = addShot(p, createShot('shot:3', 'Hold'))
  p = updateShotSettings(p, 'shot:3', { durationS: 1 })
  return renameShot(p, 'shot:1', 'Opening pan')
}
