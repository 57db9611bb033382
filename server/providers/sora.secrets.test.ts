import { SORA_FAKE_ERRORS, startFakeSora } from './fakes/sora'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createSoraAdapter } from './sora'

const KEY = 'sk-proj-SENTINEL7d1e93c4openaikey'
const payload = { model: 'sora-2', prompt: 'a slow pan left', seconds: '4', size: '1280x720' }

itLeaksNoSecret('no failure path puts the OpenAI key (whole or as OpenAI masks it) in a message, an error or a log line', {
  start: () => startFakeSora({ apiKey: KEY }),
  secrets: [KEY, 'SENTINEL', /sk-\*+/],
  outputs: 14,
  shows: ['OpenAI could not make the video: render failed for [redacted] (Bearer [redacted]).'],
  paths: async (fake, { run }) => {
    const s = (o: { apiKey?: string; baseUrl?: string; timeoutMs?: number } = {}) => createSoraAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (status: number, code: string | null) => ({ type: 'error', status, error: { message: `seconds rejected for key ${KEY}`, type: 'invalid_request_error', param: null, code } }) as const
    const { taskId } = await s().submit({ payload })
    fake.script('create', leaky(401, 'invalid_api_key'), leaky(400, null), SORA_FAKE_ERRORS.quota, SORA_FAKE_ERRORS.moderation, { type: 'malformed' })
    for (let i = 0; i < 5; i++) await run(() => s().submit({ payload }))
    await run(() => s({ apiKey: `${KEY}x` }).submit({ payload }))
    fake.script('retrieve', ...Array.from({ length: 4 }, () => SORA_FAKE_ERRORS.rateLimited(3)), ...Array.from({ length: 4 }, () => leaky(500, null)), { type: 'slow', delayMs: 2000 })
    await run(() => s().poll(taskId))
    await run(() => s().poll(taskId))
    await run(() => s({ timeoutMs: 100 }).poll(taskId))
    await run(() => s().submit({ payload: 'not an object' }))
    await run(() => s().fetchVideo(`${fake.baseUrl}/v1/videos/video_none/content`, { range: 'bytes=0-1' }))
    await run(() => s({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload }))
    fake.failNextVideo('internal_error', `render failed for ${KEY} (Bearer ${KEY})`)
    const failing = await s().submit({ payload })
    for (let i = 0; i < 2; i++) await run(() => s().poll(failing.taskId))
  },
})
