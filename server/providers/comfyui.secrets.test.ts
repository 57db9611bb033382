import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { comfyWanCameraTarget } from '../../src/compilers/comfyui-wan-camera'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import { type ComfyAdapter, createComfyAdapter } from './comfyui'
import { COMFY_FAKE_ERRORS, type FakeComfy, startFakeComfy } from './fakes/comfyui'
import { ProviderError } from './http'

/** ComfyUI has no keys; the secret is a proxy password carried in COMFYUI_URL. */
const USER = 'fwuser'
const PW = 'PWSENTINEL7c1e9b44proxy'
const BASIC = Buffer.from(`${USER}:${PW}`).toString('base64')
const graph = JSON.parse(compiled(comfyWanCameraTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).text) as Record<string, unknown>
const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mimeType: 'image/png' as const, width: 1, height: 1 }

let fake: FakeComfy
let logged: string[]
const made: ComfyAdapter[] = []
beforeEach(async () => {
  fake = await startFakeComfy({ basicAuth: { user: USER, password: PW } })
  logged = []
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')))
})
afterEach(async () => {
  vi.restoreAllMocks()
  for (const a of made.splice(0)) a.close()
  await fake.close()
})

const everything = (e: unknown): string => {
  if (!(e instanceof Error)) return JSON.stringify(e)
  const own = Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, (e as unknown as Record<string, unknown>)[k]]))
  return [String(e), e.stack, JSON.stringify(own), e instanceof ProviderError ? JSON.stringify(e.toGenerationError()) : '', e.cause ? everything(e.cause) : ''].join('\n')
}

it('no path puts the proxy password of COMFYUI_URL (or its basic-auth token) in a message, an error or a log line', async () => {
  const at = (password = PW, port = new URL(fake.baseUrl).port) => `http://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/`
  const c = (o: { baseUrl?: string; timeoutMs?: number } = {}) => {
    const a = createComfyAdapter({ baseUrl: at(), sleep: async () => {}, ...o })
    made.push(a)
    return a
  }
  const out: string[] = []
  const run = async (f: () => Promise<unknown>) => {
    try {
      out.push(JSON.stringify(await f()))
    } catch (e) {
      out.push(everything(e))
    }
  }

  const ok = await c().submit({ payload: graph, startImage: png })
  expect(fake.requests.every((r) => r.authorization === `Basic ${BASIC}`)).toBe(true)
  expect(fake.requests.map((r) => r.path)).toContain('/ws')
  await run(() => c({ baseUrl: at(`${PW}x`) }).submit({ payload: graph, startImage: png }))
  await run(() => c({ baseUrl: at(PW, '1') }).poll(ok.taskId))
  await run(() => c().submit({ payload: graph }))
  await run(() => c().submit({ payload: `${PW} is not a workflow` }))
  fake.script('prompt', ...Array.from({ length: 4 }, () => COMFY_FAKE_ERRORS.rateLimited(3)), { type: 'malformed' })
  await run(() => c().submit({ payload: graph, startImage: png }))
  await run(() => c().submit({ payload: graph, startImage: png }))
  fake.script('queue', ...Array.from({ length: 4 }, () => COMFY_FAKE_ERRORS.serverError))
  await run(() => c().poll(ok.taskId))
  fake.script('history', { type: 'slow', delayMs: 1000 })
  await run(() => c({ timeoutMs: 100 }).poll(ok.taskId))
  await run(() => c().fetchVideo(`${fake.baseUrl}/view?filename=none.mp4&type=output`, { range: 'bytes=0-1' }))
  // A run that fails with a message quoting the password and the token.
  fake.run({ error: `proxy http://${USER}:${PW}@comfy failed with Basic ${BASIC}` })
  await run(() => c().poll(ok.taskId))

  expect(out).toHaveLength(10)
  const kinds = out.join('\n').match(/"kind":"[a-z-]+"/g) ?? []
  for (const kind of ['bad-key', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response']) expect(kinds).toContain(`"kind":"${kind}"`)
  const all = [...out, ...logged].join('\n')
  for (const secret of [PW, BASIC, encodeURIComponent(PW)]) expect(all).not.toContain(secret)
  expect(all).toContain('ComfyUI could not make the video (node 6, WanFunV2VSampler): proxy http://fwuser:[redacted]@comfy failed with Basic [redacted].')
  expect(all).toContain('ComfyUI is not reachable at http://127.0.0.1:1:')
})
