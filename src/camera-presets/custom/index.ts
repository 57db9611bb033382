/**
 * Custom presets ("My presets"): a named move made of built-in moves, as plain versioned data that
 * travels with projects, files and links. See README.md in this folder.
 *
 * The files, links and their one load path (`presetEnvelope`, `loadPresetDocument`, `serializePreset`,
 * `loadPresetFile`) are in `src/schema` (presetFile.ts), imported from there: they bring the
 * validators, which the studio loads only when a preset is imported, exported or opened from a link.
 */
export { customMove, exposedParamSpecs, describeParts, isCustomMove, asPresetCategory, type CustomMove } from './customMove'
export { withCustomPresets, registryFor, lookupPreset, type PresetRegistry } from './registry'
export { checkCustomPreset, CUSTOM_PRESET_ID, EXPOSED_NAME, type DefinitionIssue } from './validate'
export {
  partsFromClips,
  exposedFromRequests,
  exposedNameFor,
  buildCustomPreset,
  type SourceClip,
  type PartSource,
  type PartsResult,
  type ExposeRequest,
  type BuildPresetInput,
  type BuildResult,
} from './build'
export {
  findCustomPreset,
  customPresetUsage,
  sameMotion,
  addCustomPreset,
  updateCustomPreset,
  renameCustomPreset,
  removeCustomPreset,
  bakeCustomPresetClips,
} from './ops'
export {
  CUSTOM_PRESET_PREFIX,
  isCustomPresetId,
  type CustomPresetDefinition,
  type CustomPresetPart,
  type ExposedParam,
  type ExposedNumberParam,
  type ExposedChoiceParam,
  type ExposedParamTarget,
} from '../../timeline/customPreset'
