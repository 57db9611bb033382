/**
 * The server token against the real server app (guard, ledger, signed ids, the Kling adapter on the
 * fake Kling) listening beyond loopback: asked once on a 401 and retried once, one question for
 * many refused requests, no loop on a wrong answer, nothing asked on a 403 'token-required', kept in
 * sessionStorage only.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApiApp } from '../../server/app'
import { createGenerationsFromEnv } from '../../server/generations/setup'
import { type FakeKling, startFakeKling } from '../../server/providers/fakes/kling'
import { compiled, shotProject } from '../compilers/sora/testShots'
import { klingTarget } from '../compilers/kling'
import { createGeneration, fetchGeneration, fetchGenerationVideo, uploadStartImage } from './generations'
import type { Fetch } from './http'
import { TOKEN_STORAGE_KEY, type TokenAskReason, authHeaders, forgetToken, getToken, setToken, setTokenAsker } from './token'

const TOKEN = 'tok-5f1c-lan-studio'
const REFUSED = 'A valid Framewright token is required for generations on this server.'

/** A Storage kept in a Map: the browser's sessionStorage / localStorage in Node. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value))
  }
}

/** The first bytes of a PNG of w x h (signature + IHDR), padded: enough for the server's header check. */
const png = (w: number, h: number) => {
  const b = new Uint8Array(400)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, w)
  new DataView(b.buffer).setUint32(20, h)
  return b
}

