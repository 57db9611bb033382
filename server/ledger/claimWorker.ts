/**
 * Test helper for the cross-process contract test: opens the ledger described by argv[2] (a JSON
 * LedgerConfig), prints "ready", waits for a line on stdin, then claims the idempotency key argv[3]
 * argv[4] times at once and prints [{ id, created }] as JSON. Run as `node --import tsx claimWorker.ts`.
 */
import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { openLedger } from './index.ts'

const [config, key, count] = [JSON.parse(process.argv[2]), process.argv[3], Number(process.argv[4])]
const ledger = await openLedger(config)
process.stdout.write('ready\n')
process.stdin.setEncoding('utf8')
await once(process.stdin, 'data')
const now = Date.now()
const results = await Promise.all(
  Array.from({ length: count }, () =>
    ledger.claim({
      id: randomUUID(), route: 'kling', target: 'kling-v2', idempotencyKey: key, providerTaskId: null, status: 'queued',
      progress: null, error: null, videoUrl: null, createdAt: now, updatedAt: now, checkedAt: null,
    }),
  ),
)
process.stdout.write(`${JSON.stringify(results.map(({ record, created }) => ({ id: record.id, created })))}\n`)
await ledger.close()
process.stdin.destroy()
