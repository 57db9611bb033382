import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VEO_GEMINI_MODEL, veoTarget } from '../../src/compilers/veo'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { pngOf } from './fakes/sora'
import { type FakeVeo, VEO_FAKE_ERRORS, startFakeVeo } from './fakes/veo'
import { createAdapter } from './index'
import { type VeoAdapterOptions, createVeoAdapter } from './veo'

const KEY = 'AIzaTestGeminiKey0123456789'
/** The body the studio sends: the Veo (Gemini API) compiler's payload for a 6 s pan left, 16:9. */
const payload = compiled(veoTarget, shotProject([{ presetId: 'pan-left', durationS: 6 }], { aspect: '16:9' })).payload as { instances: { prompt: string }[]; parameters: Record<string, unknown> }
const png: StartImage = { bytes: pngOf(1280, 720), mimeType: 'image/png', width: 1280, height: 720 }

let fake: FakeVeo
let slept: number[]
const adapter = (o: Partial<VeoAdapterOptions> = {}) => createVeoAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })
const submitPath = `/v1beta/models/${VEO_GEMINI_MODEL}:predictLongRunning`

beforeEach(async () => {
  fake = await startFakeVeo({ mode: 'gemini', apiKey: KEY })
  slept = []
})
afterEach(() => fake.close())

