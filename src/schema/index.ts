export { APP_VERSION, PROJECT_KIND } from './envelope'
export { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateDocument } from './migrations'
export type { MigrationStep } from './migrations'
export { loadProject, loadProjectDocument, serializeProject, validateProject } from './load'
export type { LoadError, LoadErrorCode, LoadResult, SerializeOptions } from './load'
export { formatIssue, formatPath } from './issues'
export {
  CURRENT_PRESET_SCHEMA_VERSION,
  PRESET_FILE_EXTENSION,
  PRESET_KIND,
  PRESET_MIGRATIONS,
  loadPresetDocument,
  loadPresetFile,
  presetEnvelope,
  serializePreset,
} from './presetFile'
export type { PresetLoadResult } from './presetFile'
export { MAX_ASSET_BYTES, MAX_REFERENCE_IMAGE_PX, assetIdSchema } from './mediaSchema'
export type { FileAsset, FileAssets } from './mediaSchema'
