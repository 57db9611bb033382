/**
 * The store's custom-preset actions: each calls the pure operations of `camera-presets/custom` on the
 * document through `edit`, so every one is a single undo step like any other document edit. The
 * personal library across projects ("My presets" in IndexedDB) is the UI's, not the store's.
 */
import { createClip, presetRegistry } from '../camera-presets'
import {
  addCustomPreset,
  bakeCustomPresetClips,
  buildCustomPreset,
  checkCustomPreset,
  customPresetUsage,
  findCustomPreset,
  partsFromClips,
  registryFor,
  removeCustomPreset,
  renameCustomPreset,
  updateCustomPreset,
  type SourceClip,
} from '../camera-presets/custom'
import type { Project, Shot } from '../timeline/model'
import * as ops from '../timeline/ops'
import { snapToFrame } from '../timeline/snap'
import { CUSTOM_PRESET_PREFIX } from '../timeline/customPreset'
import { newId } from './ids'
import type { StudioActions, StudioState } from './types'

/** A fresh `custom:<uuid v4>` (crypto.randomUUID needs a secure context; getRandomValues does not). */
export const newCustomPresetId = (): string => {
  const c = globalThis.crypto
  if (typeof c?.randomUUID === 'function') {
    try {
      return `${CUSTOM_PRESET_PREFIX}${c.randomUUID()}`
    } catch {
      // not a secure context: fall through
    }
  }
  const b = new Uint8Array(16)
  if (c?.getRandomValues) c.getRandomValues(b)
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256)
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${CUSTOM_PRESET_PREFIX}${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

type CustomPresetActions = Pick<
  StudioActions,
  'saveClipsAsPreset' | 'updateCustomPreset' | 'renameCustomPreset' | 'deleteCustomPreset' | 'addCustomPreset' | 'addCustomPresetClip'
>

interface StoreAccess {
  readonly get: () => StudioState
  readonly set: (patch: Partial<StudioState>) => void
  readonly edit: (fn: (doc: Project) => Project) => void
  readonly currentShot: () => Shot
}

/** Where a click puts a new clip: after the last clip of the first track (or where a drop says). */
const placement = (shot: Shot, at?: { trackId?: string; startS?: number }) => {
  if (at?.trackId !== undefined) return { trackId: at.trackId, startS: at.startS ?? 0 }
  const track = shot.tracks[0]
  return { trackId: track.id, startS: at?.startS ?? track.clips.reduce((end, c) => Math.max(end, c.startS + c.durationS), 0) }
}

export const createCustomPresetActions = ({ get, set, edit, currentShot }: StoreAccess): CustomPresetActions => ({
  saveClipsAsPreset: (clipIds, options) => {
    const shot = currentShot()
    const sources: SourceClip[] = []
    for (const id of clipIds) {
      const track = shot.tracks.findIndex((t) => t.clips.some((c) => c.id === id))
      const found = ops.findClip(shot, id)
      if (!found || track < 0) return { ok: false, message: `There is no move "${id}" in this shot.` }
      sources.push({ clip: found.clip, track })
    }
    const registry = registryFor(get().document)
    const parts = partsFromClips(sources, registry)
    if (!parts.ok) return parts
    const built = buildCustomPreset(
      { id: newCustomPresetId(), name: options.name, description: options.description, category: options.category, parts: parts.parts, sources: parts.sources, exposed: options.exposed ?? [] },
      presetRegistry,
    )
    if (!built.ok) return { ok: false, message: built.message }
    edit((d) => addCustomPreset(d, built.definition, presetRegistry))
    get().notify(`Saved “${built.definition.name}” to My presets.`)
    return { ok: true, preset: built.definition }
  },

  updateCustomPreset: (definition) => {
    const issues = checkCustomPreset(definition, presetRegistry)
    if (issues.length > 0) {
      get().notify(`The preset was not changed: ${issues[0].path.join('.')} ${issues[0].message}`, 'error')
      return false
    }
    edit((d) => updateCustomPreset(d, definition, presetRegistry))
    return true
  },

  renameCustomPreset: (presetId, name) => edit((d) => renameCustomPreset(d, presetId, name)),

  deleteCustomPreset: (presetId, options) => {
    const doc = get().document
    const usedBy = customPresetUsage(doc, presetId)
    if (usedBy > 0 && !options?.bake) return { ok: false, usedBy }
    edit((d) => removeCustomPreset(usedBy > 0 ? bakeCustomPresetClips(d, presetId) : d, presetId))
    return { ok: true }
  },

  addCustomPreset: (definition) => {
    const issues = checkCustomPreset(definition, presetRegistry)
    if (issues.length > 0) {
      get().notify(`“${definition.name}” cannot be added: ${issues[0].path.join('.')} ${issues[0].message}`, 'error')
      return false
    }
    edit((d) => addCustomPreset(d, definition, presetRegistry))
    return true
  },

  addCustomPresetClip: (definition, at) => {
    const doc = get().document
    // the project's own copy wins: its clips already play it
    const carried = findCustomPreset(doc, definition.id)
    if (!carried && checkCustomPreset(definition, presetRegistry).length > 0) {
      get().notify(`“${definition.name}” cannot be used: it is not a valid preset for this app.`, 'error')
      return null
    }
    const withDef = carried ? doc : addCustomPreset(doc, definition, presetRegistry)
    const move = registryFor(withDef).get(definition.id)
    if (!move) return null
    const shot = currentShot()
    const { trackId, startS } = placement(shot, at)
    const id = newId('clip')
    const clip = createClip(move, id, snapToFrame(Math.max(0, startS), shot.fps))
    edit((d) => ops.addClip(carried ? d : addCustomPreset(d, definition, presetRegistry), shot.id, trackId, clip))
    set({ selectedClipId: id })
    return id
  },
})
