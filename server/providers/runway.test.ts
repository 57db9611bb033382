import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runwayTarget } from '../../src/compilers/runway'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type FakeRunway, RUNWAY_FAKE_ERRORS, startFakeRunway } from './fakes/runway'
import { createAdapter } from './index'
import { type RunwayAdapterOptions, createRunwayAdapter } from './runway'

const SECRET = 'key_runway-test-secret'
/** The body the studio sends: the Runway compiler's payload for a 5 s pan left (promptImage is a placeholder). */
const payload = compiled(runwayTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).payload as Record<string, unknown>
const png: StartImage = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), mimeType: 'image/png', width: 1280, height: 720 }
const pngUri = `data:image/png;base64,${Buffer.from(png.bytes).toString('base64')}`

let fake: FakeRunway
let slept: number[]
const adapter = (o: Partial<RunwayAdapterOptions> = {}) => createRunwayAdapter({ apiSecret: SECRET, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })
const only = () => [...fake.tasks.values()][0]

beforeEach(async () => {
  fake = await startFakeRunway({ apiSecret: SECRET })
  slept = []
})
afterEach(() => fake.close())

describe('Runway adapter (@runwayml/sdk) against the fake Runway', () => {
  it('submits the payload with the start image as a data URI, polls to succeeded and fetches the video with a Range', async () => {
    const r = adapter()
    const { taskId } = await r.submit({ payload, startImage: png })
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/image_to_video', status: 200, authorization: `Bearer ${SECRET}`, version: '2024-11-06' })
    expect(only().body).toEqual({ ...payload, promptImage: pngUri })
    expect(taskId).toBe(only().id)
    expect(await r.poll(taskId)).toEqual({ status: 'running', progress: 0.5 })
    const done = await r.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/files/${taskId}.mp4` })
    expect(fake.requests[1]).toMatchObject({ method: 'GET', path: `/v1/tasks/${taskId}` })

    const res = await r.fetchVideo(done.videoUrl!, { range: 'bytes=10-19' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 10-19/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(10, 20))
    expect(fake.requests.at(-1)).toMatchObject({ range: 'bytes=10-19', authorization: undefined })
  })

  it('without a start image: gen4_turbo is refused naming promptImage; gen4.5 goes to text_to_video', async () => {
    const e = await failure(adapter().submit({ payload }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'promptImage', message: "Runway's gen4_turbo makes video only from a start image (promptImage): add a start image to the shot and try again." })
    expect(fake.submits).toBe(0)
    await fake.close()
    fake = await startFakeRunway({ apiSecret: SECRET, pollsToFinish: 3 })
    const r = adapter()
    const { promptImage: _placeholder, ...text } = payload
    const { taskId } = await r.submit({ payload: { ...payload, model: 'gen4.5' } })
    expect(fake.requests[0]).toMatchObject({ path: '/v1/text_to_video', status: 200 })
    expect(only()).toMatchObject({ endpoint: 'text_to_video', body: { ...text, model: 'gen4.5' } })
    expect(await r.poll(taskId)).toEqual({ status: 'queued' })
    expect(await r.poll(taskId)).toMatchObject({ status: 'running', progress: 2 / 3 })
    // A promptImage the payload already carries (an https URL) is sent as it is.
    await r.submit({ payload: { ...payload, promptImage: 'https://img.example/start.png' } })
    expect([...fake.tasks.values()][1].body.promptImage).toBe('https://img.example/start.png')
  })

  it('a start image over 5 MB as a data URI is refused before sending', async () => {
    const big: StartImage = { ...png, bytes: new Uint8Array(4 * 1024 * 1024) }
    expect(await failure(adapter().submit({ payload, startImage: big }))).toMatchObject({ kind: 'invalid-parameter', field: 'promptImage' })
    expect(fake.submits).toBe(0)
  })

  it('401 -> bad-key (scripted, and a wrong secret)', async () => {
    fake.script('submit', RUNWAY_FAKE_ERRORS.unauthorized)
    expect(await failure(adapter().submit({ payload, startImage: png }))).toMatchObject({ kind: 'bad-key', message: "Runway refused the server's key: check RUNWAYML_API_SECRET on the server." })
    expect(await failure(adapter({ apiSecret: 'key_wrong' }).submit({ payload, startImage: png }))).toMatchObject({ kind: 'bad-key' })
    expect(fake.requests.map((r) => r.status)).toEqual([401, 401])
    expect(fake.tasks.size).toBe(0)
  })

  it('429 with Retry-After, then success: waits the Retry-After; past the retries -> rate-limited', async () => {
    fake.script('submit', RUNWAY_FAKE_ERRORS.rateLimited(3))
    const { taskId } = await adapter().submit({ payload, startImage: png })
    expect(slept).toEqual([3000])
    expect(fake.tasks.size).toBe(1)
    fake.script('poll', ...Array.from({ length: 4 }, () => RUNWAY_FAKE_ERRORS.rateLimited(9)))
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'rate-limited', retryAfterS: 9 })
  })

  it('503, then success: one task; a create answered 502 is not repeated; a poll past the retries -> provider-failure', async () => {
    fake.script('submit', RUNWAY_FAKE_ERRORS.unavailable)
    const { taskId } = await adapter().submit({ payload, startImage: png })
    expect(fake.submits).toBe(2)
    expect(fake.tasks.size).toBe(1)
    expect(taskId).toBe(only().id)
    fake.script('submit', RUNWAY_FAKE_ERRORS.serverError)
    expect(await failure(adapter().submit({ payload, startImage: png }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(3)
    fake.script('poll', ...Array.from({ length: 4 }, () => RUNWAY_FAKE_ERRORS.serverError))
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'provider-failure', message: 'Runway failed on its side: try again later.' })
  })

  it('duplicate submits: Runway takes no idempotency key, so neither a timed-out create nor one whose answer was lost is repeated', async () => {
    fake.script('submit', { type: 'slow', delayMs: 400 })
    expect(await failure(adapter({ timeoutMs: 100 }).submit({ payload, startImage: png }))).toMatchObject({ kind: 'timed-out' })
    expect(fake.submits).toBe(1)
    await new Promise((r) => setTimeout(r, 400))
    expect(fake.tasks.size).toBe(1)
    // the task is made, then the answer is lost (500): one task at Runway, not two
    fake.script('submit', { type: 'lose-response' })
    expect(await failure(adapter().submit({ payload, startImage: png }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.submits).toBe(2)
    expect(fake.tasks.size).toBe(2)
  })

  it('a malformed body -> malformed-response', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload, startImage: png }))).toMatchObject({ kind: 'malformed-response', message: 'Runway sent an answer the server could not read: try again later.' })
    const { taskId } = await adapter().submit({ payload, startImage: png })
    fake.script('poll', { type: 'malformed' })
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'malformed-response' })
  })

  it("a task Runway fails -> failed with Runway's reason; SAFETY codes are moderation; no credits -> out-of-credits", async () => {
    fake.failNextTask('An unexpected error occurred.')
    fake.failNextTask('Your input was flagged by our moderation system.', 'SAFETY.INPUT.TEXT')
    const r = adapter()
    const a = await r.submit({ payload, startImage: png })
    const b = await r.submit({ payload, startImage: png })
    for (const { taskId } of [a, b]) await r.poll(taskId)
    expect(await r.poll(a.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'Runway could not make the video: An unexpected error occurred.' } })
    expect(await r.poll(b.taskId)).toMatchObject({ status: 'failed', error: { kind: 'moderation' } })
    fake.script('submit', RUNWAY_FAKE_ERRORS.noCredits)
    expect(await failure(r.submit({ payload, startImage: png }))).toMatchObject({ kind: 'out-of-credits' })
  })

  it('a body Runway rejects -> invalid-parameter naming the field', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, ratio: '1:1' }, startImage: png }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'ratio', message: 'Runway rejected the value of ratio: change it and try again.' })
    expect(await failure(adapter().submit({ payload: { ...payload, duration: 7 }, startImage: png }))).toMatchObject({ field: 'duration' })
  })

  it('an answer slower than the timeout -> timed-out within the bound', async () => {
    const { taskId } = await adapter().submit({ payload, startImage: png })
    fake.script('poll', { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(adapter({ timeoutMs: 200 }).poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'Runway did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
  })

  it('cancel is DELETE /v1/tasks/{id}; a task already gone is fine; an expired output link says so', async () => {
    const r = adapter()
    const { taskId } = await r.submit({ payload, startImage: png })
    await r.poll(taskId)
    await r.cancel!(taskId)
    expect(fake.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/v1/tasks/${taskId}`, status: 204, version: '2024-11-06' })
    expect(only()).toMatchObject({ status: 'CANCELLED', deleted: true })
    await r.cancel!(taskId)
    expect(await failure(r.poll(taskId))).toMatchObject({ kind: 'provider-failure' })
    expect(await failure(r.fetchVideo(`${fake.baseUrl}/files/${taskId}.mp4`, {}))).toMatchObject({ message: 'Runway no longer has this video (its output links expire): generate it again.' })
  })
})

describe('createAdapter("runway")', () => {
  it('builds Runway from the env, pointed at RUNWAY_BASE_URL (origin only); null without a secret', async () => {
    expect(createAdapter('runway', {})).toBeNull()
    expect(createAdapter('runway', { RUNWAYML_API_SECRET: ' ' })).toBeNull()
    const r = createAdapter('runway', { RUNWAYML_API_SECRET: SECRET, RUNWAY_BASE_URL: `${fake.baseUrl}/ignored` })
    expect(r?.route).toBe('runway')
    await r!.submit({ payload, startImage: png })
    expect(fake.requests[0]).toMatchObject({ path: '/v1/image_to_video', status: 200 })
  })
})
