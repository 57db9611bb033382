/**
 * The generation ledger (CONTRACTS.md section 4): SQLite in the data folder by default, Redis when
 * REDIS_URL is set so that replicas behind a load balancer share one ledger.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Ledger } from '../generations/types.ts'
import { openSqliteLedger } from './sqlite.ts'

export { LedgerError } from './record.ts'
export { redactRedisUrl } from './redactUrl.ts'
export { openSqliteLedger, SQLITE_SCHEMA_VERSION } from './sqlite.ts'

export interface LedgerConfig {
  /** FRAMEWRIGHT_DATA_DIR: holds ledger.sqlite (created, owner-only, when missing). */
  readonly dataDir: string
  /** REDIS_URL: when set (non-empty), the ledger is Redis and dataDir is not touched. */
  readonly redisUrl?: string
}

/** Redis through ioredis (loaded on first use); connects and PINGs within a bounded time. */
export async function openRedisLedger(url: string): Promise<Ledger> {
  return (await import('./redis.ts')).openRedisLedger(url)
}

export const SQLITE_FILE_NAME = 'ledger.sqlite'

export async function openLedger(config: LedgerConfig): Promise<Ledger> {
  const redisUrl = config.redisUrl?.trim()
  // imported only when used, so a SQLite server never loads ioredis
  if (redisUrl) return openRedisLedger(redisUrl)
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 })
  return openSqliteLedger(join(config.dataDir, SQLITE_FILE_NAME))
}
