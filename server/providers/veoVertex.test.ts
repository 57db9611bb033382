import { OAuth2Client } from 'google-auth-library'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import { VEO_VERTEX_MODEL, veoVertexTarget } from '../../src/compilers/veo-vertex'
import type { StartImage } from '../generations/types'
import { pngOf } from './fakes/sora'
import { type FakeVeo, VEO_FAKE_ERRORS, startFakeVeo } from './fakes/veo'
import { createAdapter } from './index'
import { type VeoVertexAdapterOptions, createVeoVertexAdapter, veoVertexFromEnv } from './veoVertex'

const TOKEN = 'ya29.test-access-token'
const PROJECT = 'fw-test-project'
const LOCATION = 'us-central1'
/** The body the studio sends: the Veo 2 Vertex compiler's payload (cameraControl) for a 5 s pan left. */
const payload = compiled(veoVertexTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }], { aspect: '16:9' })).payload as { instances: Record<string, unknown>[]; parameters: Record<string, unknown> }
const png: StartImage = { bytes: pngOf(1280, 720), mimeType: 'image/png', width: 1280, height: 720 }
const modelPath = `/v1/projects/${PROJECT}/locations/${LOCATION}/publishers/google/models/${VEO_VERTEX_MODEL}`

/** A real google-auth-library client holding a token that has not expired (no network, no ADC). */
const tokenClient = (token = TOKEN, expiresInMs = 3600_000) => {
  const c = new OAuth2Client()
  c.setCredentials({ access_token: token, expiry_date: Date.now() + expiresInMs })
  return c
}

let fake: FakeVeo
let slept: number[]
const adapter = (o: Partial<VeoVertexAdapterOptions> = {}) =>
  createVeoVertexAdapter({ project: PROJECT, location: LOCATION, baseUrl: fake.baseUrl, authClient: tokenClient(), sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })
const submit = (o: Partial<VeoVertexAdapterOptions> = {}, p: unknown = payload) => adapter(o).submit({ payload: p, startImage: png })

beforeEach(async () => {
  fake = await startFakeVeo({ mode: 'vertex', token: TOKEN, project: PROJECT, location: LOCATION })
  slept = []
})
afterEach(() => fake.close())

