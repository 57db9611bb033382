import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { klingTarget } from '../../src/compilers/kling'
import { minimaxTarget } from '../../src/compilers/minimax'
import { pixverseTarget } from '../../src/compilers/pixverse'
import { seedanceTarget } from '../../src/compilers/seedance'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { CompileTarget } from '../../src/compilers/types'
import { FAL_FAKE_ERRORS, type FakeFal, startFakeFal } from './fakes/fal'
import { type FalAdapterOptions, createFalAdapter, falRequest } from './fal'
import { createAdapter } from './index'

const KEY = 'fal-key-id:fal-key-secret'
const shot = (target: CompileTarget, durationS: number, presetId = 'pan-left') => compiled(target, shotProject([{ presetId, durationS }])).payload as Record<string, unknown>
/** The bodies the studio sends on this route: each target's compiled payload. */
const payloads = { kling: shot(klingTarget, 5), pixverse: shot(pixverseTarget, 5), seedance: shot(seedanceTarget, 5), minimax: shot(minimaxTarget, 6), minimax10: shot(minimaxTarget, 10) }

let fake: FakeFal
let slept: number[]
const adapter = (o: Partial<FalAdapterOptions> = {}) => createFalAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })

beforeEach(async () => {
  fake = await startFakeFal({ apiKey: KEY })
  slept = []
})
afterEach(() => fake.close())

