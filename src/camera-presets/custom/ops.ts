/**
 * Pure edit operations on a project's custom presets. Like `timeline/ops`, each returns a new
 * project, or the same object when nothing changes (so the store records no empty undo step).
 */
import { expandClip } from '../../timeline/composite'
import type { Clip, Project, Shot } from '../../timeline/model'
import type { MoveRegistry } from '../../timeline/moves'
import { type ParamValue, checkParamValue } from '../../timeline/params'
import { type CustomPresetDefinition, MAX_CUSTOM_PRESET_NAME_CHARS } from '../../timeline/customPreset'
import { exposedParamSpecs } from './customMove'
import { registryFor } from './registry'

const samePlain = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

export const findCustomPreset = (project: Project, id: string): CustomPresetDefinition | undefined => project.customPresets.find((d) => d.id === id)

/** How many clips of the project play the custom preset `id`. */
export const customPresetUsage = (project: Project, id: string): number =>
  project.shots.reduce((n, s) => n + s.tracks.reduce((m, t) => m + t.clips.filter((c) => c.presetId === id).length, 0), 0)

/** Whether two definitions move the camera the same way (name, description and category aside). */
export const sameMotion = (a: CustomPresetDefinition, b: CustomPresetDefinition): boolean =>
  a.durationS === b.durationS && samePlain(a.parts, b.parts) && samePlain(a.exposed, b.exposed)

const mapClipsOf = (project: Project, presetId: string, fn: (clip: Clip) => Clip): Project => {
  let changed = false
  const shots = project.shots.map((s) => {
    let shotChanged = false
    const tracks = s.tracks.map((t) => {
      let trackChanged = false
      const clips = t.clips.map((c) => {
        if (c.presetId !== presetId) return c
        const next = fn(c)
        if (next !== c) trackChanged = true
        return next
      })
      if (!trackChanged) return t
      shotChanged = true
      return { ...t, clips }
    })
    if (!shotChanged) return s
    changed = true
    return { ...s, tracks }
  })
  return changed ? { ...project, shots } : project
}

/**
 * Adds a definition the project does not carry yet. One it carries under the same id is replaced only
 * by a later revision (a link or file of an updated preset); an equal or older one changes nothing.
 */
export const addCustomPreset = (project: Project, def: CustomPresetDefinition, builtins: MoveRegistry): Project => {
  const existing = findCustomPreset(project, def.id)
  if (!existing) return { ...project, customPresets: [...project.customPresets, def] }
  if (samePlain(existing, def) || def.version <= existing.version) return project
  return replaceCustomPreset(project, def, builtins, def.version)
}

/** Keeps the clips of `def` valid: parameters it no longer exposes, or values out of their new range, go back to defaults. */
const refitClips = (project: Project, def: CustomPresetDefinition, builtins: MoveRegistry): Project => {
  const specs = new Map(exposedParamSpecs(def, builtins).map((s) => [s.name, s]))
  return mapClipsOf(project, def.id, (c) => {
    const params: Record<string, ParamValue> = {}
    for (const [name, value] of Object.entries(c.params)) {
      const spec = specs.get(name)
      if (spec && !checkParamValue(spec, value)) params[name] = value
    }
    const sameParams = samePlain(params, c.params)
    if (sameParams && c.presetVersion === def.version) return c
    return { ...c, presetVersion: def.version, params: sameParams ? c.params : params }
  })
}

const replaceCustomPreset = (project: Project, def: CustomPresetDefinition, builtins: MoveRegistry, version: number): Project => {
  const next = { ...def, version }
  const customPresets = project.customPresets.map((d) => (d.id === def.id ? next : d))
  return refitClips({ ...project, customPresets }, next, builtins)
}

/**
 * Replaces the definition with the same id (an edit). Its revision goes up by one when the motion
 * changes (timing, parts, exposed parameters), and its clips are refitted: parameters it no longer
 * exposes, or values outside the new ranges, return to their defaults. Unknown ids change nothing.
 */
export const updateCustomPreset = (project: Project, def: CustomPresetDefinition, builtins: MoveRegistry): Project => {
  const existing = findCustomPreset(project, def.id)
  if (!existing) return project
  const version = sameMotion(existing, def) ? existing.version : existing.version + 1
  const next = { ...def, version }
  if (samePlain(existing, next)) return project
  return replaceCustomPreset(project, next, builtins, version)
}

/** Renames a custom preset (trimmed; empty names and unknown ids change nothing). Clips keep playing it. */
export const renameCustomPreset = (project: Project, id: string, name: string): Project => {
  const clean = name.trim().slice(0, MAX_CUSTOM_PRESET_NAME_CHARS).trim()
  const existing = findCustomPreset(project, id)
  if (!clean || !existing || existing.name === clean) return project
  return { ...project, customPresets: project.customPresets.map((d) => (d.id === id ? { ...d, name: clean } : d)) }
}

/** Removes a custom preset no clip plays; one in use is left alone (bake its clips first). */
export const removeCustomPreset = (project: Project, id: string): Project => {
  if (!findCustomPreset(project, id) || customPresetUsage(project, id) > 0) return project
  return { ...project, customPresets: project.customPresets.filter((d) => d.id !== id) }
}

const uniqueIds = (shot: Shot, clips: Clip[]): Clip[] => {
  const taken = new Set(shot.tracks.flatMap((t) => t.clips.map((c) => c.id)))
  return clips.map((c) => {
    let id = c.id
    for (let n = 2; taken.has(id); n++) id = `${c.id}-${n}`
    taken.add(id)
    return id === c.id ? c : { ...c, id }
  })
}

/**
 * Replaces every clip of the custom preset `id` by the clips of its built-in parts, where it is
 * (scaled to the clip's duration): the shots move exactly as before, and no longer need the preset.
 */
export const bakeCustomPresetClips = (project: Project, id: string): Project => {
  const move = registryFor(project).get(id)
  if (!move?.composite) return project
  let changed = false
  const shots = project.shots.map((s) => {
    if (!s.tracks.some((t) => t.clips.some((c) => c.presetId === id))) return s
    changed = true
    const tracks = s.tracks.map((t) => {
      if (!t.clips.some((c) => c.presetId === id)) return t
      const clips = t.clips.flatMap((c) => (c.presetId === id ? uniqueIds(s, expandClip(c, move) ?? []) : [c]))
      return { ...t, clips: clips.map((c, i) => ({ c, i })).sort((a, b) => a.c.startS - b.c.startS || a.i - b.i).map((x) => x.c) }
    })
    return { ...s, tracks }
  })
  return changed ? { ...project, shots } : project
}
