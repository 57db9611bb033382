/**
 * The one contract every ledger store passes (ledger.test.ts runs it against SQLite and Redis).
 * Each test uses fresh ids and keys, so the store is shared by the whole suite.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GenerationRecord, Ledger } from '../generations/types.ts'
import { openLedger, type LedgerConfig } from './index.ts'

export interface LedgerHarness {
  /** What openLedger (and the cross-process worker) opens: every call is another connection. */
  readonly config: LedgerConfig
  /** Stores `text` as the record of `id` under `idempotencyKey`, bypassing validation. */
  damage(id: string, idempotencyKey: string, text: string): Promise<void>
  close(): Promise<void>
}

export function sampleRecord(overrides: Partial<GenerationRecord> = {}): GenerationRecord {
  return {
    id: randomUUID(), route: 'kling', target: 'kling-v2', idempotencyKey: randomUUID(), providerTaskId: null,
    status: 'queued', progress: null, error: null, videoUrl: null, createdAt: Date.now() - 1000,
    updatedAt: Date.now() - 1000, checkedAt: null, ...overrides,
  }
}

/** Long enough that a loaded CI machine does not outlive it between two calls. */
const LEASE_MS = 800
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const WORKER = fileURLToPath(new URL('./claimWorker.ts', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Starts the worker, resolves with it once it printed "ready". */
function startWorker(config: LedgerConfig, key: string, count: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(config), key, String(count)], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr.on('data', (chunk) => (err += chunk))
  const exited = new Promise<string>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`claim worker exited ${code}: ${err}`))))
  })
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (out.startsWith('ready\n')) resolve()
    })
    exited.catch(reject)
  })
  const results = exited.then((text) => JSON.parse(text.slice('ready\n'.length)) as { id: string; created: boolean }[])
  return { child, ready, results, go: () => child.stdin.write('go\n') }
}