describe('Veo adapter (@google/genai, Gemini API) against the fake Gemini API', () => {
  it('submits the compiled payload, polls the operation to succeeded and downloads with the key, then without it after the redirect', async () => {
    const v = adapter()
    const { taskId } = await v.submit({ payload })
    expect(taskId).toMatch(new RegExp(`^models/${VEO_GEMINI_MODEL}/operations/\\w+$`))
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: submitPath, status: 200, apiKey: KEY })
    expect(fake.operations.get(taskId)!.body).toEqual({ instances: [{ prompt: payload.instances[0].prompt }], parameters: payload.parameters })
    expect(await v.poll(taskId)).toEqual({ status: 'running' })
    const done = await v.poll(taskId)
    const id = taskId.split('/').pop()
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/v1beta/files/${id}:download?alt=media` })
    expect(fake.requests[1]).toMatchObject({ method: 'GET', path: `/v1beta/${taskId}`, apiKey: KEY })

    const res = await v.fetchVideo(done.videoUrl!, { range: 'bytes=0-99' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 100))
    const [file, signed] = fake.requests.slice(-2)
    expect(file).toMatchObject({ path: `/v1beta/files/${id}:download`, status: 302, apiKey: KEY, range: 'bytes=0-99' })
    expect(signed).toMatchObject({ status: 206, apiKey: undefined, range: 'bytes=0-99' })
    expect(signed.path).toMatch(/^\/signed\//)
    expect((await v.fetchVideo(done.videoUrl!, {})).status).toBe(200)
  })

  it('sends a start image as base64 bytes with its mime type; refuses WebP and Vertex-only fields before sending', async () => {
    const v = adapter()
    const { taskId } = await v.submit({ payload, startImage: png })
    expect(fake.operations.get(taskId)!.body.instances).toEqual([{ prompt: payload.instances[0].prompt, image: { bytesBase64Encoded: Buffer.from(png.bytes).toString('base64'), mimeType: 'image/png' } }])
    expect(await failure(v.submit({ payload, startImage: { ...png, mimeType: 'image/webp' } }))).toMatchObject({ kind: 'invalid-parameter', field: 'image' })
    expect(await failure(v.submit({ payload: { ...payload, parameters: { ...payload.parameters, seed: 3 } } }))).toMatchObject({ kind: 'invalid-parameter', field: 'seed' })
    expect(await failure(v.submit({ payload: { instances: [{ prompt: 'x', cameraControl: 'pan_left' }] } }))).toMatchObject({ kind: 'invalid-parameter', field: 'cameraControl' })
    expect(fake.submits).toBe(1)
  })

  it("a wrong key -> bad-key (Google's 400 API_KEY_INVALID)", async () => {
    const e = await failure(adapter({ apiKey: 'AIzaWrong' }).submit({ payload }))
    expect(e).toMatchObject({ kind: 'bad-key', message: "Google Veo refused the server's key: check GEMINI_API_KEY on the server." })
    expect(fake.requests.map((r) => r.status)).toEqual([400])
  })

  it('429 with Retry-After, then success: waits the Retry-After; past the retries -> rate-limited', async () => {
    fake.script('submit', VEO_FAKE_ERRORS.rateLimited(2))
    const { taskId } = await adapter().submit({ payload })
    expect(slept).toEqual([2000])
    expect(fake.operations.size).toBe(1)
    fake.script('poll', ...Array.from({ length: 4 }, () => VEO_FAKE_ERRORS.rateLimited(9)))
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'rate-limited', retryAfterS: 9, message: 'Google Veo is limiting requests: try again in 9 s.' })
  })

  it('503, then success: one operation; a create answered 500 is not repeated; a poll past the retries -> provider-failure', async () => {
    fake.script('submit', VEO_FAKE_ERRORS.unavailable)
    const { taskId } = await adapter().submit({ payload })
    expect(fake.submits).toBe(2)
    expect([...fake.operations.keys()]).toEqual([taskId])
    fake.script('submit', VEO_FAKE_ERRORS.serverError)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(3)
    fake.script('poll', ...Array.from({ length: 4 }, () => VEO_FAKE_ERRORS.unavailable))
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'provider-failure', message: 'Google Veo failed on its side: try again later.' })
  })

  it('duplicate submits: the Gemini API has no idempotency key, so neither a submit whose answer was lost nor a timed-out one is repeated', async () => {
    // the operation is made, then the answer is lost (500): one operation at Google, not two
    fake.script('submit', { type: 'lose-response' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(1)
    expect(fake.operations.size).toBe(1)
    fake.script('submit', { type: 'slow', delayMs: 600 })
    expect(await failure(adapter({ timeoutMs: 150 }).submit({ payload }))).toMatchObject({ kind: 'timed-out' })
    await new Promise((r) => setTimeout(r, 600))
    expect(fake.submits).toBe(2)
  })

  it('a malformed body -> malformed-response; a body Veo rejects -> invalid-parameter naming the field; a safety refusal -> moderation', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'malformed-response', message: 'Google Veo sent an answer the server could not read: try again later.' })
    const bad = await failure(adapter().submit({ payload: { ...payload, parameters: { ...payload.parameters, durationSeconds: 5 } } }))
    expect(bad).toMatchObject({ kind: 'invalid-parameter', field: 'durationSeconds', message: 'Google Veo rejected the value of durationSeconds: change it and try again.' })
    fake.script('submit', VEO_FAKE_ERRORS.safety)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'moderation' })
  })

  it("an operation Veo fails -> failed with Google's reason; filtered by safety -> moderation", async () => {
    fake.failNextOperation({ code: 13, message: 'Video generation failed due to an internal error.' })
    fake.failNextOperation({ filtered: 'The video was filtered by our safety filters.' })
    const v = adapter()
    const first = await v.submit({ payload })
    const second = await v.submit({ payload })
    for (const { taskId } of [first, second]) await v.poll(taskId)
    expect(await v.poll(first.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'Google Veo could not make the video: Video generation failed due to an internal error.' } })
    expect(await v.poll(second.taskId)).toEqual({ status: 'failed', error: { kind: 'moderation', message: 'Google Veo could not make the video: The video was filtered by our safety filters.' } })
  })

  it('an answer slower than the timeout -> timed-out within the bound; the caller signal wins', async () => {
    const v = adapter({ timeoutMs: 200 })
    const { taskId } = await v.submit({ payload })
    fake.script('poll', { type: 'slow', delayMs: 3000 }, { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(v.poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'Google Veo did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
    const reason = new Error('stop')
    const c = new AbortController()
    setTimeout(() => c.abort(reason), 50)
    await expect(adapter().poll(taskId, c.signal)).rejects.toBe(reason)
  })

  it('has no cancel; a video gone from the Files API says so; no key to another origin', async () => {
    const v = adapter()
    expect(v.cancel).toBeUndefined()
    expect(await failure(v.fetchVideo(`${fake.baseUrl}/v1beta/files/nothing:download?alt=media`, {}))).toMatchObject({ kind: 'provider-failure', message: expect.stringContaining('no longer has this video') })
    const other = fake.baseUrl.replace('127.0.0.1', 'localhost')
    await v.fetchVideo(`${other}/v1beta/files/x:download?alt=media`, {}).catch(() => undefined)
    expect(fake.requests.at(-1)).toMatchObject({ apiKey: undefined, status: 403 })
  })
})

describe('createAdapter("veo")', () => {
  it('builds from GEMINI_API_KEY, pointed at the VEO_BASE_URL origin; null without a key', async () => {
    expect(createAdapter('veo', {})).toBeNull()
    const v = createAdapter('veo', { GEMINI_API_KEY: KEY, VEO_BASE_URL: `${fake.baseUrl}/ignored` })
    expect(v?.route).toBe('veo')
    await v!.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ path: submitPath, status: 200 })
  })
})
