/**
 * Start images for providers that fetch them (Luma's keyframes take only a public URL): the public,
 * read-only link GET /public/start-images/:id, and a Luma generation through the fake Luma that
 * receives FRAMEWRIGHT_PUBLIC_URL + that link, served back by the real server over HTTP.
 */
import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import { afterEach, describe, expect, it } from 'vitest'
import { lumaTarget } from '../../src/compilers/luma'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import { createApiApp } from '../app'
import { openSqliteLedger } from '../ledger'
import { type FakeLuma, startFakeLuma } from '../providers/fakes/luma'
import { createIdSigner, newGenerationId } from '../security/signedIds'
import { createGenerationService } from './service'
import { createGenerationsFromEnv } from './setup'
import { PUBLIC_START_IMAGE_PATH, createStartImageStore } from './startImages'

/** A PNG header of w x h with recognisable bytes after it. */
const png = (w: number, h: number) => {
  const b = new Uint8Array(300).map((_, i) => (i * 7) % 251)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, w)
  new DataView(b.buffer).setUint32(20, h)
  return b
}
const IMAGE = png(1280, 720)
const upload = async (app: Hono, headers: Record<string, string> = {}) => {
  const res = await app.request('/api/uploads/start-image', { method: 'POST', headers: { 'content-type': 'image/png', ...headers }, body: IMAGE.slice().buffer as ArrayBuffer })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: string }).id
}

/** A service with a start image store whose reads are counted, on a clock the test moves. */
const setup = () => {
  const secret = new Uint8Array(32).fill(5)
  const reads: string[] = []
  let clock = 1_700_000_000_000
  const startImages = createStartImageStore(mkdtempSync(join(tmpdir(), 'fw-pub-')), createIdSigner(secret, 'start-image'), {
    publicSigner: createIdSigner(secret, 'public-start-image'),
    now: () => clock,
    readFile: (path) => {
      reads.push(path)
      return new Uint8Array(IMAGE)
    },
  })
  const service = createGenerationService({
    ledger: openSqliteLedger(':memory:'),
    signer: createIdSigner(secret),
    adapterFor: () => null,
    targetsOf: () => null,
    startImages,
  })
  const app = createApiApp({ env: {}, generations: service, routeProbe: async () => 'unreachable' })
  return { app, startImages, reads, secret, tick: (ms: number) => (clock += ms) }
}

const foreign = { host: 'fetcher.lumalabs.example', origin: 'https://lumalabs.example' }

describe('GET /public/start-images/:id', () => {
  it("serves an uploaded start image to a provider's servers (any Host, any Origin), read-only, privately cached", async () => {
    const { app, startImages } = setup()
    const id = await upload(app)
    const path = startImages.publicPathOf(id)!
    expect(path.startsWith(PUBLIC_START_IMAGE_PATH)).toBe(true)
    const res = await app.request(new Request(`http://${foreign.host}${path}`, { headers: foreign }))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('cache-control')).toBe('private, max-age=300')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(IMAGE)
    // only that route is outside the door: the API still refuses that Host and that Origin
    expect((await app.request(new Request(`http://${foreign.host}/api/routes`, { headers: { host: foreign.host } }))).status).toBe(403)
    expect((await app.request('/api/routes', { headers: { origin: foreign.origin } })).status).toBe(403)
    // read-only
    for (const method of ['POST', 'PUT', 'DELETE'])
      expect((await app.request(new Request(`http://${foreign.host}${path}`, { method, headers: { ...foreign, 'content-type': 'image/png' }, body: method === 'DELETE' ? null : 'x' }))).status).toBe(404)
  })

  it('refuses forged, altered, foreign-purpose and expired ids with 404 and never touches the disk for them', async () => {
    const { app, startImages, reads, secret, tick } = setup()
    const uploadId = await upload(app)
    const good = startImages.publicPathOf(uploadId)!.slice(PUBLIC_START_IMAGE_PATH.length)
    const [inner, mac] = [good.slice(0, good.lastIndexOf('.')), good.slice(good.lastIndexOf('.') + 1)]
    const bad = [
      `${inner}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, // altered signature
      `${inner.replace(/-png-/, '-jpg-')}.${mac}`, // altered content
      `${inner}.${'A'.repeat(22)}`, // forged
      uploadId, // the upload id (another purpose)
      createIdSigner(secret).sign(newGenerationId()), // a generation id
      createIdSigner(secret, 'public-start-image').sign('..-..-png'), // signed, but not a stored name
      '..%2F..%2Fsecret',
      '%2e%2e%2fsecret',
      inner,
    ]
    for (const id of bad) {
      const res = await app.request(new Request(`http://${foreign.host}${PUBLIC_START_IMAGE_PATH}${id}`, { headers: foreign }))
      expect(res.status, id).toBe(404)
      expect(await res.text()).toBe('Not found')
    }
    expect((await app.request(`${PUBLIC_START_IMAGE_PATH}../../secret`)).status).toBe(404)
    expect((await app.request(`${PUBLIC_START_IMAGE_PATH}`)).status).toBe(404)
    expect(reads).toEqual([])
    // a link works for a day, then it is gone (no read either)
    tick(23 * 3600_000)
    expect((await app.request(`${PUBLIC_START_IMAGE_PATH}${good}`)).status).toBe(200)
    expect(reads).toHaveLength(1)
    tick(2 * 3600_000)
    expect((await app.request(`${PUBLIC_START_IMAGE_PATH}${good}`)).status).toBe(404)
    expect(reads).toHaveLength(1)
  })
})

