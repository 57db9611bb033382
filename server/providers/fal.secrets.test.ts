import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { ProviderAdapter } from '../generations/types'
import { FAL_FAKE_ERRORS, type FakeFal, startFakeFal } from './fakes/fal'
import { createFalAdapter } from './fal'
import { ProviderError } from './http'

const ID = 'FALSENTINEL2d4f6a8bkeyid'
const SECRET = 'FALSENTINEL1c3e5g7hsecret'
const KEY = `${ID}:${SECRET}`
const payload = { model_name: 'kling-v1', mode: 'std', prompt: 'a pan', aspect_ratio: '16:9', duration: '5' }

let fake: FakeFal
let logged: string[]
beforeEach(async () => {
  fake = await startFakeFal({ apiKey: KEY })
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

it('no failure path puts the key (or either half of it) in a message, an error or a log line', async () => {
  const f = (o: { apiKey?: string; baseUrl?: string; timeoutMs?: number } = {}): ProviderAdapter => createFalAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
  const leaky = (status: number, what: string) => ({ type: 'respond', status, body: { detail: `${what} for ${KEY}` } }) as const
  const out: string[] = []
  const run = async (g: () => Promise<unknown>) => {
    try {
      out.push(JSON.stringify(await g()))
    } catch (e) {
      out.push(everything(e))
    }
  }

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

  expect(out).toHaveLength(15)
  const kinds = out.join('\n').match(/"kind":"[a-z-]+"/g) ?? []
  for (const kind of ['bad-key', 'out-of-credits', 'moderation', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response']) expect(kinds).toContain(`"kind":"${kind}"`)
  const all = [...out, ...logged].join('\n')
  for (const s of [ID, SECRET]) expect(all).not.toContain(s)
  expect(all).toContain('fal.ai could not make the video: runner failed with [redacted].')
})
