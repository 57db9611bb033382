/**
 * One IndexedDB database opened on first use and kept open (through `idb`): the takes, My presets
 * and the asset store each have one. A failed open is not cached (the next call tries again); when
 * another tab opens a newer version, this one closes its connection so the other can upgrade, and
 * the next call opens again.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb'

export interface LazyDatabase<Schema extends DBSchema> {
  (): Promise<IDBPDatabase<Schema>>
  /** Closes the connection (if open); the next call opens again. */
  close(): Promise<void>
  /** Tests: closes and deletes the whole database, so the next call starts empty. */
  destroy(): Promise<void>
}

export const lazyDatabase = <Schema extends DBSchema>(name: string, version: number, upgrade: (database: IDBPDatabase<Schema>) => void): LazyDatabase<Schema> => {
  let dbPromise: Promise<IDBPDatabase<Schema>> | null = null
  const open = (): Promise<IDBPDatabase<Schema>> => {
    dbPromise ??= openDB<Schema>(name, version, {
      upgrade: (database) => upgrade(database),
      blocking() {
        // another tab opened a newer version: let it upgrade
        void dbPromise?.then((d) => d.close())
        dbPromise = null
      },
    }).catch((e: unknown) => {
      dbPromise = null
      throw e
    })
    return dbPromise
  }
  const close = async () => {
    const pending = dbPromise
    dbPromise = null
    if (pending) (await pending.catch(() => null))?.close()
  }
  const destroy = async () => {
    await close()
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name)
      req.onsuccess = () => resolve()
      req.onerror = () => reject(req.error)
    })
  }
  return Object.assign(open, { close, destroy })
}
