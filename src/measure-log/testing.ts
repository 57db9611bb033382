/** Test support: a project of one preset clip, a take of it compiled for a target, and a perfect measurement of its design. */
import { designedMotion } from '../camera-measure/compare/designed'
import { compareMotion } from '../camera-measure/compare/compare'
import type { MeasuredMotion, MotionComparison } from '../camera-measure/compare/types'
import { createClip, getPreset } from '../camera-presets'
import { registryFor } from '../camera-presets/custom'
import { compileShot } from '../compilers'
import { createProject } from '../timeline/defaults'
import { addClip, updateShotSettings } from '../timeline/ops'
import type { Project } from '../timeline'
import type { MeasuredTake } from './entry'

/** A default project whose one shot (`durationS` long, 5 s by default: what Kling and Higgsfield take) holds one clip of `presetId` over all of it. */
export const projectOf = (presetId: string, durationS = 5): Project => {
  let project = createProject()
  const shot = project.shots[0]
  const preset = getPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  project = updateShotSettings(project, shot.id, { durationS })
  return addClip(project, shot.id, shot.tracks[0].id, { ...createClip(preset, 'clip:1', 0), durationS })
}

/** The compiled payload text of the project's shot for `target` (throws on a compile error). */
export const payloadOf = (project: Project, target: string): string => {
  const r = compileShot(target, project, 0, registryFor(project))
  if (!r.ok) throw new Error(r.error.message)
  return r.text
}

/** A take of the project's shot on `route` with `target`'s payload, measured as exactly its design. */
export const perfectlyMeasured = (project: Project, route: string, target = route, id = 'take:1'): MeasuredTake => {
  const designed = designedMotion(project, 0, registryFor(project), 24)
  const measured: MeasuredMotion = { fps: designed.fps, frames: designed.frames }
  const comparison: MotionComparison = compareMotion(designed, measured)
  return {
    take: { id, projectId: project.id, shotName: project.shots[0].name, route, target, payload: payloadOf(project, target), settings: { size: '480p', depth: false }, createdAt: 1 },
    measured,
    comparison,
  }
}
