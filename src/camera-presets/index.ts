export { PRESETS, PRESET_ALIASES, getPreset, presetRegistry, presetsInCategory, searchPresets } from './registry'
export { PRESET_CATEGORIES, definePreset } from './types'
export type { CameraPreset, PresetCategory, SubjectMotionNeed } from './types'
export { createClip } from './createClip'
