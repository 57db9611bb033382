import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { soraTarget } from '../../src/compilers/sora'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type FakeSora, SORA_FAKE_ERRORS, pngOf, startFakeSora } from './fakes/sora'
import { createAdapter } from './index'
import { type SoraAdapterOptions, createSoraAdapter } from './sora'

const KEY = 'sk-test-openai-key'
/** The body the studio sends: the Sora compiler's payload for a 4 s pan left, 16:9. */
const payload = compiled(soraTarget, shotProject([{ presetId: 'pan-left', durationS: 4 }], { aspect: '16:9' })).payload as Record<string, unknown>

const png = (w: number, h: number): StartImage => ({ bytes: pngOf(w, h), mimeType: 'image/png', width: w, height: h })

let fake: FakeSora
let slept: number[]
const adapter = (o: Partial<SoraAdapterOptions> = {}) => createSoraAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })

beforeEach(async () => {
  fake = await startFakeSora({ apiKey: KEY })
  slept = []
})
afterEach(() => fake.close())

describe('Sora adapter (openai SDK) against the fake OpenAI', () => {
  it('creates the video from the compiled payload, polls to succeeded and downloads it with a Range', async () => {
    expect(payload).toMatchObject({ model: 'sora-2', seconds: '4', size: '1280x720' })
    const s = adapter()
    const { taskId } = await s.submit({ payload })
    const video = fake.videos.get(taskId)!
    expect(video.fields).toEqual({ model: 'sora-2', prompt: payload.prompt, seconds: '4', size: '1280x720' })
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/videos', status: 200, authorization: `Bearer ${KEY}` })
    expect(fake.requests[0].contentType).toMatch(/^multipart\/form-data/)
    expect(await s.poll(taskId)).toEqual({ status: 'running', progress: 0.5 })
    const done = await s.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/v1/videos/${taskId}/content` })
    expect(fake.requests[1]).toMatchObject({ method: 'GET', path: `/v1/videos/${taskId}` })

    const res = await s.fetchVideo(done.videoUrl!, { range: 'bytes=0-99' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 100))
    expect(fake.requests.at(-1)).toMatchObject({ path: `/v1/videos/${taskId}/content`, search: '?variant=video', range: 'bytes=0-99', authorization: `Bearer ${KEY}` })
    expect((await s.fetchVideo(done.videoUrl!, {})).status).toBe(200)
    expect((await s.fetchVideo(done.videoUrl!, { range: 'bytes=99999-' })).status).toBe(416)
  })

  it('sends a start image as the input_reference file, and refuses one not at the video size before sending', async () => {
    const s = adapter()
    const { taskId } = await s.submit({ payload, startImage: png(1280, 720) })
    expect(fake.videos.get(taskId)!.reference).toEqual({ type: 'image/png', size: 33, name: 'start.png' })
    const e = await failure(s.submit({ payload, startImage: png(640, 360) }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'input_reference', message: "OpenAI needs the start image at the video's size (1280x720): resize it and try again." })
    expect(fake.submits).toBe(1)
  })

  it('a wrong key -> bad-key (OpenAI 401 invalid_api_key)', async () => {
    const e = await failure(adapter({ apiKey: 'sk-wrong-key-0000' }).submit({ payload }))
    expect(e).toMatchObject({ kind: 'bad-key', message: "OpenAI refused the server's key: check OPENAI_API_KEY on the server." })
    expect(fake.requests.map((r) => r.status)).toEqual([401])
  })

  it('429 with Retry-After, then success: waits the Retry-After', async () => {
    fake.script('create', SORA_FAKE_ERRORS.rateLimited(2))
    await adapter().submit({ payload })
    expect(slept).toEqual([2000])
    expect(fake.videos.size).toBe(1)
  })

  it('429 past the retries -> rate-limited; 429 insufficient_quota -> out-of-credits without retrying', async () => {
    fake.script('retrieve', ...Array.from({ length: 4 }, () => SORA_FAKE_ERRORS.rateLimited(7)))
    const { taskId } = await adapter().submit({ payload })
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'rate-limited', retryAfterS: 7, message: 'OpenAI is limiting requests: try again in 7 s.' })
    fake.script('create', SORA_FAKE_ERRORS.quota)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'out-of-credits' })
    expect(fake.submits).toBe(2)
  })

  it('503, then success: one video; a create answered 500 is not repeated', async () => {
    fake.script('create', SORA_FAKE_ERRORS.unavailable)
    const { taskId } = await adapter().submit({ payload })
    expect(fake.submits).toBe(2)
    expect([...fake.videos.keys()]).toEqual([taskId])
    fake.script('create', SORA_FAKE_ERRORS.serverError)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(3)
  })

  it('duplicate submits: OpenAI has no idempotency key, so neither a create whose answer was lost nor a timed-out one is repeated', async () => {
    // the video is made, then the answer is lost (500): one video at OpenAI, not two
    fake.script('create', { type: 'lose-response' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(1)
    expect(fake.videos.size).toBe(1)
    fake.script('create', { type: 'slow', delayMs: 600 })
    expect(await failure(adapter({ timeoutMs: 150 }).submit({ payload }))).toMatchObject({ kind: 'timed-out' })
    await new Promise((r) => setTimeout(r, 600))
    expect(fake.submits).toBe(2)
  })

  it('5xx past the retries -> provider-failure; a malformed body -> malformed-response', async () => {
    fake.script('retrieve', ...Array.from({ length: 4 }, () => SORA_FAKE_ERRORS.serverError))
    const { taskId } = await adapter().submit({ payload })
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'provider-failure', message: 'OpenAI failed on its side: try again later.' })
    fake.script('create', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'malformed-response', message: 'OpenAI sent an answer the server could not read: try again later.' })
  })

  it("a video OpenAI fails -> failed status with OpenAI's reason", async () => {
    fake.failNextVideo('internal_error', 'Video generation failed\nunexpectedly')
    fake.failNextVideo('moderation_blocked', 'Your request was blocked by our moderation system')
    const s = adapter()
    const first = await s.submit({ payload })
    const second = await s.submit({ payload })
    for (const { taskId } of [first, second]) await s.poll(taskId)
    expect(await s.poll(first.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'OpenAI could not make the video: Video generation failed unexpectedly.' } })
    expect(await s.poll(second.taskId)).toEqual({ status: 'failed', error: { kind: 'moderation', message: 'OpenAI could not make the video: Your request was blocked by our moderation system.' } })
  })

  it('a body OpenAI rejects -> invalid-parameter naming the param; a moderation refusal -> moderation', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, seconds: '5' } }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'seconds', message: 'OpenAI rejected the value of seconds: change it and try again.' })
    fake.script('create', SORA_FAKE_ERRORS.moderation)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'moderation' })
    expect(await failure(adapter().submit({ payload: { seconds: '4' } }))).toMatchObject({ kind: 'invalid-parameter', field: 'prompt' })
  })

  it('an answer slower than the timeout -> timed-out within the bound', async () => {
    fake.script('retrieve', { type: 'slow', delayMs: 3000 })
    const s = adapter({ timeoutMs: 200 })
    const { taskId } = await s.submit({ payload })
    const t0 = Date.now()
    expect(await failure(s.poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'OpenAI did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
  })

  it('honours the caller signal', async () => {
    fake.script('retrieve', { type: 'slow', delayMs: 2000 })
    const s = adapter()
    const { taskId } = await s.submit({ payload })
    const reason = new Error('stop')
    const c = new AbortController()
    setTimeout(() => c.abort(reason), 50)
    await expect(s.poll(taskId, c.signal)).rejects.toBe(reason)
  })

  it('has no cancel; the key goes only to its own content path; a gone video says so', async () => {
    const s = adapter()
    expect(s.cancel).toBeUndefined()
    expect(await failure(s.fetchVideo('https://evil.example/v1/videos/video_1/content', {}))).toMatchObject({ kind: 'provider-failure' })
    expect(await failure(s.fetchVideo(`${fake.baseUrl}/v1/files/x`, {}))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.requests).toHaveLength(0)
    expect(await failure(s.fetchVideo(`${fake.baseUrl}/v1/videos/video_gone/content`, {}))).toMatchObject({ kind: 'provider-failure', message: expect.stringContaining('no longer has this video') })
  })
})

describe('createAdapter("sora")', () => {
  it('builds from OPENAI_API_KEY, pointed at the SORA_BASE_URL origin; null without a key', async () => {
    expect(createAdapter('sora', {})).toBeNull()
    expect(createAdapter('sora', { OPENAI_API_KEY: ' ' })).toBeNull()
    const s = createAdapter('sora', { OPENAI_API_KEY: KEY, SORA_BASE_URL: `${fake.baseUrl}/ignored/path` })
    expect(s?.route).toBe('sora')
    await s!.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ path: '/v1/videos', status: 200 })
  })
})
