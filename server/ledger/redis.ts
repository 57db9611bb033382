/**
 * The shared ledger for several replicas: Redis through ioredis. Keys:
 *   framewright:gen:<id>     the record (JSON)
 *   framewright:idem:<key>   the id that claimed the idempotency key
 *   framewright:lease:<name> a lease (SET NX PX)
 * claim and update are Lua scripts, so they are atomic across every client of the server.
 */
import { createRequire } from 'node:module'
import type * as IORedis from 'ioredis'
import type { GenerationRecord, Ledger } from '../generations/types.ts'
import { redactRedisUrl } from './redactUrl.ts'
import { LedgerError, applyPatch, checkLease, checkRecord, parseStoredRecord } from './record.ts'

// Loaded with Node's own require: Vite's SSR module runner (the dev server, vitest) cannot evaluate
// this CommonJS module inline.
const { Redis } = createRequire(import.meta.url)('ioredis') as typeof IORedis
type Redis = IORedis.Redis

const GEN = 'framewright:gen:'
const IDEM = 'framewright:idem:'
const LEASE = 'framewright:lease:'
const CONNECT_TIMEOUT_MS = 5000
const COMMAND_TIMEOUT_MS = 5000
const UPDATE_ATTEMPTS = 20

/** KEYS: idem key, gen key. ARGV: id, record JSON, gen prefix. -> {1, json} created, {0, json|false} existing, or an error. */
const CLAIM_SCRIPT = `
local existing = redis.call('GET', KEYS[1])
if existing then return {0, existing, redis.call('GET', ARGV[3] .. existing)} end
if redis.call('EXISTS', KEYS[2]) == 1 then return redis.error_reply('id-taken') end
redis.call('SET', KEYS[2], ARGV[2])
redis.call('SET', KEYS[1], ARGV[1])
return {1, ARGV[1], ARGV[2]}`

/** Compare-and-set. KEYS: gen key. ARGV: expected JSON, new JSON. -> 1 written, 0 changed meanwhile, -1 gone. */
const UPDATE_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if not current then return -1 end
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`

interface LedgerCommands {
  claimGeneration(idemKey: string, genKey: string, id: string, json: string, genPrefix: string): Promise<[number, string, string | null]>
  updateGeneration(genKey: string, expected: string, next: string): Promise<number>
}

/** Connects (bounded by a timeout) and returns the ledger; rejects with a message naming the server. */
export async function openRedisLedger(url: string): Promise<Ledger> {
  const where = redactRedisUrl(url)
  const password = (() => {
    try {
      return decodeURIComponent(new URL(url).password)
    } catch {
      return ''
    }
  })()
  const scrub = (message: string) => (password ? message.split(password).join('***') : message)
  const fail = (what: string, error: unknown): never => {
    if (error instanceof LedgerError) throw error
    throw new Error(`Redis ledger ${where}: ${what} failed: ${scrub((error as Error)?.message ?? String(error))}`)
  }

  let lastError: Error | null = null
  let redis: Redis
  try {
    redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: COMMAND_TIMEOUT_MS,
      maxRetriesPerRequest: 2,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    })
  } catch (error) {
    return fail('connect', error)
  }
  redis.on('error', (error: Error) => {
    lastError = error
  })
  const commands = redis as unknown as Redis & LedgerCommands
  redis.defineCommand('claimGeneration', { numberOfKeys: 2, lua: CLAIM_SCRIPT })
  redis.defineCommand('updateGeneration', { numberOfKeys: 1, lua: UPDATE_SCRIPT })

  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS).unref()),
    ])
  } catch (error) {
    redis.disconnect()
    const reason = lastError && (error as Error).message === 'Connection is closed.' ? lastError : error
    return fail('connect', reason)
  }

  let closed = false
  const use = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    if (closed) throw new LedgerError(`Redis ledger ${where} is closed`)
    try {
      return await fn()
    } catch (error) {
      return fail(what, error)
    }
  }

  const get = async (id: string): Promise<{ json: string; record: GenerationRecord } | null> => {
    const json = await redis.get(GEN + id)
    return json === null ? null : { json, record: parseStoredRecord(json, `generation ${id}`) }
  }

  return {
    claim: (candidate) =>
      use('claim', async () => {
        const record = checkRecord(candidate)
        const json = JSON.stringify(record)
        let reply: [number, string, string | null]
        try {
          reply = await commands.claimGeneration(IDEM + record.idempotencyKey, GEN + record.id, record.id, json, GEN)
        } catch (error) {
          if ((error as Error).message?.includes('id-taken')) {
            throw new LedgerError(`Generation id ${record.id} is already taken by another idempotency key`)
          }
          throw error
        }
        const [created, id, stored] = reply
        if (created === 1) return { record, created: true }
        if (stored === null) throw new LedgerError(`Ledger record for generation ${id} is missing (idempotency key ${record.idempotencyKey})`)
        return { record: parseStoredRecord(stored, `generation ${id}`), created: false }
      }),
    get: (id) => use('get', async () => (await get(id))?.record ?? null),
    update: (id, patch) =>
      use('update', async () => {
        for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
          const current = await get(id)
          if (!current) return null
          const next = applyPatch(current.record, patch, Date.now())
          const written = await commands.updateGeneration(GEN + id, current.json, JSON.stringify(next))
          if (written === 1) return next
          if (written === -1) return null
        }
        throw new LedgerError(`Generation ${id} kept changing; the update gave up after ${UPDATE_ATTEMPTS} attempts`)
      }),
    tryLease: (name, ms) =>
      use('tryLease', async () => {
        checkLease(name, ms)
        return (await redis.set(LEASE + name, '1', 'PX', ms, 'NX')) === 'OK'
      }),
    close: async () => {
      if (closed) return
      closed = true
      if (redis.status !== 'ready') return redis.disconnect()
      try {
        await redis.quit()
      } catch {
        redis.disconnect()
      }
    },
  }
}