describe('Veo Vertex adapter (@google/genai, vertexai) against the fake Vertex AI', () => {
  it('sends the start image and cameraControl, polls with fetchPredictOperation, and serves the inline video with Range', async () => {
    expect(payload.instances[0].cameraControl).toBe('pan_left')
    const v = adapter()
    const { taskId } = await v.submit({ payload, startImage: png })
    expect(taskId).toMatch(new RegExp(`^projects/${PROJECT}/locations/${LOCATION}/publishers/google/models/${VEO_VERTEX_MODEL}/operations/[\\w-]+$`))
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: `${modelPath}:predictLongRunning`, status: 200, authorization: `Bearer ${TOKEN}` })
    expect(fake.operations.get(taskId)!.body).toEqual({
      instances: [{ prompt: payload.instances[0].prompt, image: { bytesBase64Encoded: Buffer.from(png.bytes).toString('base64'), mimeType: 'image/png' }, cameraControl: 'pan_left' }],
      parameters: payload.parameters,
    })
    expect(await v.poll(taskId)).toEqual({ status: 'running' })
    const done = await v.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `vertex-operation:${taskId}` })
    expect(fake.requests[1]).toMatchObject({ method: 'POST', path: `${modelPath}:fetchPredictOperation`, authorization: `Bearer ${TOKEN}` })

    const res = await v.fetchVideo(done.videoUrl!, { range: 'bytes=0-99' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 100))
    const seen = fake.requests.length
    expect((await v.fetchVideo(done.videoUrl!, {})).status).toBe(200)
    expect((await v.fetchVideo(done.videoUrl!, { range: 'bytes=999999-' })).status).toBe(416)
    expect(fake.requests).toHaveLength(seen)
  })

  it('with parameters.storageUri the video is in GCS: downloaded with the same credentials and the Range', async () => {
    const v = adapter()
    const { taskId } = await v.submit({ payload: { ...payload, parameters: { ...payload.parameters, storageUri: 'gs://fw-bucket/veo/' } }, startImage: png })
    await v.poll(taskId)
    const done = await v.poll(taskId)
    expect(done.videoUrl).toBe(`gs://fw-bucket/veo/${taskId.split('/').pop()}/sample_0.mp4`)
    const res = await v.fetchVideo(done.videoUrl!, { range: 'bytes=10-19' })
    expect(res.status).toBe(206)
    expect(fake.requests.at(-1)).toMatchObject({ path: `/storage/v1/b/fw-bucket/o/${encodeURIComponent(`veo/${taskId.split('/').pop()}/sample_0.mp4`)}`, authorization: `Bearer ${TOKEN}`, range: 'bytes=10-19' })
  })

  it('refuses a camera move without a start image, and a WebP, before sending', async () => {
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'invalid-parameter', field: 'image' })
    expect(await failure(adapter().submit({ payload, startImage: { ...png, mimeType: 'image/webp' } }))).toMatchObject({ kind: 'invalid-parameter', field: 'image' })
    expect(fake.requests).toHaveLength(0)
  })

  it('a refused token -> bad-key (401 UNAUTHENTICATED); no usable credentials -> bad-key without a request', async () => {
    expect(await failure(submit({ authClient: tokenClient('ya29.wrong') }))).toMatchObject({ kind: 'bad-key', message: expect.stringContaining('GOOGLE_APPLICATION_CREDENTIALS') })
    expect(fake.requests.map((r) => r.status)).toEqual([401])
    const expired = await failure(submit({ authClient: tokenClient(TOKEN, -60_000) }))
    expect(expired).toMatchObject({ kind: 'bad-key', message: expect.stringContaining('no usable Google credentials') })
    expect(fake.requests).toHaveLength(1)
  })

  it('429 with Retry-After, then 503, then success: one operation; a create answered 500 is not repeated', async () => {
    fake.script('submit', VEO_FAKE_ERRORS.rateLimited(3), VEO_FAKE_ERRORS.unavailable)
    const { taskId } = await submit()
    expect(slept).toEqual([3000, 750])
    expect([...fake.operations.keys()]).toEqual([taskId])
    expect(fake.submits).toBe(3)
    fake.script('submit', VEO_FAKE_ERRORS.serverError)
    expect(await failure(submit())).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(4)
  })

  it('duplicate submits: no idempotency key, so neither a submit whose answer was lost nor a timed-out one is repeated (polls, POSTs too, still are)', async () => {
    // the operation is made, then the answer is lost (500): one operation at Vertex, not two
    fake.script('submit', { type: 'lose-response' })
    expect(await failure(submit())).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(1)
    expect(fake.operations.size).toBe(1)
    fake.script('submit', { type: 'slow', delayMs: 600 })
    expect(await failure(submit({ timeoutMs: 150 }))).toMatchObject({ kind: 'timed-out' })
    await new Promise((r) => setTimeout(r, 600))
    expect(fake.submits).toBe(2)
    const { taskId } = await submit()
    fake.script('poll', VEO_FAKE_ERRORS.serverError)
    expect(await adapter().poll(taskId)).toMatchObject({ status: expect.any(String) })
  })

  it('malformed -> malformed-response; a bad value -> invalid-parameter naming it; past the retries -> rate-limited / provider-failure', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(submit())).toMatchObject({ kind: 'malformed-response' })
    expect(await failure(submit({}, { ...payload, parameters: { ...payload.parameters, durationSeconds: 9 } }))).toMatchObject({ kind: 'invalid-parameter', field: 'durationSeconds' })
    const { taskId } = await submit()
    fake.script('poll', ...Array.from({ length: 4 }, () => VEO_FAKE_ERRORS.rateLimited(5)), ...Array.from({ length: 4 }, () => VEO_FAKE_ERRORS.serverError))
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'rate-limited', retryAfterS: 5 })
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'provider-failure' })
  })

  it("an operation Vertex fails -> failed with its reason; RAI-filtered -> moderation", async () => {
    fake.failNextOperation({ code: 3, message: 'Unable to process the input image.' })
    fake.failNextOperation({ filtered: 'Veo could not generate videos because the input image violates Vertex AI usage guidelines.' })
    const v = adapter()
    const first = await v.submit({ payload, startImage: png })
    const second = await v.submit({ payload, startImage: png })
    for (const { taskId } of [first, second]) await v.poll(taskId)
    expect(await v.poll(first.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'Google Vertex AI could not make the video: Unable to process the input image.' } })
    expect(await v.poll(second.taskId)).toMatchObject({ status: 'failed', error: { kind: 'moderation' } })
  })

  it('slower than the timeout -> timed-out within the bound; the caller signal wins even though the SDK drops it on a Vertex poll', async () => {
    const { taskId } = await submit()
    fake.script('poll', { type: 'slow', delayMs: 3000 }, { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(adapter({ timeoutMs: 200 }).poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'Google Vertex AI did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
    const reason = new Error('stop')
    const c = new AbortController()
    setTimeout(() => c.abort(reason), 50)
    await expect(adapter().poll(taskId, c.signal)).rejects.toBe(reason)
  })

  it('has no cancel, and refuses URLs it did not make', async () => {
    const v = adapter()
    expect(v.cancel).toBeUndefined()
    expect(await failure(v.fetchVideo('https://evil.example/x.mp4', {}))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.requests).toHaveLength(0)
  })
})

describe('createAdapter("veo-vertex")', () => {
  it('needs GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION; VEO_VERTEX_BASE_URL replaces the origin only', async () => {
    expect(createAdapter('veo-vertex', {})).toBeNull()
    expect(createAdapter('veo-vertex', { GOOGLE_CLOUD_PROJECT: PROJECT })).toBeNull()
    expect(createAdapter('veo-vertex', { GOOGLE_CLOUD_PROJECT: PROJECT, GOOGLE_CLOUD_LOCATION: LOCATION })?.route).toBe('veo-vertex')
    const v = veoVertexFromEnv({ GOOGLE_CLOUD_PROJECT: PROJECT, GOOGLE_CLOUD_LOCATION: LOCATION, VEO_VERTEX_BASE_URL: `${fake.baseUrl}/ignored` }, { authClient: tokenClient() })
    await v!.submit({ payload, startImage: png })
    expect(fake.requests[0]).toMatchObject({ path: `${modelPath}:predictLongRunning`, status: 200 })
  })
})
