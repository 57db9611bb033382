/**
 * Two replicas behind a load balancer, for real: two `node bin/serve.mjs` processes on their own ports,
 * one Redis (REDIS_URL) and one data folder (FRAMEWRIGHT_DATA_DIR, empty at start: both make the
 * signing secret at once), pointed at a fake Kling that counts tasks. The same click posted to both at
 * the same moment makes one task, both answers name the same generation, and either replica polls it
 * and streams its video. Redis is Debian's redis-server: without it the test is skipped here and says
 * why, but under CI (which installs it) it fails instead.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { klingTarget } from '../src/compilers/kling'
import { compiled, shotProject } from '../src/compilers/sora/testShots'
import { type TestRedisServer, redisServerMissing, startRedisServer } from './ledger/testRedisServer'
import { type FakeKling, startFakeKling } from './providers/fakes/kling'

const root = fileURLToPath(new URL('..', import.meta.url))
const AK = 'replica-test-access-key'
const SK = 'replica-test-secret-key'

const children: ChildProcess[] = []
let redis: TestRedisServer | undefined
let fake: FakeKling | undefined
let dataDir: string | undefined
afterAll(async () => {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve()
          c.once('exit', () => resolve())
          c.kill('SIGTERM')
        }),
    ),
  )
  await fake?.close()
  await redis?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/** Starts one replica and resolves with its origin once it prints it. */
const startReplica = (env: NodeJS.ProcessEnv): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/serve.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    let out = ''
    let err = ''
    child.stderr?.on('data', (d: Buffer) => (err += d))
    child.stdout?.on('data', (d: Buffer) => {
      out += d
      const m = /Framewright studio: (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out)
      if (m) resolve(m[1])
    })
    child.on('exit', (code) => reject(new Error(`a replica exited with ${code}: ${err.slice(-500)}`)))
  })

const missing = redisServerMissing()
if (missing) {
  // CI installs redis-server (.ci/run): there this test must run, never be skipped
  describe.skipIf(!process.env.CI)(`Replicas sharing Redis (not run here: ${missing})`, () => {
    it('has redis-server to run against', () => {
      expect.fail(`redis-server is missing (${missing}); .ci/run installs it`)
    })
  })
} else {
  describe('two server processes sharing Redis', { timeout: 30_000 }, () => {
    it('the same idempotency key posted to both at once makes one provider task and one generation, which either replica serves', async () => {
      ;[redis, fake] = await Promise.all([startRedisServer(), startFakeKling({ accessKey: AK, secretKey: SK, pollsToFinish: 1 })])
      dataDir = mkdtempSync(join(tmpdir(), 'fw-replicas-'))
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        REDIS_URL: redis.url,
        FRAMEWRIGHT_DATA_DIR: dataDir,
        KLING_ACCESS_KEY: AK,
        KLING_SECRET_KEY: SK,
        KLING_BASE_URL: fake.baseUrl,
      }
      const [a, b] = await Promise.all([startReplica(env), startReplica(env)])
      expect(a).not.toBe(b)
      // one secret for both, made by whichever came first
      expect(readdirSync(dataDir)).toEqual(['secret'])

      const payload = compiled(klingTarget, shotProject([{ presetId: 'orbit-left', durationS: 5 }])).payload
      const post = (origin: string) =>
        fetch(`${origin}/api/generations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ route: 'kling', target: 'kling', payload, idempotencyKey: 'replica-click-0001' }),
        })
      const answers = await Promise.all([post(a), post(b)])
      expect(answers.map((r) => r.status)).toEqual([202, 202])
      const [ga, gb] = (await Promise.all(answers.map((r) => r.json()))) as { id: string; route: string; status: string }[]
      expect(ga.id).toBe(gb.id)
      expect(fake.submits).toBe(1)
      expect(fake.tasks.size).toBe(1)

      // either replica knows it: B polls the provider, A reads what B found in the shared ledger
      const fromB = (await (await fetch(`${b}/api/generations/${ga.id}`)).json()) as { id: string; status: string; videoUrl?: string }
      expect(fromB).toMatchObject({ id: ga.id, route: 'kling', status: 'succeeded' })
      const fromA = (await (await fetch(`${a}/api/generations/${ga.id}`)).json()) as { id: string; status: string; videoUrl?: string }
      expect(fromA).toEqual(fromB)
      const video = await fetch(`${a}${fromA.videoUrl}`, { headers: { range: 'bytes=0-99' } })
      expect(video.status).toBe(206)
      expect(new Uint8Array(await video.arrayBuffer())).toEqual(fake.video.slice(0, 100))
      expect(fake.submits).toBe(1)
    })
  })
}