const deferred = <T>() => {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

let fake: FakeKling
let session: MemoryStorage
let local: MemoryStorage

/** The server app as `npm start` builds it with HOST=0.0.0.0, called through a fetch that records each request's path, status and token. */
const serverApp = async (extra: Record<string, string> = { FRAMEWRIGHT_TOKEN: TOKEN }) => {
  const env = {
    HOST: '0.0.0.0',
    KLING_ACCESS_KEY: 'ak-token',
    KLING_SECRET_KEY: 'sk-token',
    KLING_BASE_URL: fake.baseUrl,
    FRAMEWRIGHT_DATA_DIR: mkdtempSync(join(tmpdir(), 'fw-token-')),
    ...extra,
  }
  const app = createApiApp({ env, generations: await createGenerationsFromEnv(env, '/nowhere', { pollIntervalMs: 1 }) })
  const seen: { path: string; status: number; auth: string | null }[] = []
  const gate: { next?: Promise<void> } = {}
  const fetch: Fetch = async (path, init) => {
    const auth = new Headers(init?.headers).get('authorization')
    const res = await app.request(path, init)
    seen.push({ path, status: res.status, auth })
    const wait = gate.next
    gate.next = undefined
    await wait
    return res
  }
  return { fetch, seen, gate }
}

const payload = () => compiled(klingTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).payload
const body = (key = `token-test-${Math.random().toString(36).slice(2)}`) => ({ route: 'kling', target: 'kling', payload: payload(), idempotencyKey: key })

/** An asker that records its questions and answers each with the next of `answers`. */
const askerAnswering = (...answers: (string | null | Promise<string | null>)[]) => {
  const asked: TokenAskReason[] = []
  setTokenAsker(async (reason) => {
    asked.push(reason)
    return answers.shift() ?? null
  })
  return asked
}

beforeEach(async () => {
  fake = await startFakeKling({ accessKey: 'ak-token', secretKey: 'sk-token', pollsToFinish: 1 })
  session = new MemoryStorage()
  local = new MemoryStorage()
  vi.stubGlobal('sessionStorage', session)
  vi.stubGlobal('localStorage', local)
  forgetToken()
  setTokenAsker(null)
})
afterEach(async () => {
  setTokenAsker(null)
  forgetToken()
  vi.unstubAllGlobals()
  await fake.close()
})

describe('the server token (HOST beyond loopback, FRAMEWRIGHT_TOKEN set)', () => {
  it('without a token, a generation call asks once and succeeds with the answer; later calls carry it', async () => {
    const { fetch, seen } = await serverApp()
    const asked = askerAnswering(TOKEN)
    const g = await createGeneration(body(), { fetch })
    expect(g.route).toBe('kling')
    expect(asked).toEqual(['missing'])
    expect(seen.map((s) => [s.status, s.auth])).toEqual([
      [401, null],
      [202, `Bearer ${TOKEN}`],
    ])
    await fetchGeneration(g.id, { fetch })
    expect(asked).toHaveLength(1)
    expect(seen.at(-1)).toMatchObject({ status: 200, auth: `Bearer ${TOKEN}` })
    expect(authHeaders()).toEqual({ authorization: `Bearer ${TOKEN}` })
  })

  it('ten polls refused at once open one question, and all succeed with its answer', async () => {
    const { fetch, seen } = await serverApp()
    setToken(TOKEN)
    const g = await createGeneration(body(), { fetch })
    forgetToken() // as in a new tab that resumed polling
    const answer = deferred<string | null>()
    const asked = askerAnswering(answer.promise)
    const polls = Array.from({ length: 10 }, () => fetchGeneration(g.id, { fetch }))
    await vi.waitFor(() => expect(seen.filter((s) => s.status === 401)).toHaveLength(10))
    answer.resolve(TOKEN)
    const all = await Promise.all(polls)
    expect(all.every((x) => x.id === g.id)).toBe(true)
    expect(asked).toEqual(['missing'])
    expect(seen.filter((s) => s.status === 200 && s.auth === `Bearer ${TOKEN}`)).toHaveLength(10)
  })

  it('a request refused after the question was answered retries with the new token without asking again', async () => {
    const { fetch, seen, gate } = await serverApp()
    const asked = askerAnswering(TOKEN)
    const late = deferred<void>()
    gate.next = late.promise // the first request's 401 is held back until another request has asked
    const first = createGeneration(body(), { fetch })
    await vi.waitFor(() => expect(seen).toHaveLength(1))
    await createGeneration(body(), { fetch })
    expect(asked).toEqual(['missing'])
    late.resolve()
    await expect(first).resolves.toMatchObject({ route: 'kling' })
    expect(asked).toEqual(['missing'])
  })

  it('a wrong answer gives the clear error after one retry (no loop); the next call asks again saying it was refused', async () => {
    const { fetch, seen } = await serverApp()
    const asked = askerAnswering('not-the-token', null)
    await expect(createGeneration(body(), { fetch })).rejects.toMatchObject({ status: 401, code: 'unauthorized', message: REFUSED })
    expect(asked).toEqual(['missing'])
    expect(seen.map((s) => [s.status, s.auth])).toEqual([
      [401, null],
      [401, 'Bearer not-the-token'],
    ])
    await expect(createGeneration(body(), { fetch })).rejects.toMatchObject({ code: 'unauthorized', message: REFUSED })
    expect(asked).toEqual(['missing', 'wrong'])
    expect(seen).toHaveLength(3)
    expect(fake.submits).toBe(0)
  })

  it('dismissing the question leaves the clear error, with no second request', async () => {
    const { fetch, seen } = await serverApp()
    const asked = askerAnswering(null)
    await expect(createGeneration(body(), { fetch })).rejects.toMatchObject({ status: 401, code: 'unauthorized', message: REFUSED })
    expect(asked).toEqual(['missing'])
    expect(seen).toHaveLength(1)
    expect(getToken()).toBeNull()
  })

  it('without an asker (the CLI) a 401 is one clear error and nothing is retried', async () => {
    const { fetch, seen } = await serverApp()
    await expect(createGeneration(body(), { fetch })).rejects.toMatchObject({ status: 401, message: REFUSED })
    expect(seen).toEqual([{ path: '/api/generations', status: 401, auth: null }])
  })

  it("does not ask on a 403 'token-required' (the server itself has no FRAMEWRIGHT_TOKEN)", async () => {
    const { fetch, seen } = await serverApp({})
    const asked = askerAnswering(TOKEN)
    await expect(createGeneration(body(), { fetch })).rejects.toMatchObject({ status: 403, code: 'token-required', message: expect.stringContaining('FRAMEWRIGHT_TOKEN') })
    expect(asked).toEqual([])
    expect(seen).toHaveLength(1)
  })

  it('keeps the token in sessionStorage, never localStorage; forgetToken removes it; a reload reads it back', async () => {
    const { fetch } = await serverApp()
    askerAnswering(`  ${TOKEN}\n`)
    await createGeneration(body(), { fetch })
    expect(session.getItem(TOKEN_STORAGE_KEY)).toBe(TOKEN)
    expect(local.length).toBe(0)
    vi.resetModules()
    const reloaded = await import('./token')
    expect(reloaded.authHeaders()).toEqual({ authorization: `Bearer ${TOKEN}` })
    forgetToken()
    expect(session.getItem(TOKEN_STORAGE_KEY)).toBeNull()
    expect(authHeaders()).toEqual({})
  })

  it('works without sessionStorage (Node, the CLI): in memory only', () => {
    vi.stubGlobal('sessionStorage', undefined)
    setToken(TOKEN)
    expect(authHeaders()).toEqual({ authorization: `Bearer ${TOKEN}` })
    forgetToken()
    expect(authHeaders()).toEqual({})
  })

  it('uploadStartImage and fetchGenerationVideo carry the token, and ask for it like the JSON calls', async () => {
    const { fetch, seen } = await serverApp()
    const asked = askerAnswering(TOKEN)
    const uploaded = await uploadStartImage(new Blob([png(1280, 720)], { type: 'image/png' }), { fetch })
    expect(uploaded).toMatchObject({ mimeType: 'image/png', width: 1280, height: 720 })
    expect(asked).toEqual(['missing'])
    expect(seen.map((s) => [s.path, s.status, s.auth])).toEqual([
      ['/api/uploads/start-image', 401, null],
      ['/api/uploads/start-image', 201, `Bearer ${TOKEN}`],
    ])
    const g = await createGeneration({ ...body(), startImage: uploaded.id, aspect: 16 / 9 }, { fetch })
    await vi.waitFor(async () => expect((await fetchGeneration(g.id, { fetch })).status).toBe('succeeded'))
    const video = await fetchGenerationVideo(g.id, { fetch })
    expect(new Uint8Array(await video.arrayBuffer())).toEqual(fake.video)
    expect(seen.at(-1)).toMatchObject({ path: `/api/generations/${encodeURIComponent(g.id)}/video`, status: 200, auth: `Bearer ${TOKEN}` })
    expect(seen.filter((s) => s.status === 401)).toHaveLength(1)

    // a wrong token kept from before: the video asks again (saying it was refused) and is fetched with the answer
    setToken('stale')
    const asked2 = askerAnswering(TOKEN)
    await expect(fetchGenerationVideo(g.id, { fetch })).resolves.toBeInstanceOf(Blob)
    expect(asked2).toEqual(['wrong'])
  })

  it('a request aborted while the question is open rejects as aborted', async () => {
    const { fetch } = await serverApp()
    const answer = deferred<string | null>()
    askerAnswering(answer.promise)
    const controller = new AbortController()
    const call = fetchGeneration('anything', { fetch, signal: controller.signal })
    await new Promise((r) => setTimeout(r, 20))
    controller.abort()
    await expect(call).rejects.toMatchObject({ name: 'AbortError' })
    answer.resolve(null)
  })
})
