import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { ProviderAdapter } from '../generations/types'
import { type FakeLuma, LUMA_FAKE_ERRORS, startFakeLuma } from './fakes/luma'
import { ProviderError } from './http'
import { createLumaAdapter } from './luma'

const KEY = 'luma-SENTINEL7d2a91c4apikey'
const payload = { model: 'ray-2', prompt: 'a pan', aspect_ratio: '16:9', duration: '5s' }
const png = { bytes: new Uint8Array(4), mimeType: 'image/png', width: 1, height: 1 } as const

let fake: FakeLuma
let logged: string[]
beforeEach(async () => {
  fake = await startFakeLuma({ apiKey: KEY })
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
  const l = (o: { apiKey?: string; baseUrl?: string; timeoutMs?: number; publicUrl?: string } = {}): ProviderAdapter =>
    createLumaAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async () => {}, ...o })
  const leaky = (status: number, what: string) => ({ type: 'error', status, detail: `${what} for key ${KEY}` }) as const
  const out: string[] = []
  const run = async (f: () => Promise<unknown>) => {
    try {
      out.push(JSON.stringify(await f()))
    } catch (e) {
      out.push(everything(e))
    }
  }

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

  expect(out).toHaveLength(16)
  const kinds = out.join('\n').match(/"kind":"[a-z-]+"/g) ?? []
  for (const kind of ['bad-key', 'out-of-credits', 'moderation', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response']) expect(kinds).toContain(`"kind":"${kind}"`)
  const all = [...out, ...logged].join('\n')
  expect(all).not.toContain(KEY)
  expect(all).toContain('Luma could not make the video: upstream refused key [redacted] (Authorization: Bearer [redacted]).')
})