describe('fal.ai adapter (official client) against the fake fal queue', () => {
  it('submits to the queue, polls status to COMPLETED, reads the result and fetches the video with a Range', async () => {
    const f = adapter()
    const { taskId } = await f.submit({ payload: payloads.kling })
    const [r] = [...fake.queued.values()]
    expect(taskId).toBe(`fal-ai/kling-video/v1/standard/text-to-video::${r.id}`)
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/fal-ai/kling-video/v1/standard/text-to-video', status: 200, headers: { authorization: `Key ${KEY}` } })
    expect(await f.poll(taskId)).toEqual({ status: 'running' })
    const done = await f.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/files/${r.id}.mp4` })
    // Status and result go to the app without the sub-path, as fal documents.
    expect(fake.requests.slice(1).map((q) => `${q.method} ${q.path}`)).toEqual([
      `GET /fal-ai/kling-video/requests/${r.id}/status`,
      `GET /fal-ai/kling-video/requests/${r.id}/status`,
      `GET /fal-ai/kling-video/requests/${r.id}`,
    ])
    const res = await f.fetchVideo(done.videoUrl!, { range: 'bytes=0-9' })
    expect(res.status).toBe(206)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 10))
    expect(fake.requests.at(-1)!.headers.authorization).toBeUndefined()
  })

  it.each([
    ['kling', 'fal-ai/kling-video/v1/standard/text-to-video'],
    ['pixverse', `fal-ai/pixverse/${payloads.pixverse.model as string}/text-to-video`],
    ['seedance', 'fal-ai/bytedance/seedance/v1/pro/text-to-video'],
    ['minimax', 'fal-ai/minimax/hailuo-02/pro/text-to-video'],
    ['minimax10', 'fal-ai/minimax/hailuo-02/standard/text-to-video'],
  ] as const)('maps the %s payload to %s, an input the model takes', async (name, endpoint) => {
    const { taskId } = await adapter().submit({ payload: payloads[name] })
    expect(taskId.startsWith(`${endpoint}::`)).toBe(true)
    const [r] = [...fake.queued.values()]
    expect(r.input.prompt).toEqual(expect.any(String))
  })

  it('maps Kling camera: one axis -> advanced_camera_control, a preset -> camera_control', () => {
    expect(falRequest({ model_name: 'kling-v1', prompt: 'p', duration: '5', camera_control: { type: 'simple', config: { horizontal: 0, vertical: 0, pan: -4, tilt: 0, roll: 0, zoom: 0 } } })!.input).toMatchObject({ advanced_camera_control: { movement_type: 'pan', movement_value: -4 } })
    expect(falRequest({ model_name: 'kling-v1', prompt: 'p', camera_control: { type: 'forward_up' } })!.input).toMatchObject({ camera_control: 'forward_up' })
  })

  it('refuses a payload of another target, and a start frame (text-to-video only)', async () => {
    expect(await failure(adapter().submit({ payload: { model: 'gen4_turbo', promptText: 'x' } }))).toMatchObject({ kind: 'invalid-parameter' })
    const png = { bytes: new Uint8Array(4), mimeType: 'image/png', width: 1, height: 1 } as const
    expect(await failure(adapter().submit({ payload: payloads.kling, startImage: png }))).toMatchObject({ kind: 'invalid-parameter', field: 'image_url' })
    // the same refusal before the server records anything (the route takes no start image)
    expect(() => adapter().check!({ payload: payloads.kling, startImage: png })).toThrow(/text-to-video only/)
    expect(() => adapter().check!({ payload: payloads.kling })).not.toThrow()
    expect(fake.count('submit')).toBe(0)
  })

  it('cancels a queued request; its status then reads canceled', async () => {
    const f = adapter()
    const { taskId } = await f.submit({ payload: payloads.seedance })
    await f.cancel!(taskId)
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: expect.stringMatching(/^\/fal-ai\/bytedance\/requests\/[\w-]+\/cancel$/), status: 202 })
    expect(await f.poll(taskId)).toEqual({ status: 'canceled' })
  })

  it('401 -> bad-key; 403 "exhausted balance" -> out-of-credits', async () => {
    expect(await failure(adapter({ apiKey: 'wrong:key' }).submit({ payload: payloads.kling }))).toMatchObject({ kind: 'bad-key', message: "fal.ai refused the server's key: check FAL_KEY on the server." })
    fake.script('submit', FAL_FAKE_ERRORS.locked)
    expect(await failure(adapter().submit({ payload: payloads.kling }))).toMatchObject({ kind: 'out-of-credits' })
  })

  it('429 with Retry-After, then success: waits the Retry-After, once (the client does not retry again)', async () => {
    fake.script('submit', FAL_FAKE_ERRORS.rateLimited(5))
    await adapter().submit({ payload: payloads.kling })
    expect(slept).toEqual([5000])
    expect(fake.count('submit')).toBe(2)
    fake.script('status', ...Array.from({ length: 4 }, () => FAL_FAKE_ERRORS.rateLimited(6)))
    const { taskId } = await adapter().submit({ payload: payloads.kling })
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'rate-limited', retryAfterS: 6 })
    expect(fake.count('status')).toBe(4)
  })

  it('500, then success on reads; a 500 on submit is not repeated (no idempotency key)', async () => {
    const f = adapter()
    const { taskId } = await f.submit({ payload: payloads.kling })
    fake.script('status', FAL_FAKE_ERRORS.serverError)
    expect(await f.poll(taskId)).toEqual({ status: 'running' })
    expect(fake.count('status')).toBe(2)
    fake.script('submit', { type: 'lose-response' })
    expect(await failure(f.submit({ payload: payloads.kling }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.count('submit')).toBe(2)
    expect(fake.queued.size).toBe(2)
  })

  it('a malformed body -> malformed-response', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload: payloads.kling }))).toMatchObject({ kind: 'malformed-response', message: 'fal.ai sent an answer the server could not read: try again later.' })
  })

  it("a request fal fails -> failed with fal's reason", async () => {
    fake.failNextRequest('Model runner crashed')
    fake.failNextRequest('The content could not be processed because it contained material flagged by a content checker.')
    const f = adapter()
    const a = await f.submit({ payload: payloads.kling })
    const b = await f.submit({ payload: payloads.kling })
    for (const { taskId } of [a, b]) await f.poll(taskId)
    expect(await f.poll(a.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'fal.ai could not make the video: Model runner crashed.' } })
    expect(await f.poll(b.taskId)).toMatchObject({ status: 'failed', error: { kind: 'moderation' } })
  })

  it('a 422 -> invalid-parameter naming the field', async () => {
    const e = await failure(adapter().submit({ payload: { ...payloads.kling, duration: '8' } }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'duration', message: 'fal.ai rejected the value of duration: change it and try again.' })
  })

  it('an answer slower than the timeout -> timed-out within the bound, not repeated by the client', async () => {
    const f = adapter({ timeoutMs: 200 })
    const { taskId } = await f.submit({ payload: payloads.kling })
    fake.script('status', { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(f.poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'fal.ai did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
    expect(fake.count('status')).toBe(1)
  })

  it('createAdapter builds fal from the env, pointed at FAL_BASE_URL; null without a key', async () => {
    expect(createAdapter('fal', {})).toBeNull()
    const f = createAdapter('fal', { FAL_KEY: KEY, FAL_BASE_URL: `${fake.baseUrl}/ignored` })
    expect(f?.route).toBe('fal')
    await f!.submit({ payload: payloads.kling })
    expect(fake.requests[0]).toMatchObject({ path: '/fal-ai/kling-video/v1/standard/text-to-video', status: 200 })
  })
})
