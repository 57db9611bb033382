/**
 * Takes in IndexedDB (through `idb`): one database apart from the project autosave, with the take
 * records (versioned, loaded through takes/record's one load path) and their media blobs (video,
 * depth pass, start frame, thumbnail) in a second store, so listing takes never reads video bytes.
 */
import type { DBSchema } from 'idb'
import { lazyDatabase } from './lazyDatabase'
import type { Take } from '../takes/model'
import { type TakeRecord, loadTakeRecord, toTakeRecord } from '../takes/record'

export const TAKES_DB_NAME = 'framewright-takes'
const DB_VERSION = 1

export const MEDIA_KINDS = ['video', 'depth', 'startFrame', 'thumbnail'] as const
export type MediaKind = (typeof MEDIA_KINDS)[number]

interface TakesSchema extends DBSchema {
  takes: { key: string; value: TakeRecord & { projectId: string }; indexes: { byProject: string } }
  media: { key: [string, MediaKind]; value: Blob }
}

const db = lazyDatabase<TakesSchema>(TAKES_DB_NAME, DB_VERSION, (database) => {
  const takes = database.createObjectStore('takes', { keyPath: 'take.id' })
  takes.createIndex('byProject', 'projectId')
  database.createObjectStore('media')
})

export interface LoadedTakes {
  readonly takes: Take[]
  /** One line per record that could not be read (skipped). */
  readonly problems: string[]
}

export const loadProjectTakes = async (projectId: string): Promise<LoadedTakes> => {
  const records = await (await db()).getAllFromIndex('takes', 'byProject', projectId)
  const takes: Take[] = []
  const problems: string[] = []
  for (const r of records) {
    const loaded = loadTakeRecord(r)
    if (loaded.ok) takes.push(loaded.take)
    else problems.push(loaded.message)
  }
  return { takes: takes.sort((a, b) => b.createdAt - a.createdAt), problems }
}

export const saveTake = async (take: Take): Promise<void> => {
  await (await db()).put('takes', { ...toTakeRecord(take), projectId: take.projectId })
}

/** Saves a take's media blobs and its record in one transaction: either all are kept or none. */
export const saveTakeWithMedia = async (take: Take, media: Partial<Record<MediaKind, Blob>>): Promise<void> => {
  const tx = (await db()).transaction(['takes', 'media'], 'readwrite')
  const done = tx.done
  for (const kind of MEDIA_KINDS) {
    const blob = media[kind]
    if (blob) void tx.objectStore('media').put(blob, [take.id, kind])
  }
  void tx.objectStore('takes').put({ ...toTakeRecord(take), projectId: take.projectId })
  await done
}

export const loadMedia = async (takeId: string, kind: MediaKind): Promise<Blob | undefined> => (await db()).get('media', [takeId, kind])

export const deleteTakeAndMedia = async (takeId: string): Promise<void> => {
  const tx = (await db()).transaction(['takes', 'media'], 'readwrite')
  const done = tx.done
  void tx.objectStore('takes').delete(takeId)
  for (const kind of MEDIA_KINDS) void tx.objectStore('media').delete([takeId, kind])
  await done
}

/** Deletes every take of a project and their media (the project was deleted and its Undo is gone). */
export const deleteProjectTakes = async (projectId: string): Promise<void> => {
  const tx = (await db()).transaction(['takes', 'media'], 'readwrite')
  const done = tx.done
  const ids = await tx.objectStore('takes').index('byProject').getAllKeys(projectId)
  for (const id of ids) {
    void tx.objectStore('takes').delete(id)
    for (const kind of MEDIA_KINDS) void tx.objectStore('media').delete([id, kind])
  }
  await done
}

/** True for the errors a full disk gives (so the message can say so). */
export const isQuotaError = (e: unknown): boolean =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED')

/** Tests: close the connection and delete the database, so each test starts empty. */
export const resetTakesDbForTests = (): Promise<void> => db.destroy()
