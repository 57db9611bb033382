import type { ProviderAdapter } from '../generations/types'
import { FAL_FAKE_ERRORS, startFakeFal } from './fakes/fal'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createFalAdapter } from './fal'

const ID = 'FALSENTINEL2d4f6a8bkeyid'
const SECRET = 'FALSENTINEL1c3e5g7hsecret'
const KEY = `${ID}:${SECRET}`
const payload = { model_name: 'kling-v1', mode: 'std', prompt: 'a pan', aspect_ratio: '16:9', duration: '5' }

itLeaksNoSecret('no failure path puts the key (or either half of it) in a message, an error or a log line', {
  start: () => startFakeFal({ apiKey: KEY }),
  secrets: [ID, SECRET],
  outputs: 15,
  shows: ['fal.ai could not make the video: runner failed with [redacted].'],
  paths: async (fake, { run }) => {
    const f = (o: { apiKey?: string; baseUrl?: string; timeoutMs?: number } = {}): ProviderAdapter => createFalAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (status: number, what: string) => ({ type: 'respond', status, body: { detail: `${what} for ${KEY}` } }) as const
    const { taskId } = await f().submit({ payload })
    fake.script('submit', FAL_FAKE_ERRORS.unauthorized, leaky(401, 'bad key'), leaky(422, 'duration invalid'), leaky(403, 'Exhausted balance'), leaky(400, 'content policy violation'), { type: 'malformed' })
    for (let i = 0; i < 6; i++) await run(() => f().submit({ payload }))
    await run(() => f({ apiKey: `${KEY}x` }).submit({ payload }))
    fake.script('status', ...Array.from({ length: 4 }, () => FAL_FAKE_ERRORS.rateLimited(2)), ...Array.from({ length: 4 }, () => leaky(500, 'boom')), { type: 'slow', delayMs: 2000 })
    await run(() => f().poll(taskId))
    await run(() => f().poll(taskId))
    await run(() => f({ timeoutMs: 100 }).poll(taskId))
    await run(() => f().cancel!('fal-ai/kling-video::missing'))
    await run(() => f().fetchVideo(`${fake.baseUrl}/files/none.mp4`, { range: 'bytes=0-1' }))
    await run(() => f({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload }))
    fake.failNextRequest(`runner failed with ${KEY}`)
    const failing = await f().submit({ payload })
    for (let i = 0; i < 2; i++) await run(() => f().poll(failing.taskId))
  },
})
