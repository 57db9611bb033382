import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lumaTarget } from '../../src/compilers/luma'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type FakeLuma, LUMA_FAKE_ERRORS, startFakeLuma } from './fakes/luma'
import { createAdapter } from './index'
import { type LumaAdapterOptions, createLumaAdapter } from './luma'

const KEY = 'luma-test-key'
/** The body the studio sends: the Luma compiler's payload for a 5 s pan left. */
const payload = compiled(lumaTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).payload as Record<string, unknown>
const png: StartImage = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), mimeType: 'image/png', width: 640, height: 360 }

let fake: FakeLuma
let slept: number[]
const adapter = (o: Partial<LumaAdapterOptions> = {}) => createLumaAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })
const only = () => [...fake.generations.values()][0]

beforeEach(async () => {
  fake = await startFakeLuma({ apiKey: KEY })
  slept = []
})
afterEach(() => fake.close())

describe('Luma adapter (lumaai SDK) against the fake Luma', () => {
  it('submits the compiled payload, polls to succeeded and fetches the video with a Range', async () => {
    const l = adapter()
    const { taskId } = await l.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/dream-machine/v1/generations/video', status: 201, authorization: `Bearer ${KEY}` })
    expect(only().body).toEqual(payload)
    expect(taskId).toBe(only().id)
    expect(await l.poll(taskId)).toEqual({ status: 'running' })
    const done = await l.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/files/${taskId}.mp4` })
    expect(fake.requests[1]).toMatchObject({ method: 'GET', path: `/dream-machine/v1/generations/${taskId}` })

    const res = await l.fetchVideo(done.videoUrl!, { range: 'bytes=0-99' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 100))
    expect(fake.requests.at(-1)).toMatchObject({ range: 'bytes=0-99', authorization: undefined })
    expect((await l.fetchVideo(done.videoUrl!, {})).status).toBe(200)
  })

  it('a start image without FRAMEWRIGHT_PUBLIC_URL is refused before anything is sent, naming the variable', async () => {
    const e = await failure(adapter().submit({ payload, startImage: png }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'keyframes' })
    expect(e.message).toContain('FRAMEWRIGHT_PUBLIC_URL')
    expect(fake.submits).toBe(0)
  })

  it('sends a start image as keyframes.frame0 at FRAMEWRIGHT_PUBLIC_URL + the startImageUrl path (stripped from the body)', async () => {
    const l = adapter({ publicUrl: 'https://studio.example.com/' })
    await l.submit({ payload: { ...payload, startImageUrl: '/api/generations/g1/start-image' }, startImage: png })
    expect(only().body).toEqual({ ...payload, keyframes: { frame0: { type: 'image', url: 'https://studio.example.com/api/generations/g1/start-image' } } })
    await adapter({ publicUrl: 'https://studio.example.com', startImagePath: '/img/start.png' }).submit({ payload, startImage: png })
    expect([...fake.generations.values()][1].body.keyframes).toEqual({ frame0: { type: 'image', url: 'https://studio.example.com/img/start.png' } })
    expect(await failure(l.submit({ payload, startImage: png }))).toMatchObject({ kind: 'invalid-parameter', field: 'startImageUrl' })
    expect(await failure(l.submit({ payload: { ...payload, startImageUrl: '//evil.example/x' }, startImage: png }))).toMatchObject({ field: 'startImageUrl' })
    expect(await failure(adapter({ publicUrl: 'studio.example.com' }).submit({ payload, startImage: png }))).toMatchObject({ field: 'keyframes' })
    // Without a start image the path is dropped, not sent.
    await l.submit({ payload: { ...payload, startImageUrl: '/x.png' } })
    expect([...fake.generations.values()][2].body).toEqual(payload)
    expect(fake.submits).toBe(3)
  })

  it("the server's public start-image link (startImagePath) wins over the payload's; check() refuses a start image without FRAMEWRIGHT_PUBLIC_URL", async () => {
    const l = adapter({ publicUrl: 'https://studio.example.com/fw' })
    await l.submit({ payload: { ...payload, startImageUrl: '/from-the-payload.png' }, startImage: png, startImagePath: '/public/start-images/abc.def' })
    expect(only().body.keyframes).toEqual({ frame0: { type: 'image', url: 'https://studio.example.com/fw/public/start-images/abc.def' } })
    expect(() => l.check!({ payload, startImage: png })).not.toThrow()
    expect(() => adapter().check!({ payload })).not.toThrow()
    let refused: unknown
    try {
      adapter().check!({ payload, startImage: png })
    } catch (e) {
      refused = e
    }
    expect(refused).toMatchObject({ kind: 'invalid-parameter', field: 'keyframes', message: expect.stringContaining('FRAMEWRIGHT_PUBLIC_URL') })
    expect(fake.submits).toBe(1)
  })

  it('401 -> bad-key (scripted, and a wrong key)', async () => {
    fake.script('submit', LUMA_FAKE_ERRORS.unauthorized)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'bad-key', message: "Luma refused the server's key: check LUMAAI_API_KEY on the server." })
    expect(await failure(adapter({ apiKey: 'luma-wrong' }).submit({ payload }))).toMatchObject({ kind: 'bad-key' })
    expect(fake.requests.map((r) => r.status)).toEqual([401, 401])
    expect(fake.generations.size).toBe(0)
  })

  it('429 with Retry-After, then success: waits the Retry-After; past the retries -> rate-limited', async () => {
    fake.script('submit', LUMA_FAKE_ERRORS.rateLimited(2))
    await adapter().submit({ payload })
    expect(slept).toEqual([2000])
    expect(fake.generations.size).toBe(1)
    fake.script('poll', ...Array.from({ length: 4 }, () => LUMA_FAKE_ERRORS.rateLimited(7)))
    expect(await failure(adapter().poll(only().id))).toMatchObject({ kind: 'rate-limited', retryAfterS: 7, message: 'Luma is limiting requests: try again in 7 s.' })
  })

  it('503, then success: one generation; a create answered 500 is not repeated; a poll past the retries -> provider-failure', async () => {
    fake.script('submit', LUMA_FAKE_ERRORS.unavailable)
    const { taskId } = await adapter().submit({ payload })
    expect(fake.submits).toBe(2)
    expect(taskId).toBe(only().id)
    expect(fake.generations.size).toBe(1)
    fake.script('submit', LUMA_FAKE_ERRORS.serverError)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(3)
    fake.script('poll', ...Array.from({ length: 4 }, () => LUMA_FAKE_ERRORS.serverError))
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(4)
  })

  it('duplicate submits: Luma takes no idempotency key, so neither a timed-out create nor one whose answer was lost is repeated', async () => {
    fake.script('submit', { type: 'slow', delayMs: 400 })
    expect(await failure(adapter({ timeoutMs: 100 }).submit({ payload }))).toMatchObject({ kind: 'timed-out' })
    expect(fake.submits).toBe(1)
    await new Promise((r) => setTimeout(r, 400))
    expect(fake.generations.size).toBe(1)
    // the generation is made, then the answer is lost (500): one generation at Luma, not two
    fake.script('submit', { type: 'lose-response' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(2)
    expect(fake.generations.size).toBe(2)
  })

  it('a malformed body -> malformed-response', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'malformed-response', message: 'Luma sent an answer the server could not read: try again later.' })
    const { taskId } = await adapter().submit({ payload })
    fake.script('poll', { type: 'malformed' })
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'malformed-response' })
  })

  it("a generation Luma fails -> failed with Luma's reason; moderation and credits are told apart", async () => {
    fake.failNextGeneration('Generation failed: internal error\nretry later')
    fake.failNextGeneration('400: prompt not allowed because advanced moderation failed')
    const l = adapter()
    const a = await l.submit({ payload })
    const b = await l.submit({ payload })
    for (const { taskId } of [a, b]) await l.poll(taskId)
    expect(await l.poll(a.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'Luma could not make the video: Generation failed: internal error retry later.' } })
    expect(await l.poll(b.taskId)).toMatchObject({ status: 'failed', error: { kind: 'moderation' } })
    fake.script('submit', LUMA_FAKE_ERRORS.noCredits)
    expect(await failure(l.submit({ payload }))).toMatchObject({ kind: 'out-of-credits' })
  })

  it('a body Luma rejects -> invalid-parameter naming the field', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, aspect_ratio: '5:4' } }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'aspect_ratio', message: 'Luma rejected the value of aspect_ratio: change it and try again.' })
    expect(await failure(adapter().submit({ payload: 'nope' }))).toMatchObject({ kind: 'invalid-parameter' })
  })

  it('an answer slower than the timeout -> timed-out within the bound', async () => {
    const { taskId } = await adapter().submit({ payload })
    fake.script('poll', { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(adapter({ timeoutMs: 200 }).poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'Luma did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
  })

  it("cancel deletes the generation (DELETE /generations/{id}); an unknown one is already gone; the caller's abort wins", async () => {
    const l = adapter()
    const { taskId } = await l.submit({ payload })
    await l.cancel!(taskId)
    expect(fake.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/dream-machine/v1/generations/${taskId}`, status: 204 })
    expect(only().deleted).toBe(true)
    await l.cancel!(taskId)
    expect(await failure(l.poll(taskId))).toMatchObject({ kind: 'provider-failure' })
    const ac = new AbortController()
    ac.abort(new Error('stop'))
    await expect(l.poll(taskId, ac.signal)).rejects.toThrow('stop')
    expect(await failure(l.fetchVideo(`${fake.baseUrl}/files/gone.mp4`, {}))).toMatchObject({ kind: 'provider-failure', message: 'Luma no longer has this video: generate it again.' })
  })
})

describe('createAdapter("luma")', () => {
  it('builds Luma from the env, pointed at LUMA_BASE_URL (origin only), with FRAMEWRIGHT_PUBLIC_URL; null without a key', async () => {
    expect(createAdapter('luma', {})).toBeNull()
    expect(createAdapter('luma', { LUMAAI_API_KEY: '  ' })).toBeNull()
    const l = createAdapter('luma', { LUMAAI_API_KEY: KEY, LUMA_BASE_URL: `${fake.baseUrl}/ignored/path`, FRAMEWRIGHT_PUBLIC_URL: 'https://pub.example' })
    expect(l?.route).toBe('luma')
    await l!.submit({ payload: { ...payload, startImageUrl: '/s.png' }, startImage: png })
    expect(fake.requests[0]).toMatchObject({ path: '/dream-machine/v1/generations/video', status: 201 })
    expect(only().body.keyframes).toEqual({ frame0: { type: 'image', url: 'https://pub.example/s.png' } })
  })
})
