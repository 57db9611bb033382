/**
 * Test support for the hosted targets (not exported from the module): one-shot projects built from
 * preset clips, and compiling a target on them without going through the registry.
 */
import { createClip, getPreset, presetRegistry } from '../../camera-presets'
import type { AspectRatio } from '../../core/camera/lens'
import type { Seconds } from '../../core/units'
import { type ParamValues, type Project, addClip, addTrack, createProject, updateShotSettings } from '../../timeline'
import { buildContext } from '../context'
import { compileWithContext } from '../registry'
import type { CompileResult, CompileTarget } from '../types'

export interface ClipSpec {
  readonly presetId: string
  readonly startS?: Seconds
  readonly durationS?: Seconds
  readonly params?: ParamValues
}

/** A project whose one shot plays `clips`, each on its own track (so they may overlap). */
export const shotProject = (clips: readonly ClipSpec[], settings: { durationS?: Seconds; aspect?: AspectRatio } = {}): Project => {
  let p = createProject()
  clips.forEach((c, i) => {
    const preset = getPreset(c.presetId)
    if (!preset) throw new Error(`no preset ${c.presetId}`)
    const track = `shot:1/track:${i + 1}`
    if (!p.shots[0].tracks.some((t) => t.id === track)) p = addTrack(p, 'shot:1', track)
    p = addClip(p, 'shot:1', track, createClip(preset, `shot:1/clip:${i + 1}`, c.startS ?? 0, c.params, c.durationS))
  })
  return updateShotSettings(p, 'shot:1', settings)
}

/** Compile shot 1 (or a window of it) for a target that need not be registered. */
export const compileFor = (target: CompileTarget, project: Project, window?: { startS: Seconds; durationS: Seconds }): CompileResult =>
  compileWithContext(target, buildContext(project, 0, presetRegistry, window))

/** The successful result, or a thrown error with the message. */
export const compiled = (target: CompileTarget, project: Project, window?: { startS: Seconds; durationS: Seconds }) => {
  const r = compileFor(target, project, window)
  if (!r.ok) throw new Error(r.error.message)
  return r
}

/** A whip pan left and straight back, 0.7 s in all from 3 s, inside a longer shot (too quick for words timed to the half second). */
export const whipAndBack = (durationS: Seconds): Project =>
  shotProject(
    [
      { presetId: 'whip-pan', startS: 3, durationS: 0.35, params: { direction: 'left' } },
      { presetId: 'whip-pan', startS: 3.35, durationS: 0.35, params: { direction: 'right' } },
    ],
    { durationS },
  )
