// The whole "My presets" API, a lazy chunk: the studio's first load takes only `./panel` (the list's
// header, which dialog is open, placing a preset); everything here is imported by lazy parts or through `import()`.
export { MyPresetsSection, CustomPresetDialogs, addCustomPresetById, addMyPreset, openSavePresetDialog, openEditPresetDialog, openDeletePresetDialog, closePresetDialog } from './panel'
export {
  saveAsPreset,
  editPreset,
  renamePreset,
  deletePreset,
  exportPreset,
  importPresetText,
  importPresetFiles,
  keepInLibrary,
  addToMyPresets,
  adoptLibraryRevision,
} from './actions'
export { presetLibrary } from './libraryStore'
export { myPresetItems, presetFileName, linkedPresetStanding, type MyPresetItem, type LinkedPresetStanding } from './myPresets'
