// What the studio's first load takes of "My presets": the section in the presets panel (its list
// items load lazily), the dialog host (the dialogs load lazily), which dialog is open, and placing a
// preset on the timeline. The rest of the API (`./index`: import, export, edit, delete, links) is a lazy chunk.
export { MyPresetsSection } from './MyPresetsSection'
export { DialogHost as CustomPresetDialogs } from './DialogHost'
export { openSavePresetDialog, openEditPresetDialog, openDeletePresetDialog, closePresetDialog, presetDialogStore, type PresetDialog } from './dialogState'
export { addMyPreset, addCustomPresetById } from './placePreset'

/** A dropped or chosen preset file's text into the project and My presets (`importPresetText`, from the lazy actions chunk). */
export const importPresetTextLazily = async (text: string): Promise<unknown> => (await import('./actions')).importPresetText(text)
