import type { ProviderAdapter } from '../generations/types'
import { LUMA_FAKE_ERRORS, startFakeLuma } from './fakes/luma'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createLumaAdapter } from './luma'

const KEY = 'luma-SENTINEL7d2a91c4apikey'
const payload = { model: 'ray-2', prompt: 'a pan', aspect_ratio: '16:9', duration: '5s' }
const png = { bytes: new Uint8Array(4), mimeType: 'image/png', width: 1, height: 1 } as const

itLeaksNoSecret('no failure path puts the key in a message, an error or a log line', {
  start: () => startFakeLuma({ apiKey: KEY }),
  secrets: [KEY],
  outputs: 16,
  shows: ['Luma could not make the video: upstream refused key [redacted] (Authorization: Bearer [redacted]).'],
  paths: async (fake, { run }) => {
    const l = (o: { apiKey?: string; baseUrl?: string; timeoutMs?: number; publicUrl?: string } = {}): ProviderAdapter =>
      createLumaAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (status: number, what: string) => ({ type: 'error', status, detail: `${what} for key ${KEY}` }) as const
    const { taskId } = await l().submit({ payload })
    fake.script('submit', leaky(401, 'Invalid API key'), leaky(400, 'aspect_ratio rejected'), leaky(402, 'Insufficient credits'), leaky(400, 'content moderation failed'), { type: 'malformed' })
    for (let i = 0; i < 5; i++) await run(() => l().submit({ payload }))
    await run(() => l({ apiKey: `${KEY}x` }).submit({ payload }))
    fake.script('poll', ...Array.from({ length: 4 }, () => LUMA_FAKE_ERRORS.rateLimited(3)), ...Array.from({ length: 4 }, () => leaky(500, 'boom')), { type: 'slow', delayMs: 2000 })
    await run(() => l().poll(taskId))
    await run(() => l().poll(taskId))
    await run(() => l({ timeoutMs: 100 }).poll(taskId))
    await run(() => l().submit({ payload: 'not an object' }))
    await run(() => l().submit({ payload, startImage: png }))
    await run(() => l().fetchVideo(`${fake.baseUrl}/files/none.mp4`, { range: 'bytes=0-1' }))
    await run(() => l({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload }))
    await run(() => l({ baseUrl: 'http://127.0.0.1:1' }).poll(taskId))
    fake.failNextGeneration(`upstream refused key ${KEY} (Authorization: Bearer ${KEY})`)
    const failing = await l().submit({ payload })
    for (let i = 0; i < 2; i++) await run(() => l().poll(failing.taskId))
  },
})
