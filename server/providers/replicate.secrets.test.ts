import type { ProviderAdapter } from '../generations/types'
import { REPLICATE_FAKE_ERRORS, startFakeReplicate } from './fakes/replicate'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createReplicateAdapter } from './replicate'

const TOKEN = 'r8_SENTINEL5b7e1f09token'
const payload = { model: 'MiniMax-Hailuo-02', prompt: 'Camera: [Pan left].', duration: 6, resolution: '1080P', prompt_optimizer: false }

itLeaksNoSecret('no failure path puts the token in a message, an error or a log line (the SDK quotes raw bodies: none of its text is used)', {
  start: () => startFakeReplicate({ apiToken: TOKEN }),
  secrets: [TOKEN],
  outputs: 15,
  shows: ['Replicate could not make the video: failed with token [redacted].'],
  paths: async (fake, { run }) => {
    const r = (o: { apiToken?: string; baseUrl?: string; timeoutMs?: number } = {}): ProviderAdapter => createReplicateAdapter({ apiToken: TOKEN, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (status: number, detail: string) => ({ type: 'respond', status, body: { title: 'x', detail: `${detail} ${TOKEN}`, status } }) as const
    const { taskId } = await r().submit({ payload })
    fake.script('create', REPLICATE_FAKE_ERRORS.unauthorized, leaky(401, 'bad token'), leaky(422, 'prompt invalid'), leaky(402, 'no credit'), leaky(400, 'flagged as sensitive'), { type: 'malformed' })
    for (let i = 0; i < 6; i++) await run(() => r().submit({ payload }))
    await run(() => r({ apiToken: `${TOKEN}x` }).submit({ payload }))
    fake.script('get', ...Array.from({ length: 4 }, () => REPLICATE_FAKE_ERRORS.throttled(2)), ...Array.from({ length: 4 }, () => leaky(500, 'boom')), { type: 'slow', delayMs: 2000 })
    await run(() => r().poll(taskId))
    await run(() => r().poll(taskId))
    await run(() => r({ timeoutMs: 100 }).poll(taskId))
    await run(() => r().cancel!('missing'))
    await run(() => r().fetchVideo(`${fake.baseUrl}/delivery/none/output.mp4`, { range: 'bytes=0-1' }))
    await run(() => r({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload }))
    fake.failNextPrediction(`failed with token ${TOKEN}`)
    const failing = await r().submit({ payload })
    for (let i = 0; i < 2; i++) await run(() => r().poll(failing.taskId))
  },
})
