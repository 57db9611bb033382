/**
 * Which custom-preset dialog is open (Save as preset, Edit, Delete). Light, loaded up front: the
 * buttons and commands that open a dialog set this; `DialogHost` loads the dialogs' chunk on first use.
 */
import { createStore } from 'zustand/vanilla'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import { studioStore } from '../../state'

const studio = () => studioStore.getState()

export type PresetDialog =
  | { readonly kind: 'save'; readonly clipIds: readonly string[] }
  | { readonly kind: 'edit'; readonly preset: CustomPresetDefinition }
  | { readonly kind: 'delete'; readonly preset: CustomPresetDefinition }

export const presetDialogStore = createStore<{ dialog: PresetDialog | null }>()(() => ({ dialog: null }))

/** Opens "Save as preset" for `clipIds` (default: the selected move). */
export const openSavePresetDialog = (clipIds?: readonly string[]): void => {
  const ids = clipIds ?? (studio().selectedClipId ? [studio().selectedClipId as string] : [])
  presetDialogStore.setState({ dialog: { kind: 'save', clipIds: ids } })
}
export const openEditPresetDialog = (preset: CustomPresetDefinition): void => presetDialogStore.setState({ dialog: { kind: 'edit', preset } })
export const openDeletePresetDialog = (preset: CustomPresetDefinition): void => presetDialogStore.setState({ dialog: { kind: 'delete', preset } })
export const closePresetDialog = (): void => presetDialogStore.setState({ dialog: null })
