import { OAuth2Client } from 'google-auth-library'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { ProviderAdapter } from '../generations/types'
import { pngOf } from './fakes/sora'
import { type FakeVeo, type FakeVeoStep, VEO_FAKE_ERRORS, startFakeVeo } from './fakes/veo'
import { ProviderError } from './http'
import { createVeoAdapter } from './veo'
import { createVeoVertexAdapter } from './veoVertex'

const KEY = 'AIzaSENTINEL0b1c2d3e4f5a6b7c8d9e0f1a2b3'
const TOKEN = 'ya29.SENTINEL-vertex-access-token-5e6f'
const startImage = { bytes: pngOf(1280, 720), mimeType: 'image/png', width: 1280, height: 720 } as const

let fake: FakeVeo | undefined
let logged: string[]
beforeEach(() => {
  logged = []
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await fake?.close()
})

const everything = (e: unknown): string => {
  if (!(e instanceof Error)) return JSON.stringify(e)
  const own = Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, (e as unknown as Record<string, unknown>)[k]]))
  return [String(e), e.stack, JSON.stringify(own), e instanceof ProviderError ? JSON.stringify(e.toGenerationError()) : '', e.cause ? everything(e.cause) : ''].join('\n')
}
const leaky = (code: number, status: string): FakeVeoStep => ({ type: 'error', error: { code, status, message: `durationSeconds rejected for ${KEY} / Bearer ${TOKEN}` } })

/** Every failure path of one Veo adapter; returns what came out. */
const exercise = async (make: (o?: { timeoutMs?: number; baseUrl?: string; bad?: boolean }) => ProviderAdapter, payload: unknown, f: FakeVeo) => {
  const out: string[] = []
  const run = async (g: () => Promise<unknown>) => {
    try {
      out.push(JSON.stringify(await g()))
    } catch (e) {
      out.push(everything(e))
    }
  }
  const { taskId } = await make().submit({ payload, startImage })
  f.script('submit', leaky(401, 'UNAUTHENTICATED'), leaky(400, 'INVALID_ARGUMENT'), VEO_FAKE_ERRORS.safety, { type: 'malformed' })
  for (let i = 0; i < 4; i++) await run(() => make().submit({ payload, startImage }))
  await run(() => make({ bad: true }).submit({ payload, startImage }))
  f.script('poll', ...Array.from({ length: 4 }, () => VEO_FAKE_ERRORS.rateLimited(3)), ...Array.from({ length: 4 }, () => leaky(500, 'INTERNAL')), { type: 'slow', delayMs: 2000 })
  await run(() => make().poll(taskId))
  await run(() => make().poll(taskId))
  await run(() => make({ timeoutMs: 100 }).poll(taskId))
  await run(() => make().submit({ payload: 'not an object' }))
  await run(() => make({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload, startImage }))
  f.failNextOperation({ code: 13, message: `render failed for ${KEY} with Bearer ${TOKEN}` })
  const failing = await make().submit({ payload, startImage })
  for (let i = 0; i < 2; i++) await run(() => make().poll(failing.taskId))
  const kinds = out.join('\n').match(/"kind":"[a-z-]+"/g) ?? []
  for (const kind of ['bad-key', 'moderation', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response']) expect(kinds).toContain(`"kind":"${kind}"`)
  return out
}

const check = (out: string[]) => {
  const all = [...out, ...logged].join('\n')
  expect(all).not.toContain('SENTINEL')
  expect(all).toMatch(/could not make the video: render failed for \[redacted\] with Bearer \[redacted\]\./)
}

it('Veo (Gemini API): no failure path puts the API key in a message, an error or a log line', async () => {
  const f = (fake = await startFakeVeo({ mode: 'gemini', apiKey: KEY }))
  const payload = { instances: [{ prompt: 'a slow pan left' }], parameters: { durationSeconds: 8, aspectRatio: '16:9' } }
  const out = await exercise((o = {}) => createVeoAdapter({ apiKey: o.bad ? `${KEY}x` : KEY, baseUrl: o.baseUrl ?? f.baseUrl, sleep: async () => {}, timeoutMs: o.timeoutMs }), payload, f)
  out.push(everything(await createVeoAdapter({ apiKey: KEY, baseUrl: f.baseUrl }).fetchVideo(`${f.baseUrl}/v1beta/files/none:download?alt=media`, {}).catch((e: unknown) => e)))
  check(out)
})

it('Veo (Vertex AI): no failure path puts the access token in a message, an error or a log line', async () => {
  const f = (fake = await startFakeVeo({ mode: 'vertex', token: TOKEN, project: 'p', location: 'us-central1' }))
  const client = (token: string) => {
    const c = new OAuth2Client()
    c.setCredentials({ access_token: token, expiry_date: Date.now() + 3600_000 })
    return c
  }
  const payload = { instances: [{ prompt: 'a pan', cameraControl: 'pan_left' }], parameters: { durationSeconds: 5 } }
  const make = (o: { timeoutMs?: number; baseUrl?: string; bad?: boolean } = {}) =>
    createVeoVertexAdapter({ project: 'p', location: 'us-central1', authClient: client(o.bad ? `${TOKEN}x` : TOKEN), baseUrl: o.baseUrl ?? f.baseUrl, sleep: async () => {}, timeoutMs: o.timeoutMs })
  const out = await exercise(make, payload, f)
  check(out)
})
