/**
 * The project library in IndexedDB (through `idb`), a database of its own (`framewright-library`):
 *
 * - `projects`: id -> { id, name, shotCount, updatedAt, text }, `text` being the versioned project
 *   file Export writes. Every record read goes through the schema's one load path (decode, check
 *   kind and version, migrate, validate); one that fails is moved to `aside` (never deleted) and
 *   reported, except a newer version's, which stays where it is for the newer app.
 * - `thumbnails`: id -> { png, key }: a small lens-view PNG of the first shot and the `thumbKey` of
 *   the design it shows (a different key: draw it again).
 * - `aside`: records that could not be read, with why. `meta`: one-off markers (the old autosave's
 *   migration).
 *
 * Ids are unique in the library: a project added from outside (a file, a link, the CLI, the old
 * autosave) whose id is taken gets a fresh one, since takes are stored per project id.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import { type LoadResult, loadProject, serializeProject } from '../schema'
import type { Project } from '../timeline/model'
import { newId } from '../state/ids'
import type { ProjectSummary } from '../state/libraryStore'

export const LIBRARY_DB_NAME = 'framewright-library'
const DB_VERSION = 1

export interface ProjectRecord {
  readonly id: string
  readonly name: string
  readonly shotCount: number
  /** Last change, ms since the epoch. */
  readonly updatedAt: number
  /** The project file (a versioned envelope), exactly as Export writes it. */
  readonly text: string
}

export interface ThumbnailRecord {
  readonly png: Blob
  /** The `thumbKey` of the design the picture shows. */
  readonly key: string
}

export interface AsideRecord {
  readonly record: unknown
  readonly reason: string
  readonly at: number
}

interface LibrarySchema extends DBSchema {
  projects: { key: string; value: ProjectRecord }
  thumbnails: { key: string; value: ThumbnailRecord }
  aside: { key: string; value: AsideRecord }
  meta: { key: string; value: unknown }
}

/** A deleted project, kept in memory for Undo. */
export interface RemovedProject {
  readonly record: ProjectRecord
  readonly thumbnail: ThumbnailRecord | undefined
}

export interface LibraryListing {
  /** Newest change first. */
  readonly projects: ProjectSummary[]
  /** One line per record that could not be read (kept aside, or left for a newer app). */
  readonly problems: string[]
}

export interface Library {
  list(): Promise<LibraryListing>
  /** A project through the one load path; null when there is no such record. A bad record is moved aside. */
  read(id: string): Promise<LoadResult | null>
  has(id: string): Promise<boolean>
  /** Writes the project under its id (the autosave). */
  save(project: Project, updatedAt?: number): Promise<ProjectRecord>
  /** Adds a project from outside, under a fresh id when its own is taken; returns it as stored. */
  add(project: Project, updatedAt?: number): Promise<Project>
  duplicate(id: string, now?: number): Promise<ProjectSummary | null>
  rename(id: string, name: string, now?: number): Promise<ProjectSummary | null>
  remove(id: string): Promise<RemovedProject | null>
  restore(removed: RemovedProject): Promise<void>
  thumbnail(id: string): Promise<ThumbnailRecord | undefined>
  putThumbnail(id: string, thumbnail: ThumbnailRecord): Promise<void>
  getMeta(key: string): Promise<unknown>
  setMeta(key: string, value: unknown): Promise<void>
  close(): void
}

