import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { ProviderAdapter } from '../generations/types'
import { type FakeMinimax, MINIMAX_FAKE_ERRORS, startFakeMinimax } from './fakes/minimax'
import { ProviderError } from './http'
import { createMinimaxAdapter } from './minimax'

const KEY = 'MMSENTINEL7c1d9e42apikey'
const payload = { model: 'MiniMax-Hailuo-02', prompt: 'Camera: [Pan left].', duration: 6, resolution: '1080P', prompt_optimizer: false }

let fake: FakeMinimax
let logged: string[]
beforeEach(async () => {
  fake = await startFakeMinimax({ apiKey: KEY })
  logged = []
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await fake.close()
})

const everything = (e: unknown): string => {
  if (!(e instanceof Error)) return JSON.stringify(e)
  const own = Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, (e as unknown as Record<string, unknown>)[k]]))
  return [String(e), e.stack, JSON.stringify(own), e instanceof ProviderError ? JSON.stringify(e.toGenerationError()) : '', e.cause ? everything(e.cause) : ''].join('\n')
}

it('no failure path puts the key in a message, an error or a log line', async () => {
  const m = (o: { apiKey?: string; baseUrl?: string; timeoutMs?: number } = {}): ProviderAdapter => createMinimaxAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
  const leaky = (code: number) => ({ type: 'respond', status: 200, body: { base_resp: { status_code: code, status_msg: `duration rejected for key ${KEY}` } } }) as const
  const out: string[] = []
  const run = async (f: () => Promise<unknown>) => {
    try {
      out.push(JSON.stringify(await f()))
    } catch (e) {
      out.push(everything(e))
    }
  }

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

  expect(out).toHaveLength(14)
  const kinds = out.join('\n').match(/"kind":"[a-z-]+"/g) ?? []
  for (const kind of ['bad-key', 'out-of-credits', 'moderation', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response']) expect(kinds).toContain(`"kind":"${kind}"`)
  const all = [...out, ...logged].join('\n')
  expect(all).not.toContain(KEY)
  expect(all).toContain('MiniMax could not make the video: render failed for Bearer [redacted].')
})
