/**
 * The one save path of project files, apart from the load path so that saving (autosave, export)
 * does not bring the validators (zod) into the studio's first load.
 */
import type { Project } from '../timeline'
import { referencedAssetIds } from '../timeline/media'
import type { FileAssets } from './mediaSchema'
import { APP_VERSION, PROJECT_KIND } from './envelope'
import { CURRENT_SCHEMA_VERSION } from './migrations'

export interface SerializeOptions {
  /** When the file was saved (ISO 8601). Left out by default so output is reproducible. */
  readonly savedAt?: string
  /** The media bytes to carry beside the project (an exported file); only those the project points at are written. */
  readonly assets?: FileAssets
}

const assetsEntry = (project: Project, assets: FileAssets | undefined): { assets?: FileAssets } => {
  if (!assets) return {}
  const kept = Object.fromEntries(referencedAssetIds(project).flatMap((id) => (assets[id] ? [[id, assets[id]]] : []))) as FileAssets
  return Object.keys(kept).length ? { assets: kept } : {}
}

/** The project as a pretty-printed, current-version envelope (ends with a newline). */
export const serializeProject = (project: Project, options: SerializeOptions = {}): string => {
  const envelope = {
    kind: PROJECT_KIND,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: APP_VERSION,
    ...(options.savedAt !== undefined ? { savedAt: options.savedAt } : {}),
    project,
    ...assetsEntry(project, options.assets),
  }
  return `${JSON.stringify(envelope, null, 2)}\n`
}
