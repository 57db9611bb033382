/**
 * Custom presets ("My presets"): a named move made of built-in moves, as plain versioned data that
 * travels with projects, files and links. See README.md in this folder.
 *
 * For share links (`#m=`): `presetEnvelope(def)` is the JSON-able envelope to encode, and
 * `loadPresetDocument(value)` the one load path for a decoded value (kind, version, migrate, validate;
 * never throws; `{ ok: true, preset } | { ok: false, error: { code, message } }`). Files use
 * `serializePreset(def)` / `loadPresetFile(text)`.
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
export {
  presetEnvelope,
  loadPresetDocument,
  loadPresetFile,
  serializePreset,
  PRESET_KIND,
  CURRENT_PRESET_SCHEMA_VERSION,
  PRESET_FILE_EXTENSION,
  type PresetLoadResult,
} from '../../schema'
