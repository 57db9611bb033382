import type { ProviderAdapter } from '../generations/types'
import { KLING_FAKE_ERRORS, startFakeKling } from './fakes/kling'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createKlingAdapter } from './kling'

const AK = 'AKSENTINEL4f9c2e71access'
const SK = 'SKSENTINEL8b31d5a0secret'
const payload = { model_name: 'kling-v1', mode: 'std', prompt: 'a pan', aspect_ratio: '16:9', duration: '5' }

itLeaksNoSecret('no failure path puts the access key, the secret key or the token in a message, an error or a log line', {
  start: () => startFakeKling({ accessKey: AK, secretKey: SK }),
  secrets: [AK, SK],
  outputs: 17,
  shows: ['Kling could not make the video: risk check failed for [redacted]/[redacted] with [redacted].'],
  paths: async (fake, { run }) => {
    const k = (o: { secretKey?: string; baseUrl?: string; timeoutMs?: number; now?: () => number } = {}): ProviderAdapter =>
      createKlingAdapter({ accessKey: AK, secretKey: SK, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (status: number, code: number) => ({ type: 'error', status, code, message: `duration rejected for ${AK} signed with ${SK}` }) as const
    const { taskId } = await k().submit({ payload })
    fake.script('submit', KLING_FAKE_ERRORS.unauthorized, leaky(401, 1000), leaky(400, 1201), leaky(429, 1101), KLING_FAKE_ERRORS.policy, { type: 'malformed' })
    for (let i = 0; i < 6; i++) await run(() => k().submit({ payload }))
    await run(() => k({ secretKey: `${SK}x` }).submit({ payload }))
    await run(() => k({ now: () => Date.now() - 7200_000 }).submit({ payload }))
    fake.script('poll', ...Array.from({ length: 4 }, () => KLING_FAKE_ERRORS.rateLimited(3)), ...Array.from({ length: 4 }, () => leaky(500, 5000)), { type: 'slow', delayMs: 2000 })
    await run(() => k().poll(taskId))
    await run(() => k().poll(taskId))
    await run(() => k({ timeoutMs: 100 }).poll(taskId))
    await run(() => k().submit({ payload: 'not an object' }))
    await run(() => k().submit({ payload, startImage: { bytes: new Uint8Array(4), mimeType: 'image/webp', width: 1, height: 1 } }))
    await run(() => k().fetchVideo(`${fake.baseUrl}/files/none.mp4`, { range: 'bytes=0-1' }))
    await run(() => k({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload }))
    // A task that fails with a reason quoting the keys and a token.
    const token = fake.requests.find((r) => r.authorization)!.authorization!.slice('Bearer '.length)
    fake.failNextTask(`risk check failed for ${AK}/${SK} with Bearer ${token}`)
    const failing = await k().submit({ payload })
    for (let i = 0; i < 2; i++) await run(() => k().poll(failing.taskId))
    return [token, token.split('.')[1], token.split('.')[2]]
  },
})
