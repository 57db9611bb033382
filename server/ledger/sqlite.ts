/**
 * The embedded ledger: one SQLite file (WAL), safe for several processes on one machine.
 * Schema versioned with PRAGMA user_version; MIGRATIONS[n] takes a database from version n to n + 1.
 */
import { createRequire } from 'node:module'
import type BetterSqlite3 from 'better-sqlite3'
import type { GenerationPatch, GenerationRecord, Ledger } from '../generations/types.ts'
import { LedgerError, applyPatch, checkLease, checkRecord, parseStoredRecord } from './record.ts'

// Loaded with Node's own require: Vite's SSR module runner (the dev server, vitest) cannot evaluate
// this CommonJS native module inline.
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE generations (
     id TEXT PRIMARY KEY,
     idempotency_key TEXT NOT NULL UNIQUE,
     record TEXT NOT NULL
   ) STRICT;
   CREATE TABLE leases (
     name TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   ) STRICT;`,
]
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length

/** How long a writer waits for another process's write lock before failing. */
const BUSY_TIMEOUT_MS = 5000
const LEASE_PRUNE_EVERY_MS = 60_000

function migrate(db: BetterSqlite3.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SQLITE_SCHEMA_VERSION) {
    throw new Error(`Ledger ${file} has schema version ${version}, newer than this server's ${SQLITE_SCHEMA_VERSION}; upgrade Framewright or use another FRAMEWRIGHT_DATA_DIR`)
  }
  for (let v = version; v < SQLITE_SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v])
      db.pragma(`user_version = ${v + 1}`)
    }).immediate()
  }
}

export function openSqliteLedger(file: string): Ledger {
  let db: BetterSqlite3.Database
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS })
    if (file !== ':memory:') db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    migrate(db, file)
  } catch (error) {
    throw new Error(`Cannot open the generation ledger ${file}: ${(error as Error).message}`, { cause: error })
  }

  const insert = db.prepare('INSERT INTO generations (id, idempotency_key, record) VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING')
  const byKey = db.prepare<[string], { id: string; record: string }>('SELECT id, record FROM generations WHERE idempotency_key = ?')
  const byId = db.prepare<[string], { record: string }>('SELECT record FROM generations WHERE id = ?')
  const write = db.prepare('UPDATE generations SET record = ? WHERE id = ?')
  const lease = db.prepare(
    'INSERT INTO leases (name, expires_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET expires_at = excluded.expires_at WHERE leases.expires_at <= ?',
  )
  const pruneLeases = db.prepare('DELETE FROM leases WHERE expires_at <= ?')
  let lastPrune = 0
  let closed = false

  const claim = db.transaction((candidate: GenerationRecord) => {
    const record = checkRecord(candidate)
    let created: boolean
    try {
      created = insert.run(record.id, record.idempotencyKey, JSON.stringify(record)).changes === 1
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw error
      throw new LedgerError(`Generation id ${record.id} is already taken by another idempotency key`)
    }
    if (created) return { record, created }
    const row = byKey.get(record.idempotencyKey)
    if (!row) throw new LedgerError(`Ledger lost the record for idempotency key ${record.idempotencyKey}`)
    return { record: parseStoredRecord(row.record, `generation ${row.id}`), created }
  })
  const update = db.transaction((id: string, patch: GenerationPatch) => {
    const row = byId.get(id)
    if (!row) return null
    const next = applyPatch(parseStoredRecord(row.record, `generation ${id}`), patch, Date.now())
    write.run(JSON.stringify(next), id)
    return next
  })

  /** Runs `fn` unless the ledger is closed; SQLite errors get the ledger's name on them. */
  const use = async <T>(what: string, fn: () => T): Promise<T> => {
    if (closed) throw new Error(`Generation ledger ${file} is closed`)
    try {
      return fn()
    } catch (error) {
      if (error instanceof LedgerError) throw error
      throw new Error(`Generation ledger ${file}: ${what} failed: ${(error as Error).message}`, { cause: error })
    }
  }

  return {
    claim: (record) => use('claim', () => claim.immediate(record)),
    get: (id) =>
      use('get', () => {
        const row = byId.get(id)
        return row ? parseStoredRecord(row.record, `generation ${id}`) : null
      }),
    update: (id, patch) => use('update', () => update.immediate(id, patch)),
    tryLease: (name, ms) =>
      use('tryLease', () => {
        checkLease(name, ms)
        const now = Date.now()
        if (now - lastPrune > LEASE_PRUNE_EVERY_MS) {
          pruneLeases.run(now)
          lastPrune = now
        }
        return lease.run(name, now + ms, now).changes === 1
      }),
    close: async () => {
      if (closed) return
      closed = true
      db.close()
    },
  }
}