/** A cheap fingerprint (FNV-1a, 32 bit) of what the thumbnail shows: the scene, the first shot (and the project's own presets, which its moves may name). */
export const thumbKeyOf = (project: Project): string => {
  const text = JSON.stringify([project.scene, project.shots[0], project.customPresets])
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

export const summaryOf = (project: Project, updatedAt: number): ProjectSummary => ({
  id: project.id,
  name: project.name,
  shotCount: project.shots.length,
  updatedAt,
  thumbKey: thumbKeyOf(project),
})

export const recordOf = (project: Project, updatedAt: number): ProjectRecord => ({
  id: project.id,
  name: project.name,
  shotCount: project.shots.length,
  updatedAt,
  text: serializeProject(project, { savedAt: new Date(updatedAt).toISOString() }),
})

const isRecord = (value: unknown): value is ProjectRecord =>
  typeof value === 'object' && value !== null && typeof (value as ProjectRecord).id === 'string' && typeof (value as ProjectRecord).text === 'string'

const updatedAtOf = (r: ProjectRecord): number => (Number.isFinite(r.updatedAt) ? r.updatedAt : 0)

/** Reads one stored value through the load path; the key is the project's id whatever the file says. */
const loadRecord = (key: string, value: unknown): LoadResult => {
  if (!isRecord(value)) return { ok: false, error: { code: 'invalid', message: 'the stored record has no project file in it' } }
  const result = loadProject(value.text)
  if (result.ok && result.project.id !== key) return { ok: true, project: { ...result.project, id: key } }
  return result
}

const nameOf = (value: unknown, key: string): string => (isRecord(value) && typeof value.name === 'string' && value.name ? `“${value.name}”` : key)

export const openLibrary = async (name = LIBRARY_DB_NAME): Promise<Library> => {
  const db: IDBPDatabase<LibrarySchema> = await openDB<LibrarySchema>(name, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('projects', { keyPath: 'id' })
      database.createObjectStore('thumbnails')
      database.createObjectStore('aside')
      database.createObjectStore('meta')
    },
    blocking() {
      // another tab opened a newer version of the database: let it upgrade
      db.close()
    },
  })

  /** Moves an unreadable record to `aside` (too-new ones stay: a newer app can read them). */
  const setAside = async (key: string, value: unknown, result: Extract<LoadResult, { ok: false }>): Promise<string> => {
    if (result.error.code === 'too-new') return `${nameOf(value, key)} was saved by a newer version of Framewright: update the app to open it.`
    const tx = db.transaction(['projects', 'aside'], 'readwrite')
    void tx.objectStore('aside').put({ record: value, reason: result.error.message, at: Date.now() }, `${key}@${Date.now()}`)
    void tx.objectStore('projects').delete(key)
    await tx.done
    return `${nameOf(value, key)} could not be read (${result.error.message}); it was kept aside.`
  }

  const read = async (id: string): Promise<LoadResult | null> => {
    const value = await db.get('projects', id)
    if (value === undefined) return null
    const result = loadRecord(id, value)
    if (!result.ok) await setAside(id, value, result)
    return result
  }

  const putUnique = async (project: Project, updatedAt: number): Promise<Project> => {
    const tx = db.transaction('projects', 'readwrite')
    const taken = !project.id || (await tx.store.getKey(project.id)) !== undefined
    const stored = taken ? { ...project, id: newId('project') } : project
    await tx.store.put(recordOf(stored, updatedAt))
    await tx.done
    return stored
  }

  return {
    async list() {
      const tx = db.transaction('projects', 'readonly')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      await tx.done
      const projects: ProjectSummary[] = []
      const problems: string[] = []
      for (let i = 0; i < keys.length; i++) {
        const result = loadRecord(keys[i], values[i])
        if (result.ok) projects.push(summaryOf(result.project, updatedAtOf(values[i])))
        else problems.push(await setAside(keys[i], values[i], result))
      }
      projects.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name))
      return { projects, problems }
    },
    read,
    has: async (id) => (await db.getKey('projects', id)) !== undefined,
    async save(project, updatedAt = Date.now()) {
      const record = recordOf(project, updatedAt)
      await db.put('projects', record)
      return record
    },
    add: (project, updatedAt = Date.now()) => putUnique(project, updatedAt),
    async duplicate(id, now = Date.now()) {
      const result = await read(id)
      if (!result?.ok) return null
      const copy = await putUnique({ ...result.project, id: newId('project'), name: `${result.project.name} copy` }, now)
      const thumbnail = await db.get('thumbnails', id)
      if (thumbnail) await db.put('thumbnails', thumbnail, copy.id)
      return summaryOf(copy, now)
    },
    async rename(id, name, now = Date.now()) {
      const result = await read(id)
      if (!result?.ok || !name.trim()) return null
      const renamed = { ...result.project, name: name.trim() }
      await db.put('projects', recordOf(renamed, now))
      return summaryOf(renamed, now)
    },
    async remove(id) {
      const tx = db.transaction(['projects', 'thumbnails'], 'readwrite')
      const record = await tx.objectStore('projects').get(id)
      const thumbnail = await tx.objectStore('thumbnails').get(id)
      if (record) {
        void tx.objectStore('projects').delete(id)
        void tx.objectStore('thumbnails').delete(id)
      }
      await tx.done
      return record ? { record, thumbnail } : null
    },
    async restore({ record, thumbnail }) {
      const tx = db.transaction(['projects', 'thumbnails'], 'readwrite')
      void tx.objectStore('projects').put(record)
      if (thumbnail) void tx.objectStore('thumbnails').put(thumbnail, record.id)
      await tx.done
    },
    thumbnail: (id) => db.get('thumbnails', id),
    putThumbnail: async (id, thumbnail) => {
      await db.put('thumbnails', thumbnail, id)
    },
    getMeta: (key) => db.get('meta', key),
    setMeta: async (key, value) => {
      await db.put('meta', value, key)
    },
    close: () => db.close(),
  }
}

/** Tests: delete the library database. */
export const deleteLibraryForTests = (name = LIBRARY_DB_NAME): Promise<void> =>
  new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
  })