export function describeLedgerContract(name: string, setup: () => Promise<LedgerHarness>): void {
  describe(name, () => {
    let harness: LedgerHarness
    let ledger: Ledger
    const open = () => openLedger(harness.config)

    beforeAll(async () => {
      harness = await setup()
      ledger = await open()
    }, 20_000)
    afterAll(async () => {
      await ledger?.close()
      await harness?.close()
    })

    it('claims a key once and returns the stored record for the same key', async () => {
      const first = sampleRecord()
      expect(await ledger.claim(first)).toEqual({ record: first, created: true })
      const again = await ledger.claim(sampleRecord({ idempotencyKey: first.idempotencyKey, route: 'luma' }))
      expect(again).toEqual({ record: first, created: false })
      expect(await ledger.get(first.id)).toEqual(first)
      expect(await ledger.get(randomUUID())).toBeNull()
    })

    it('refuses an invalid record and an id taken by another key', async () => {
      await expect(ledger.claim({ ...sampleRecord(), status: 'bogus' } as unknown as GenerationRecord)).rejects.toThrow(/Invalid generation record: status/)
      const first = sampleRecord()
      await ledger.claim(first)
      await expect(ledger.claim(sampleRecord({ id: first.id }))).rejects.toThrow(/already taken/)
    })

    it('makes one record when 20 claims of one key race on two connections', async () => {
      const other = await open()
      try {
        const key = randomUUID()
        const claims = Array.from({ length: 20 }, (_, i) => (i % 2 ? other : ledger).claim(sampleRecord({ idempotencyKey: key })))
        const results = await Promise.all(claims)
        expect(results.filter((r) => r.created)).toHaveLength(1)
        expect(new Set(results.map((r) => r.record.id)).size).toBe(1)
      } finally {
        await other.close()
      }
    })

    it('updates a record, sets updatedAt, and answers null for a missing id', async () => {
      const record = sampleRecord()
      await ledger.claim(record)
      const before = Date.now()
      const updated = await ledger.update(record.id, { status: 'running', providerTaskId: 'task-1', progress: 0.5, checkedAt: before, videoUrl: undefined })
      expect(updated).toEqual({ ...record, status: 'running', providerTaskId: 'task-1', progress: 0.5, checkedAt: before, updatedAt: updated?.updatedAt })
      expect(updated!.updatedAt).toBeGreaterThanOrEqual(before)
      expect(await ledger.get(record.id)).toEqual(updated)
      const failed = await ledger.update(record.id, { status: 'failed', error: { kind: 'moderation', message: 'The prompt was refused.' } })
      expect(failed).toMatchObject({ status: 'failed', providerTaskId: 'task-1', error: { kind: 'moderation' } })
      expect(await ledger.update(randomUUID(), { status: 'running' })).toBeNull()
    })

    it('refuses a patch that would make the record invalid, leaving it unchanged', async () => {
      const record = sampleRecord()
      await ledger.claim(record)
      await expect(ledger.update(record.id, { progress: 2 })).rejects.toThrow(/Invalid generation record: progress/)
      expect(await ledger.get(record.id)).toEqual(record)
    })

    it('holds a lease exclusively until it expires', async () => {
      const other = await open()
      try {
        const name = `poll:${randomUUID()}`
        expect(await ledger.tryLease(name, LEASE_MS)).toBe(true)
        expect(await ledger.tryLease(name, LEASE_MS)).toBe(false)
        expect(await other.tryLease(name, LEASE_MS)).toBe(false)
        expect(await other.tryLease(`poll:${randomUUID()}`, LEASE_MS)).toBe(true)
        await sleep(LEASE_MS + 100)
        expect(await other.tryLease(name, LEASE_MS)).toBe(true)
        expect(await ledger.tryLease(name, LEASE_MS)).toBe(false)
        await expect(ledger.tryLease(name, 0)).rejects.toThrow(/Lease duration/)
      } finally {
        await other.close()
      }
    })

    it('keeps records after the ledger is closed and reopened', async () => {
      const first = await open()
      const record = sampleRecord({ providerTaskId: 'task-9' })
      await first.claim(record)
      await first.close()
      await expect(first.get(record.id)).rejects.toThrow(/closed/)
      const second = await open()
      try {
        expect(await second.get(record.id)).toEqual(record)
        expect((await second.claim(sampleRecord({ idempotencyKey: record.idempotencyKey }))).created).toBe(false)
      } finally {
        await second.close()
      }
    })

    it('reports a damaged stored record as an error, not garbage', async () => {
      const notJson = sampleRecord()
      await harness.damage(notJson.id, notJson.idempotencyKey, '{"id": ')
      await expect(ledger.get(notJson.id)).rejects.toThrow(`Ledger record for generation ${notJson.id} is damaged: it is not valid JSON`)
      const wrongShape = sampleRecord()
      await harness.damage(wrongShape.id, wrongShape.idempotencyKey, JSON.stringify({ ...wrongShape, status: 7 }))
      await expect(ledger.get(wrongShape.id)).rejects.toThrow(/is damaged: status/)
      await expect(ledger.claim(sampleRecord({ idempotencyKey: wrongShape.idempotencyKey }))).rejects.toThrow(/is damaged/)
      await expect(ledger.update(wrongShape.id, { status: 'running' })).rejects.toThrow(/is damaged/)
    })

    it('makes one record when two processes claim one key at the same time', async () => {
      const key = randomUUID()
      const workers = [startWorker(harness.config, key, 10), startWorker(harness.config, key, 10)]
      try {
        await Promise.all(workers.map((w) => w.ready))
        workers.forEach((w) => w.go())
        const results = (await Promise.all(workers.map((w) => w.results))).flat()
        expect(results).toHaveLength(20)
        expect(results.filter((r) => r.created)).toHaveLength(1)
        expect(new Set(results.map((r) => r.id)).size).toBe(1)
        expect((await ledger.claim(sampleRecord({ idempotencyKey: key }))).record.id).toBe(results[0].id)
      } finally {
        workers.forEach((w) => w.child.exitCode === null && w.child.kill())
      }
    }, 30_000)
  })
}
