import type { ProviderAdapter } from '../generations/types'
import { MINIMAX_FAKE_ERRORS, startFakeMinimax } from './fakes/minimax'
import { itLeaksNoSecret } from './fakes/secretsSuite'
import { createMinimaxAdapter } from './minimax'

const KEY = 'MMSENTINEL7c1d9e42apikey'
const payload = { model: 'MiniMax-Hailuo-02', prompt: 'Camera: [Pan left].', duration: 6, resolution: '1080P', prompt_optimizer: false }

itLeaksNoSecret('no failure path puts the key in a message, an error or a log line', {
  start: () => startFakeMinimax({ apiKey: KEY }),
  secrets: [KEY],
  outputs: 14,
  shows: ['MiniMax could not make the video: render failed for Bearer [redacted].'],
  paths: async (fake, { run }) => {
    const m = (o: { apiKey?: string; baseUrl?: string; timeoutMs?: number } = {}): ProviderAdapter => createMinimaxAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
    const leaky = (code: number) => ({ type: 'respond', status: 200, body: { base_resp: { status_code: code, status_msg: `duration rejected for key ${KEY}` } } }) as const
    const { taskId } = await m().submit({ payload })
    fake.script('submit', MINIMAX_FAKE_ERRORS.unauthorized, leaky(1004), leaky(2013), leaky(1008), leaky(1026), { type: 'malformed' })
    for (let i = 0; i < 6; i++) await run(() => m().submit({ payload }))
    await run(() => m({ apiKey: `${KEY}x` }).submit({ payload }))
    fake.script('poll', ...Array.from({ length: 4 }, () => leaky(1002)), ...Array.from({ length: 4 }, () => ({ type: 'respond', status: 500, body: { error: { message: `boom ${KEY}` } } }) as const), { type: 'slow', delayMs: 2000 })
    await run(() => m().poll(taskId))
    await run(() => m().poll(taskId))
    await run(() => m({ timeoutMs: 100 }).poll(taskId))
    await run(() => m().fetchVideo(`${fake.baseUrl}/download/0.mp4`, { range: 'bytes=0-1' }))
    await run(() => m({ baseUrl: 'http://127.0.0.1:1' }).submit({ payload }))
    fake.failNextTask(`render failed for Bearer ${KEY}`)
    const failing = await m().submit({ payload })
    for (let i = 0; i < 2; i++) await run(() => m().poll(failing.taskId))
  },
})
