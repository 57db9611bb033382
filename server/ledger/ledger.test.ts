import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { describeLedgerContract, sampleRecord } from './ledger.contract.ts'
import { openLedger, openSqliteLedger, SQLITE_FILE_NAME, SQLITE_SCHEMA_VERSION } from './index.ts'
import { redisServerMissing, startRedisServer } from './testRedisServer.ts'

const tempDir = () => mkdtempSync(join(tmpdir(), 'framewright-ledger-'))

describeLedgerContract('SQLite ledger', async () => {
  const dataDir = join(tempDir(), 'data')
  return {
    config: { dataDir },
    damage: async (id, key, text) => {
      const db = new Database(join(dataDir, SQLITE_FILE_NAME))
      db.prepare('INSERT INTO generations (id, idempotency_key, record) VALUES (?, ?, ?)').run(id, key, text)
      db.close()
    },
    close: async () => rmSync(join(dataDir, '..'), { recursive: true, force: true }),
  }
})

const missing = redisServerMissing()
if (missing) {
  // CI installs redis-server (.ci/run): there the Redis half of the contract must run, never be skipped
  describe.skipIf(!process.env.CI)(`Redis ledger (not run here: ${missing})`, () => {
    it('has redis-server to run against', () => {
      expect.fail(`redis-server is missing (${missing}); .ci/run installs it`)
    })
  })
} else {
  describeLedgerContract('Redis ledger', async () => {
    const server = await startRedisServer()
    const dataDir = tempDir()
    return {
      config: { dataDir, redisUrl: server.url },
      damage: async (id, key, text) => {
        const redis = new Redis(server.url)
        await redis.mset(`framewright:gen:${id}`, text, `framewright:idem:${key}`, id)
        await redis.quit()
      },
      close: async () => {
        await server.stop()
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  })
}

describe('SQLite ledger specifics', () => {
  it('works in memory', async () => {
    const ledger = openSqliteLedger(':memory:')
    const record = sampleRecord()
    expect((await ledger.claim(record)).created).toBe(true)
    expect(await ledger.get(record.id)).toEqual(record)
    await ledger.close()
  })

  it('creates the data folder and stamps the schema version', async () => {
    const root = tempDir()
    const ledger = await openLedger({ dataDir: join(root, 'nested', 'data') })
    await ledger.close()
    const db = new Database(join(root, 'nested', 'data', SQLITE_FILE_NAME), { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('refuses a ledger written by a newer schema', () => {
    const root = tempDir()
    const file = join(root, SQLITE_FILE_NAME)
    const db = new Database(file)
    db.pragma('user_version = 99')
    db.close()
    expect(() => openSqliteLedger(file)).toThrow(/schema version 99, newer than this server's/)
    rmSync(root, { recursive: true, force: true })
  })
})

describe('Redis ledger connection errors', () => {
  it('fails quickly with a message naming the server but not the password', async () => {
    const started = Date.now()
    const dataDir = join(tmpdir(), `framewright-unused-${process.pid}`)
    const error = await openLedger({ dataDir, redisUrl: 'redis://:s3cret-pass@127.0.0.1:1' }).then(
      () => null,
      (e: Error) => e,
    )
    expect(error?.message).toMatch(/^Redis ledger redis:\/\/:\*\*\*@127\.0\.0\.1:1: connect failed: .*ECONNREFUSED/)
    expect(error?.message).not.toContain('s3cret')
    expect(Date.now() - started).toBeLessThan(6000)
    expect(existsSync(dataDir)).toBe(false)
  })
})
