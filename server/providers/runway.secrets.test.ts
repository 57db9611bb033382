import type { ProviderAdapter } from '../generations/types'
import { RUNWAY_FAKE_ERRORS, startFakeRunway } from './fakes/runway'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createRunwayAdapter } from './runway'

const SECRET = 'key_SENTINEL3e8b44f1runwaysecret'
const payload = { model: 'gen4_turbo', promptImage: '<START_FRAME_URL_OR_DATA_URI>', promptText: 'a pan', ratio: '1280:720', duration: 5 }
const png = { bytes: new Uint8Array([1, 2, 3, 4]), mimeType: 'image/png', width: 1, height: 1 } as const

itLeaksNoSecret('no failure path puts the secret in a message, an error or a log line', {
  start: () => startFakeRunway({ apiSecret: SECRET }),
  secrets: [SECRET],
  outputs: 16,
  shows: ['Runway could not make the video: upstream refused [redacted] (Authorization: Bearer [redacted]).'],
  paths: async (fake, { run }) => {
    const r = (o: { apiSecret?: string; baseUrl?: string; timeoutMs?: number } = {}): ProviderAdapter =>
      createRunwayAdapter({ apiSecret: SECRET, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (status: number, what: string) => ({ type: 'error', status, error: `${what} for ${SECRET}` }) as const
    const { taskId } = await r().submit({ payload, startImage: png })
    fake.script('submit', leaky(401, 'Invalid API secret'), leaky(400, "Invalid parameter 'ratio'"), leaky(400, 'not enough credits'), leaky(400, 'flagged by content moderation'), { type: 'malformed' })
    for (let i = 0; i < 5; i++) await run(() => r().submit({ payload, startImage: png }))
    await run(() => r({ apiSecret: `${SECRET}x` }).submit({ payload, startImage: png }))
    fake.script('poll', ...Array.from({ length: 4 }, () => RUNWAY_FAKE_ERRORS.rateLimited(3)), ...Array.from({ length: 4 }, () => leaky(500, 'boom')), { type: 'slow', delayMs: 2000 })
    await run(() => r().poll(taskId))
    await run(() => r().poll(taskId))
    await run(() => r({ timeoutMs: 100 }).poll(taskId))
    await run(() => r().submit({ payload: 'not an object' }))
    await run(() => r().submit({ payload }))
    await run(() => r().fetchVideo(`${fake.baseUrl}/files/none.mp4`, { range: 'bytes=0-1' }))
    await run(() => r({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload, startImage: png }))
    await run(() => r({ baseUrl: 'http://127.0.0.1:1' }).cancel!(taskId))
    fake.failNextTask(`upstream refused ${SECRET} (Authorization: Bearer ${SECRET})`)
    const failing = await r().submit({ payload, startImage: png })
    for (let i = 0; i < 2; i++) await run(() => r().poll(failing.taskId))
  },
})
