import { expect } from 'vitest'
import { comfyWanCameraTarget } from '../../src/compilers/comfyui-wan-camera'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import { createComfyAdapter } from './comfyui'
import { COMFY_FAKE_ERRORS, startFakeComfy } from './fakes/comfyui'
import { itLeaksNoSecret } from './fakes/secretsSuite'

/** ComfyUI has no keys; the secret is a proxy password carried in COMFYUI_URL. */
const USER = 'fwuser'
const PW = 'PWSENTINEL7c1e9b44proxy'
const BASIC = Buffer.from(`${USER}:${PW}`).toString('base64')
const graph = JSON.parse(compiled(comfyWanCameraTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).text) as Record<string, unknown>
const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mimeType: 'image/png' as const, width: 1, height: 1 }

itLeaksNoSecret('no path puts the proxy password of COMFYUI_URL (or its basic-auth token) in a message, an error or a log line', {
  start: () => startFakeComfy({ basicAuth: { user: USER, password: PW } }),
  secrets: [PW, BASIC, encodeURIComponent(PW)],
  outputs: 10,
  kinds: ['bad-key', 'invalid-parameter', 'rate-limited', 'provider-failure', 'timed-out', 'malformed-response'],
  shows: ['ComfyUI could not make the video (node 6, WanFunV2VSampler): proxy http://fwuser:[redacted]@comfy failed with Basic [redacted].', 'ComfyUI is not reachable at http://127.0.0.1:1:'],
  paths: async (fake, { run, onClose }) => {
    const at = (password = PW, port = new URL(fake.baseUrl).port) => `http://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/`
    const c = (o: { baseUrl?: string; timeoutMs?: number } = {}) => {
      const a = createComfyAdapter({ baseUrl: at(), sleep: async () => {}, ...o })
      onClose(() => a.close())
      return a
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
  },
})
