import { OAuth2Client } from 'google-auth-library'
import type { ProviderAdapter } from '../generations/types'
import { type LeakRecorder, everything, itLeaksNoSecret } from './fakes/secretsSuite'
import { pngOf } from './fakes/sora'
import { type FakeVeo, type FakeVeoStep, VEO_FAKE_ERRORS, startFakeVeo } from './fakes/veo'
import { createVeoAdapter } from './veo'
import { createVeoVertexAdapter } from './veoVertex'

const KEY = 'AIzaSENTINEL0b1c2d3e4f5a6b7c8d9e0f1a2b3'
const TOKEN = 'ya29.SENTINEL-vertex-access-token-5e6f'
const startImage = { bytes: pngOf(1280, 720), mimeType: 'image/png', width: 1280, height: 720 } as const

const leaky = (code: number, status: string): FakeVeoStep => ({ type: 'error', error: { code, status, message: `durationSeconds rejected for ${KEY} / Bearer ${TOKEN}` } })

/** Every failure path of one Veo adapter. */
const exercise = async (make: (o?: { timeoutMs?: number; baseUrl?: string; bad?: boolean }) => ProviderAdapter, payload: unknown, f: FakeVeo, { run }: LeakRecorder) => {
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
}

const checks = {
  secrets: ['SENTINEL'],
  kinds: ['bad-key', 'moderation', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response'],
  shows: [/could not make the video: render failed for \[redacted\] with Bearer \[redacted\]\./],
}

itLeaksNoSecret('Veo (Gemini API): no failure path puts the API key in a message, an error or a log line', {
  ...checks,
  start: () => startFakeVeo({ mode: 'gemini', apiKey: KEY }),
  paths: async (f, t) => {
    const payload = { instances: [{ prompt: 'a slow pan left' }], parameters: { durationSeconds: 8, aspectRatio: '16:9' } }
    await exercise((o = {}) => createVeoAdapter({ apiKey: o.bad ? `${KEY}x` : KEY, baseUrl: o.baseUrl ?? f.baseUrl, sleep: async () => {}, timeoutMs: o.timeoutMs }), payload, f, t)
    t.out.push(everything(await createVeoAdapter({ apiKey: KEY, baseUrl: f.baseUrl }).fetchVideo(`${f.baseUrl}/v1beta/files/none:download?alt=media`, {}).catch((e: unknown) => e)))
  },
})

itLeaksNoSecret('Veo (Vertex AI): no failure path puts the access token in a message, an error or a log line', {
  ...checks,
  start: () => startFakeVeo({ mode: 'vertex', token: TOKEN, project: 'p', location: 'us-central1' }),
  paths: async (f, t) => {
    const client = (token: string) => {
      const c = new OAuth2Client()
      c.setCredentials({ access_token: token, expiry_date: Date.now() + 3600_000 })
      return c
    }
    const payload = { instances: [{ prompt: 'a pan', cameraControl: 'pan_left' }], parameters: { durationSeconds: 5 } }
    const make = (o: { timeoutMs?: number; baseUrl?: string; bad?: boolean } = {}) =>
      createVeoVertexAdapter({ project: 'p', location: 'us-central1', authClient: client(o.bad ? `${TOKEN}x` : TOKEN), baseUrl: o.baseUrl ?? f.baseUrl, sleep: async () => {}, timeoutMs: o.timeoutMs })
    await exercise(make, payload, f, t)
  },
})
