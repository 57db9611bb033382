import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { minimaxTarget } from '../../src/compilers/minimax'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type FakeReplicate, REPLICATE_FAKE_ERRORS, startFakeReplicate } from './fakes/replicate'
import { createAdapter } from './index'
import { type ReplicateAdapterOptions, createReplicateAdapter } from './replicate'

const TOKEN = 'r8_test_token'
/** The body the studio sends on this route: the MiniMax compiler's payload for a 6 s pan left. */
const payload = compiled(minimaxTarget, shotProject([{ presetId: 'pan-left', durationS: 6 }])).payload as Record<string, unknown>
const webp: StartImage = { bytes: new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4]), mimeType: 'image/webp', width: 640, height: 360 }

let fake: FakeReplicate
let slept: number[]
const adapter = (o: Partial<ReplicateAdapterOptions> = {}) => createReplicateAdapter({ apiToken: TOKEN, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })

beforeEach(async () => {
  fake = await startFakeReplicate({ apiToken: TOKEN })
  slept = []
})
afterEach(() => fake.close())

describe('Replicate adapter (official SDK) against the fake Replicate', () => {
  it('creates a prediction on minimax/video-01-director, polls to succeeded with progress and fetches the video with a Range', async () => {
    const r = adapter()
    const { taskId } = await r.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/models/minimax/video-01-director/predictions', status: 201, headers: { authorization: `Bearer ${TOKEN}` } })
    expect(fake.predictions.get(taskId)!.input).toEqual({ prompt: payload.prompt, prompt_optimizer: false })
    expect(await r.poll(taskId)).toEqual({ status: 'running', progress: 0.4 })
    const done = await r.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/delivery/${taskId}/output.mp4` })
    expect(fake.requests[1].path).toBe(`/v1/predictions/${taskId}`)
    const res = await r.fetchVideo(done.videoUrl!, { range: 'bytes=-16' })
    expect(res.status).toBe(206)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(fake.video.length - 16))
    expect(fake.requests.at(-1)!.headers.authorization).toBeUndefined()
  })

  it('sends a start image as first_frame_image (a data URI); refuses 10 s (the model renders 6 s only)', async () => {
    const { taskId } = await adapter().submit({ payload, startImage: webp })
    expect(fake.predictions.get(taskId)!.input.first_frame_image).toBe(`data:image/webp;base64,${Buffer.from(webp.bytes).toString('base64')}`)
    expect(await failure(adapter().submit({ payload: { ...payload, duration: 10 } }))).toMatchObject({ kind: 'invalid-parameter', field: 'duration', message: expect.stringContaining('6 s only') })
    expect(fake.count('create')).toBe(1)
  })

  it('cancels a prediction', async () => {
    const r = adapter()
    const { taskId } = await r.submit({ payload })
    await r.cancel!(taskId)
    expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: `/v1/predictions/${taskId}/cancel`, status: 200 })
    expect(await r.poll(taskId)).toEqual({ status: 'canceled' })
  })

  it('401 -> bad-key; 402 -> out-of-credits', async () => {
    expect(await failure(adapter({ apiToken: 'wrong' }).submit({ payload }))).toMatchObject({ kind: 'bad-key', message: "Replicate refused the server's key: check REPLICATE_API_TOKEN on the server." })
    fake.script('create', REPLICATE_FAKE_ERRORS.paymentRequired)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'out-of-credits' })
    expect(fake.count('create')).toBe(2)
  })

  it('429 with Retry-After, then success: waits the Retry-After, once (the SDK does not retry again)', async () => {
    fake.script('create', REPLICATE_FAKE_ERRORS.throttled(4))
    await adapter().submit({ payload })
    expect(slept).toEqual([4000])
    expect(fake.count('create')).toBe(2)
    fake.script('create', ...Array.from({ length: 4 }, () => REPLICATE_FAKE_ERRORS.throttled(9)))
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'rate-limited', retryAfterS: 9 })
    expect(fake.count('create')).toBe(6)
  })

  it('500, then success on reads; a 500 on create is not repeated (as the SDK intends: no idempotency key)', async () => {
    const r = adapter()
    const { taskId } = await r.submit({ payload })
    fake.script('get', REPLICATE_FAKE_ERRORS.serverError)
    expect(await r.poll(taskId)).toMatchObject({ status: 'running' })
    expect(fake.count('get')).toBe(2)
    fake.script('create', { type: 'lose-response' })
    expect(await failure(r.submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.count('create')).toBe(2)
    expect(fake.predictions.size).toBe(2)
  })

  it('a malformed body -> malformed-response', async () => {
    fake.script('create', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'malformed-response', message: 'Replicate sent an answer the server could not read: try again later.' })
  })

  it("a prediction Replicate fails -> failed with Replicate's reason", async () => {
    fake.failNextPrediction('CUDA out of memory')
    fake.failNextPrediction('The input or output was flagged as sensitive. Please try again with different inputs. (E005)')
    const r = adapter()
    const a = await r.submit({ payload })
    const b = await r.submit({ payload })
    for (const { taskId } of [a, b]) await r.poll(taskId)
    expect(await r.poll(a.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'Replicate could not make the video: CUDA out of memory.' } })
    expect(await r.poll(b.taskId)).toMatchObject({ status: 'failed', error: { kind: 'moderation' } })
  })

  it('a 422 -> invalid-parameter naming the input', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, prompt: '' } }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'prompt' })
    const bad = await failure(adapter().submit({ payload, startImage: { ...webp, mimeType: 'image/gif' as 'image/webp' } }))
    expect(bad).toMatchObject({ kind: 'invalid-parameter', field: 'first_frame_image', message: 'Replicate rejected the value of first_frame_image: change it and try again.' })
  })

  it('an answer slower than the timeout -> timed-out within the bound, not repeated by the SDK', async () => {
    const r = adapter({ timeoutMs: 200 })
    const { taskId } = await r.submit({ payload })
    fake.script('get', { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(r.poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'Replicate did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
    expect(fake.count('get')).toBe(1)
  })

  it('createAdapter builds Replicate from the env, pointed at REPLICATE_BASE_URL; null without a token', async () => {
    expect(createAdapter('replicate', {})).toBeNull()
    const r = createAdapter('replicate', { REPLICATE_API_TOKEN: TOKEN, REPLICATE_BASE_URL: `${fake.baseUrl}/ignored` })
    expect(r?.route).toBe('replicate')
    await r!.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ path: '/v1/models/minimax/video-01-director/predictions', status: 201 })
  })
})
