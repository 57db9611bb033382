/** A minimal promise wrapper over one IndexedDB object store (key -> value). */
const DB_NAME = 'framewright'
const DB_VERSION = 1
export const AUTOSAVE_STORE = 'autosave'

const open = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION)
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(AUTOSAVE_STORE)) req.result.createObjectStore(AUTOSAVE_STORE)
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })

const run = async <T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(AUTOSAVE_STORE, mode)
      const req = fn(tx.objectStore(AUTOSAVE_STORE))
      tx.oncomplete = () => resolve(req.result)
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  } finally {
    db.close()
  }
}

export const idbGet = <T>(key: string): Promise<T | undefined> => run<T | undefined>('readonly', (s) => s.get(key) as IDBRequest<T | undefined>)
export const idbPut = (key: string, value: unknown): Promise<IDBValidKey> => run('readwrite', (s) => s.put(value, key))
