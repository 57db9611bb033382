import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { START_FRAME_URL, higgsfieldTarget } from '../../src/compilers/higgsfield'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type FakeHiggsfield, HIGGSFIELD_FAKE_ERRORS, startFakeHiggsfield } from './fakes/higgsfield'
import { type HiggsfieldAdapterOptions, createHiggsfieldAdapter } from './higgsfield'
import { createAdapter } from './index'

const KEY = 'hf-test-key'
const SECRET = 'hf-test-secret'
/** The body the studio sends: the Higgsfield compiler's payload for a 5 s pan left. */
const payload = compiled(higgsfieldTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).payload as Record<string, unknown> & { motions: { name: string; strength: number }[] }
const jpeg: StartImage = { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xc3, 0xa9]), mimeType: 'image/jpeg', width: 640, height: 360 }

let fake: FakeHiggsfield
let slept: number[]
const adapter = (o: Partial<HiggsfieldAdapterOptions> = {}) =>
  createHiggsfieldAdapter({ apiKey: KEY, apiSecret: SECRET, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string })

beforeEach(async () => {
  fake = await startFakeHiggsfield({ apiKey: KEY, apiSecret: SECRET })
  slept = []
})
afterEach(() => fake.close())

describe('Higgsfield adapter against the fake Higgsfield', () => {
  it('uploads the start frame, resolves motion names to ids, submits, polls to succeeded and fetches the video with a Range', async () => {
    expect(payload.motions.length).toBeGreaterThan(0)
    const h = adapter()
    const { taskId } = await h.submit({ payload, startImage: jpeg })
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /files/generate-upload-url 200',
      expect.stringMatching(/^PUT \/upload\/[\w-]+ 200$/),
      'GET /v1/motions 200',
      'POST /v1/image2video/dop 200',
    ])
    const put = fake.requests[1]
    expect(put.headers['hf-api-key']).toBeUndefined()
    const [publicUrl, file] = [...fake.uploads.entries()][0]
    expect(file).toEqual({ contentType: 'image/jpeg', bytes: jpeg.bytes })
    const job = [...fake.jobs.values()][0]
    expect(job.setId).toBe(taskId)
    const byName = new Map(fake.motions.map((m) => [m.name, m.id]))
    expect(job.params).toEqual({
      model: payload.model,
      prompt: payload.prompt,
      input_images: [{ type: 'image_url', image_url: publicUrl }],
      motions: payload.motions.map((m) => ({ id: byName.get(m.name), strength: m.strength })),
    })

    expect(await h.poll(taskId)).toEqual({ status: 'running' })
    const done = await h.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/cdn/video/${job.id}.mp4` })
    const res = await h.fetchVideo(done.videoUrl!, { range: 'bytes=10-19' })
    expect(res.status).toBe(206)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(10, 20))
    expect(fake.requests.at(-1)!.headers['hf-secret']).toBeUndefined()

    // The motion list is cached.
    await h.submit({ payload, startImage: jpeg })
    expect(fake.count('motions')).toBe(1)
  })

  it('without a start frame: refuses the placeholder, passes a public URL through', async () => {
    expect((payload.input_images as { image_url: string }[])[0].image_url).toBe(START_FRAME_URL)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'invalid-parameter', field: 'input_images', message: expect.stringContaining('start frame') })
    await adapter().submit({ payload: { ...payload, input_images: [{ type: 'image_url', image_url: 'https://example.com/frame.jpg' }] } })
    expect([...fake.jobs.values()][0].params.input_images).toEqual([{ type: 'image_url', image_url: 'https://example.com/frame.jpg' }])
  })

  it('a motion name the account lacks -> invalid-parameter on motions, before any create', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, motions: [{ name: 'Moonwalk', strength: 1 }] }, startImage: jpeg }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'motions', message: 'Higgsfield has no motion by a name the shot uses: pick another camera move and try again.' })
    expect(fake.count('submit')).toBe(0)
  })

  it('401 -> bad-key; 403 -> out-of-credits (as the SDK reads it)', async () => {
    const e = await failure(adapter({ apiSecret: 'wrong' }).submit({ payload, startImage: jpeg }))
    expect(e).toMatchObject({ kind: 'bad-key', message: "Higgsfield refused the server's key: check HF_API_KEY and HF_API_SECRET on the server." })
    fake.script('submit', HIGGSFIELD_FAKE_ERRORS.noCredits)
    expect(await failure(adapter().submit({ payload, startImage: jpeg }))).toMatchObject({ kind: 'out-of-credits' })
    expect(fake.jobs.size).toBe(0)
  })

  it('429 with Retry-After, then success: waits the Retry-After', async () => {
    fake.script('submit', HIGGSFIELD_FAKE_ERRORS.rateLimited(3))
    await adapter().submit({ payload, startImage: jpeg })
    expect(slept).toEqual([3000])
    expect(fake.jobs.size).toBe(1)
  })

  it('500, then success on reads and on the upload; a 500 on the create is not repeated (no idempotency key)', async () => {
    fake.script('motions', HIGGSFIELD_FAKE_ERRORS.serverError)
    fake.script('upload-url', HIGGSFIELD_FAKE_ERRORS.serverError)
    const h = adapter()
    const { taskId } = await h.submit({ payload, startImage: jpeg })
    fake.script('poll', HIGGSFIELD_FAKE_ERRORS.serverError)
    expect(await h.poll(taskId)).toEqual({ status: 'running' })
    expect([fake.count('motions'), fake.count('upload-url'), fake.count('poll')]).toEqual([2, 2, 2])
    fake.script('submit', { type: 'lose-response' })
    expect(await failure(h.submit({ payload, startImage: jpeg }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.count('submit')).toBe(2)
    expect(fake.jobs.size).toBe(2)
  })

  it('a malformed body -> malformed-response', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload, startImage: jpeg }))).toMatchObject({ kind: 'malformed-response', message: 'Higgsfield sent an answer the server could not read: try again later.' })
  })

  it('failed and nsfw jobs -> failed (provider-failure, moderation)', async () => {
    fake.endNextJob('failed')
    fake.endNextJob('nsfw')
    const h = adapter()
    const a = await h.submit({ payload, startImage: jpeg })
    const b = await h.submit({ payload, startImage: jpeg })
    for (const { taskId } of [a, b]) await h.poll(taskId)
    expect(await h.poll(a.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: expect.stringContaining('refunded') } })
    expect(await h.poll(b.taskId)).toEqual({ status: 'failed', error: { kind: 'moderation', message: expect.stringContaining('unsafe') } })
  })

  it('a 422 naming a field -> invalid-parameter with the dotted field', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, motions: [{ name: payload.motions[0].name, strength: 4 }] }, startImage: jpeg }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'motions.0.strength', message: 'Higgsfield rejected the value of motions.0.strength: change it and try again.' })
  })

  it('an answer slower than the timeout -> timed-out within the bound', async () => {
    const h = adapter({ timeoutMs: 200 })
    const { taskId } = await h.submit({ payload, startImage: jpeg })
    fake.script('poll', { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(h.poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'Higgsfield did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
  })

  it('has no cancel (v1 documents none)', () => {
    expect(adapter().cancel).toBeUndefined()
  })

  it('createAdapter builds Higgsfield from the env, pointed at HIGGSFIELD_BASE_URL; null without both keys', async () => {
    expect(createAdapter('higgsfield', { HF_API_KEY: KEY })).toBeNull()
    const h = createAdapter('higgsfield', { HF_API_KEY: KEY, HF_API_SECRET: SECRET, HIGGSFIELD_BASE_URL: `${fake.baseUrl}/x` })
    expect(h?.route).toBe('higgsfield')
    await h!.submit({ payload, startImage: jpeg })
    expect(fake.jobs.size).toBe(1)
  })
})
