/**
 * Test helper for the first-start race: prints "ready", waits for a line on stdin, then loads (or
 * makes) the secret in argv[2] and prints it as hex. Run as `node --import tsx secretWorker.ts <dir>`.
 */
import { once } from 'node:events'
import { loadOrCreateSecret } from './secret.ts'

process.stdout.write('ready\n')
process.stdin.setEncoding('utf8')
await once(process.stdin, 'data')
try {
  process.stdout.write(`${Buffer.from(loadOrCreateSecret(process.argv[2])).toString('hex')}\n`)
} catch (e) {
  process.stdout.write(`error ${(e as Error).message}\n`)
}
process.stdin.destroy()
