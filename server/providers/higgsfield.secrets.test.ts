import type { ProviderAdapter } from '../generations/types'
import { HIGGSFIELD_FAKE_ERRORS, startFakeHiggsfield } from './fakes/higgsfield'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createHiggsfieldAdapter } from './higgsfield'

const KEY = 'HFSENTINEL3a8b0c6dapikey'
const SECRET = 'HFSENTINEL9e2f4d17secret'
const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mimeType: 'image/png', width: 4, height: 4 } as const
const payload = { model: 'dop-turbo', prompt: 'Camera: pan left.', input_images: [{ type: 'image_url', image_url: '<START_FRAME_URL>' }], motions: [{ name: 'Pan Left', strength: 0.8 }] }

itLeaksNoSecret('no failure path puts the key or the secret in a message, an error or a log line', {
  start: () => startFakeHiggsfield({ apiKey: KEY, apiSecret: SECRET }),
  secrets: [KEY, SECRET],
  outputs: 13,
  paths: async (fake, { run }) => {
    const h = (o: { apiSecret?: string; baseUrl?: string; timeoutMs?: number } = {}): ProviderAdapter =>
      createHiggsfieldAdapter({ apiKey: KEY, apiSecret: SECRET, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (status: number) => ({ type: 'respond', status, body: { detail: `prompt rejected for ${KEY}:${SECRET}` } }) as const
    const { taskId } = await h().submit({ payload, startImage: png })
    fake.script('submit', HIGGSFIELD_FAKE_ERRORS.unauthorized, leaky(401), leaky(400), leaky(403), { type: 'respond', status: 400, body: { detail: `nsfw content for ${SECRET}` } }, { type: 'malformed' })
    for (let i = 0; i < 6; i++) await run(() => h().submit({ payload, startImage: png }))
    await run(() => h({ apiSecret: `${SECRET}x` }).submit({ payload, startImage: png }))
    fake.script('poll', ...Array.from({ length: 4 }, () => HIGGSFIELD_FAKE_ERRORS.rateLimited(2)), ...Array.from({ length: 4 }, () => leaky(500)), { type: 'slow', delayMs: 2000 })
    await run(() => h().poll(taskId))
    await run(() => h().poll(taskId))
    await run(() => h({ timeoutMs: 100 }).poll(taskId))
    await run(() => h().submit({ payload: { ...payload, motions: [{ name: `${KEY}`, strength: 1 }] }, startImage: png }))
    await run(() => h().fetchVideo(`${fake.baseUrl}/cdn/video/none.mp4`, { range: 'bytes=0-1' }))
    await run(() => h({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload, startImage: png }))
  },
})
