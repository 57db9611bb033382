/**
 * The server as `npm start` wires it (env -> SQLite ledger in the data folder, signed ids, the Kling
 * adapter pointed at KLING_BASE_URL) against the fake Kling over real HTTP: a compiled Kling payload
 * goes in, the video comes back through the server, and the keys appear in no answer.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import { klingTarget } from '../../src/compilers/kling'
import { createApiApp } from '../app'
import { type FakeKling, startFakeKling } from '../providers/fakes/kling'
import { createGenerationsFromEnv } from './setup'

const AK = 'AK-recognisable-7f3a'
const SK = 'SK-recognisable-91be'

let fake: FakeKling | null = null
afterEach(async () => {
  await fake?.close()
  fake = null
})

describe('hosted generation through the server (Kling)', () => {
  it('posts a compiled shot, polls to done, streams the video, and never shows a key', async () => {
    fake = await startFakeKling({ accessKey: AK, secretKey: SK })
    const dataDir = mkdtempSync(join(tmpdir(), 'fw-data-'))
    const env = { KLING_ACCESS_KEY: AK, KLING_SECRET_KEY: SK, KLING_BASE_URL: fake.baseUrl, FRAMEWRIGHT_DATA_DIR: dataDir }
    const generations = await createGenerationsFromEnv(env, '/nowhere', { pollIntervalMs: 1 })
    const app = createApiApp({ env, generations })
    const seen: string[] = []
    const call = async (path: string, init?: RequestInit) => {
      const res = await app.request(path, init)
      seen.push(`${res.status} ${[...res.headers].join(' ')} ${await res.clone().text()}`)
      return res
    }
    const payload = compiled(klingTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).payload
    const created = await call('/api/generations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ route: 'kling', target: 'kling', payload, idempotencyKey: 'studio-click-1' }),
    })
    expect(created.status).toBe(202)
    const { id } = await created.json()
    expect(fake.submits).toBe(1)

    let g: { status: string; videoUrl?: string } = { status: 'queued' }
    for (let i = 0; i < 10 && g.status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 5))
      g = await (await call(`/api/generations/${id}`)).json()
    }
    expect(g.status).toBe('succeeded')
    const video = await call(g.videoUrl!, { headers: { range: 'bytes=0-99' } })
    expect(video.status).toBe(206)
    expect(new Uint8Array(await video.arrayBuffer())).toEqual(fake.video.slice(0, 100))

    // the same click again: the same generation, no second task at Kling
    const again = await call('/api/generations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'kling', target: 'kling', payload, idempotencyKey: 'studio-click-1' }),
    })
    expect((await again.json()).id).toBe(id)
    expect(fake.submits).toBe(1)

    // the routes list and every answer above name no key, token or provider URL
    seen.push(await (await call('/api/routes')).text())
    for (const text of seen) {
      expect(text).not.toContain(AK)
      expect(text).not.toContain(SK)
      expect(text).not.toContain(fake.baseUrl)
    }
  })
})
