/**
 * "My presets" across projects: a personal copy of each custom preset in IndexedDB (database
 * `framewright-presets`, store `presets`, keyed by preset id). Each record holds the preset's file
 * envelope (`presetEnvelope`), so reading goes through the preset's one load path (kind, version,
 * migrate, validate) like a file or a link; a record that no longer loads is skipped and reported.
 */
import type { DBSchema } from 'idb'
import { lazyDatabase } from '../../persistence/lazyDatabase'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import { loadPresetDocument, presetEnvelope } from '../../schema'

export const PRESETS_DB_NAME = 'framewright-presets'
const DB_VERSION = 1

export interface StoredPreset {
  readonly id: string
  /** The preset envelope: `{ kind: 'framewright.preset', schemaVersion, appVersion, savedAt, preset }`. */
  readonly envelope: unknown
  /** When it was last saved (ms since the epoch), for ordering: the newest first. */
  readonly savedAt: number
}

interface PresetsSchema extends DBSchema {
  presets: { key: string; value: StoredPreset }
}

const db = lazyDatabase<PresetsSchema>(PRESETS_DB_NAME, DB_VERSION, (database) => {
  database.createObjectStore('presets', { keyPath: 'id' })
})

export interface LoadedLibrary {
  /** The newest first. */
  readonly presets: CustomPresetDefinition[]
  /** One line per record that could not be read (skipped, left in place). */
  readonly problems: string[]
}

export const loadLibrary = async (): Promise<LoadedLibrary> => {
  const records = await (await db()).getAll('presets')
  const presets: { def: CustomPresetDefinition; at: number }[] = []
  const problems: string[] = []
  for (const r of records) {
    const loaded = loadPresetDocument(r.envelope)
    if (loaded.ok) presets.push({ def: loaded.preset, at: r.savedAt })
    else problems.push(`${r.id}: ${loaded.error.message}`)
  }
  return { presets: presets.sort((a, b) => b.at - a.at).map((p) => p.def), problems }
}

export const putLibraryPreset = async (def: CustomPresetDefinition, now = Date.now()): Promise<void> => {
  await (await db()).put('presets', { id: def.id, envelope: presetEnvelope(def, { savedAt: new Date(now).toISOString() }), savedAt: now })
}

export const deleteLibraryPreset = async (id: string): Promise<void> => {
  await (await db()).delete('presets', id)
}
