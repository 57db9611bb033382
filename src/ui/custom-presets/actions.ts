/**
 * What the "My presets" UI does, in one place: every change to a project goes through a store action
 * (one undo step), and the personal library (IndexedDB) follows, so a preset saved, edited, renamed
 * or imported in one project is in My presets in the next.
 */
import {
  type CustomPresetDefinition,
  checkCustomPreset,
  findCustomPreset,
  sameMotion,
} from '../../camera-presets/custom'
import { presetRegistry } from '../../camera-presets'
import { type SavePresetOptions, type SavePresetResult, studioStore } from '../../state'
import { presetLibrary } from './libraryStore'
import { type LinkedPresetStanding, linkedPresetStanding, presetFileName } from './myPresets'

const studio = () => studioStore.getState()

/** Saves clips of the selected shot as a preset: into the project (undoable) and My presets. */
export const saveAsPreset = (clipIds: readonly string[], options: SavePresetOptions): SavePresetResult => {
  const result = studio().saveClipsAsPreset(clipIds, options)
  if (result.ok) void presetLibrary.save(result.preset)
  return result
}

/** The definition after an edit: what the project now carries, or (library only) the edit with its revision bumped when the motion changed. */
const edited = (before: CustomPresetDefinition, after: CustomPresetDefinition): CustomPresetDefinition =>
  findCustomPreset(studio().document, after.id) ?? { ...after, version: sameMotion(before, after) ? before.version : before.version + 1 }

/** Applies an edit of a preset to the project (when it carries it) and to My presets (when it holds it). */
export const editPreset = (before: CustomPresetDefinition, after: CustomPresetDefinition): { ok: true } | { ok: false; message: string } => {
  const issues = checkCustomPreset(after, presetRegistry)
  if (issues.length) return { ok: false, message: `${issues[0].path.join('.')} ${issues[0].message}` }
  if (findCustomPreset(studio().document, after.id) && !studio().updateCustomPreset(after)) return { ok: false, message: 'The preset could not be changed.' }
  const next = edited(before, after)
  if (presetLibrary.get(after.id)) void presetLibrary.save(next)
  return { ok: true }
}

export const renamePreset = (def: CustomPresetDefinition, name: string): void => {
  const clean = name.trim()
  if (!clean || clean === def.name) return
  if (findCustomPreset(studio().document, def.id)) studio().renameCustomPreset(def.id, clean)
  const lib = presetLibrary.get(def.id)
  if (lib) void presetLibrary.save({ ...lib, name: findCustomPreset(studio().document, def.id)?.name ?? clean })
}

/**
 * Deletes a preset from the project and from My presets. One that clips of the project play is
 * refused unless `bake`: then those clips become the moves it is made of first (undoable).
 */
export const deletePreset = (def: CustomPresetDefinition, options: { bake?: boolean } = {}): { ok: true } | { ok: false; usedBy: number } => {
  if (findCustomPreset(studio().document, def.id)) {
    const r = studio().deleteCustomPreset(def.id, options)
    if (!r.ok) return r
  }
  void presetLibrary.remove(def.id)
  studio().notify(`Deleted “${def.name}”.`)
  return { ok: true }
}

/** Keeps a preset the project carries (opened from someone else's file or link) in My presets too. */
export const keepInLibrary = (def: CustomPresetDefinition): void => void presetLibrary.save(def)

/**
 * "Add to my presets" for a preset opened from a link (`#m=`, decoded with `loadPresetDocument`):
 * into My presets only; the open project is not touched until the preset is used in it. The same id
 * at the same or a later revision already there: nothing changes (and the notice says so); an earlier
 * revision there: it is updated to this one (`linkedPresetStanding`). Loads My presets first, so a
 * stored later revision is never overwritten. Resolves to what it did.
 */
export const addToMyPresets = async (def: CustomPresetDefinition): Promise<LinkedPresetStanding['kind']> => {
  await presetLibrary.load()
  const standing = linkedPresetStanding(presetLibrary.store.getState().presets, def)
  if (standing.kind === 'held') {
    const { held } = standing
    studio().notify(`My presets already has “${held.name}” (revision ${held.version}${held.version > def.version ? `, later than this link's ${def.version}` : ''}).`)
    return standing.kind
  }
  await presetLibrary.save(def)
  studio().notify(standing.kind === 'update' ? `Updated “${def.name}” in My presets to revision ${def.version}.` : `Added “${def.name}” to My presets.`)
  return standing.kind
}

/** Moves the project onto the later revision held in My presets (its clips follow). */
export const adoptLibraryRevision = (def: CustomPresetDefinition): void => void studio().addCustomPreset(def)

/** Downloads the preset as `<name>.framewright-preset.json`. */
export const exportPreset = async (def: CustomPresetDefinition): Promise<void> => {
  const { serializePreset } = await import('../../schema')
  const url = URL.createObjectURL(new Blob([serializePreset(def, { savedAt: new Date().toISOString() })], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = presetFileName(def)
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Imports a preset file's text (the one preset load path, loaded on first use): into the project (so it travels with it,
 * even where the browser keeps no library) and My presets. One notice either way.
 */
export const importPresetText = async (text: string): Promise<{ ok: true; preset: CustomPresetDefinition } | { ok: false; message: string }> => {
  const { loadPresetFile } = await import('../../schema')
  const loaded = loadPresetFile(text)
  if (!loaded.ok) {
    studio().notify(loaded.error.message, 'error')
    return { ok: false, message: loaded.error.message }
  }
  studio().addCustomPreset(loaded.preset)
  void presetLibrary.save(loaded.preset)
  studio().notify(`Added “${loaded.preset.name}” to My presets.`)
  return { ok: true, preset: loaded.preset }
}

/** Imports `.framewright-preset.json` files (a file picker, a drop). */
export const importPresetFiles = async (files: Iterable<File>): Promise<void> => {
  for (const file of files) await importPresetText(await file.text())
}
