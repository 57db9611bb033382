/**
 * The single autosave of earlier versions (database `framewright`, store `autosave`, key `current`)
 * moves into the library once, on the first start with a library, so nobody loses work. The old
 * entry itself is left where it was (never deleted); a marker in the library's `meta` store says it
 * was taken in.
 */
import { loadProject } from '../schema'
import { idbGet } from './idb'
import type { Library } from './library'

export const LEGACY_MIGRATED = 'legacyAutosaveMigrated'

export interface LegacyEntry {
  readonly text: string
  readonly savedAt: string
}

export interface LegacyMigration {
  /** The id the old autosave got in the library (fresh when its own was taken). */
  readonly projectId?: string
  /** Why it could not be taken in (it stays in the old database). */
  readonly problem?: string
}

export const readLegacyAutosave = (): Promise<LegacyEntry | undefined> => idbGet<LegacyEntry>('current')

export const migrateLegacyAutosave = async (library: Library, readLegacy: () => Promise<LegacyEntry | undefined> = readLegacyAutosave): Promise<LegacyMigration> => {
  if (await library.getMeta(LEGACY_MIGRATED)) return {}
  let entry: LegacyEntry | undefined
  try {
    entry = await readLegacy()
  } catch {
    return {} // the old database cannot be read now: try again next start
  }
  let outcome: LegacyMigration = {}
  if (entry && typeof entry.text === 'string') {
    const result = loadProject(entry.text)
    if (result.ok) {
      const savedAt = Date.parse(entry.savedAt)
      const stored = await library.add(result.project, Number.isFinite(savedAt) ? savedAt : Date.now())
      outcome = { projectId: stored.id }
    } else {
      outcome = { problem: `The project autosaved by an earlier version could not be opened (${result.error.message}); it was left where it was.` }
    }
  }
  await library.setMeta(LEGACY_MIGRATED, { at: Date.now(), ...outcome })
  return outcome
}
