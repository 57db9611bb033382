/**
 * The last second on the way out. An IndexedDB write started while a page unloads may never be
 * committed, so on `pagehide` a tab that owns a project with unsaved changes also writes it, as the
 * versioned project file, to localStorage (synchronous, kept through a reload or a closed tab).
 * The next start takes every such entry that is newer than the library's record into the library
 * (through the one load path) and drops the rest. A normal save removes its entry.
 */
import { loadProject, serializeProject } from '../schema'
import type { Project } from '../timeline/model'
import type { Library, LibraryListing } from './library'

export type RescueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

export const RESCUE_PREFIX = 'framewright.unsaved.'

interface RescueEntry {
  readonly text: string
  readonly at: number
}

export const writeRescue = (storage: RescueStore | null, project: Project, at = Date.now()): void => {
  try {
    storage?.setItem(RESCUE_PREFIX + project.id, JSON.stringify({ text: serializeProject(project), at } satisfies RescueEntry))
  } catch {
    // storage full or blocked: the IndexedDB write on its way is all there is
  }
}

export const clearRescue = (storage: RescueStore | null, projectId: string): void => {
  try {
    storage?.removeItem(RESCUE_PREFIX + projectId)
  } catch {
    // nothing to clear
  }
}

/** Takes newer rescued changes into the library; returns the ids it updated. */
export const applyRescues = async (storage: RescueStore | null, library: Library, listing: LibraryListing): Promise<string[]> => {
  if (!storage) return []
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key?.startsWith(RESCUE_PREFIX)) keys.push(key)
  }
  const updated: string[] = []
  for (const key of keys) {
    const id = key.slice(RESCUE_PREFIX.length)
    try {
      const entry = JSON.parse(storage.getItem(key) ?? 'null') as RescueEntry | null
      const known = listing.projects.find((p) => p.id === id)
      if (entry && typeof entry.text === 'string' && Number.isFinite(entry.at) && known && entry.at > known.updatedAt) {
        const result = loadProject(entry.text)
        if (result.ok && result.project.id === id) {
          await library.save(result.project, entry.at)
          updated.push(id)
        }
      }
    } catch {
      // an unreadable entry is dropped: the library's record stands
    }
    storage.removeItem(key)
  }
  return updated
}
