export { PresetsPanel } from './PresetsPanel'
export { PresetGlyph, type PresetGlyphProps } from './PresetGlyph'
export { PRESET_DRAG_TYPE, categoryLabel } from './presetLibrary'
export type { Glyph } from './glyphs'
