/**
 * Placing a custom preset on the timeline (a click in My presets, a drop on a track): small and
 * synchronous, so the timeline's drop handler can call it up front without the actions' chunk.
 */
import { type CustomPresetDefinition, findCustomPreset, isCustomPresetId } from '../../camera-presets/custom'
import { studioStore } from '../../state'
import { presetLibrary } from './libraryStore'

const studio = () => studioStore.getState()

/** Adds a clip of a custom preset (from My presets or the project), copying its definition into the project when needed. */
export const addMyPreset = (def: CustomPresetDefinition, at?: { trackId?: string; startS?: number }): string | null => studio().addCustomPresetClip(def, at)

/**
 * Adds a clip of the custom preset `id`: the project's copy, else the one in My presets. For drops
 * on the timeline (`PRESET_DRAG_TYPE` carries the id). Returns the new clip id, or null with a notice.
 */
export const addCustomPresetById = (id: string, at?: { trackId?: string; startS?: number }): string | null => {
  if (!isCustomPresetId(id)) return null
  const def = findCustomPreset(studio().document, id) ?? presetLibrary.get(id)
  if (!def) {
    studio().notify('That custom preset is not in this project or in My presets.', 'error')
    return null
  }
  return addMyPreset(def, at)
}

