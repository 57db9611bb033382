export { MyPresetsSection } from './MyPresetsSection'
export { DialogHost as CustomPresetDialogs } from './DialogHost'
export {
  addCustomPresetById,
  addMyPreset,
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
  openSavePresetDialog,
  openEditPresetDialog,
  openDeletePresetDialog,
  closePresetDialog,
} from './actions'
export { presetLibrary } from './libraryStore'
export { myPresetItems, presetFileName, linkedPresetStanding, type MyPresetItem, type LinkedPresetStanding } from './myPresets'