const LUMA_KEY = 'luma-key-recognisable-4c1d'
const payload = compiled(lumaTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).payload as Record<string, unknown>

let fake: FakeLuma | null = null
let closeServer: (() => Promise<void>) | null = null
afterEach(async () => {
  await fake?.close()
  await closeServer?.()
  fake = null
  closeServer = null
})

/** The server as `npm start` wires it (env -> setup), listening on 127.0.0.1 for real, with Luma at the fake. */
const lumaServer = async (publicUrl: boolean) => {
  fake = await startFakeLuma({ apiKey: LUMA_KEY })
  // the env names the server's own address, so the app is made once the port is known
  const late: { app?: Hono } = {}
  const server = serve({ fetch: (req) => late.app!.fetch(req), port: 0, hostname: '127.0.0.1' })
  await new Promise((r) => server.once('listening', r))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  closeServer = () => new Promise((r) => server.close(() => r()))
  const env = {
    LUMAAI_API_KEY: LUMA_KEY,
    LUMA_BASE_URL: fake.baseUrl,
    FRAMEWRIGHT_DATA_DIR: mkdtempSync(join(tmpdir(), 'fw-luma-')),
    ...(publicUrl ? { FRAMEWRIGHT_PUBLIC_URL: `${origin}/` } : {}),
  }
  const app = createApiApp({ env, generations: await createGenerationsFromEnv(env, '/nowhere'), routeProbe: async () => 'unreachable' })
  late.app = app
  const generate = (body: Record<string, unknown>) =>
    fetch(`${origin}/api/generations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ route: 'luma', target: 'luma', payload, ...body }),
    })
  return { app, origin, generate }
}

describe('a Luma generation with a start image', () => {
  it('sends keyframes.frame0.url = FRAMEWRIGHT_PUBLIC_URL + the public link, and that URL serves the same bytes', async () => {
    const { app, origin, generate } = await lumaServer(true)
    const startImage = await upload(app)
    const res = await generate({ idempotencyKey: 'luma-click-0001', startImage, aspect: 16 / 9 })
    expect(res.status).toBe(202)
    expect(await res.json()).toMatchObject({ route: 'luma', status: 'running' })
    const sent = [...fake!.generations.values()]
    expect(sent).toHaveLength(1)
    const frame0 = (sent[0].body.keyframes as { frame0: { type: string; url: string } }).frame0
    expect(frame0.type).toBe('image')
    expect(frame0.url.startsWith(`${origin}${PUBLIC_START_IMAGE_PATH}`)).toBe(true)
    expect(frame0.url).not.toContain(startImage)
    // what Luma's servers would fetch, over real HTTP
    const image = await fetch(frame0.url)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(IMAGE)
    expect(JSON.stringify(sent[0].body)).not.toContain(LUMA_KEY)
  })

  it('without FRAMEWRIGHT_PUBLIC_URL: one 400 naming it, before anything is recorded or sent', async () => {
    const { app, generate } = await lumaServer(false)
    const routes = (await (await app.request('/api/routes')).json()) as RouteStatusLike[]
    expect(routes.find((r) => r.id === 'luma')).toMatchObject({ enabled: true, startImage: 'needs-public-url' })
    const startImage = await upload(app)
    const res = await generate({ idempotencyKey: 'luma-click-0002', startImage })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('invalid-parameter')
    expect(body.error.message).toContain('FRAMEWRIGHT_PUBLIC_URL')
    expect(fake!.submits).toBe(0)
    // the key was not used up: the same click without the image goes through
    expect((await generate({ idempotencyKey: 'luma-click-0002' })).status).toBe(202)
    expect(fake!.submits).toBe(1)
  })
})

interface RouteStatusLike {
  id: string
  enabled: boolean
  startImage?: string
}
