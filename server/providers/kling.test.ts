import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { klingTarget } from '../../src/compilers/kling'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type FakeKling, KLING_FAKE_ERRORS, startFakeKling } from './fakes/kling'
import { createAdapter } from './index'
import { type KlingAdapterOptions, createKlingAdapter } from './kling'

const AK = 'ak-test-access'
const SK = 'sk-test-secret'
/** The body the studio sends: the Kling compiler's payload for a 5 s pan left. */
const payload = compiled(klingTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).payload as Record<string, unknown>
const png: StartImage = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), mimeType: 'image/png', width: 640, height: 360 }

let fake: FakeKling
let slept: number[]
const adapter = (o: Partial<KlingAdapterOptions> = {}) =>
  createKlingAdapter({ accessKey: AK, secretKey: SK, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string })

beforeEach(async () => {
  fake = await startFakeKling({ accessKey: AK, secretKey: SK })
  slept = []
})
afterEach(() => fake.close())

describe('Kling adapter against the fake Kling', () => {
  it('submits the compiled payload, polls to succeeded and fetches the video with a Range', async () => {
    const k = adapter()
    const { taskId } = await k.submit({ payload })
    expect(taskId).toMatch(/^text2video:/)
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/videos/text2video', status: 200 })
    const task = [...fake.tasks.values()][0]
    expect(task.body).toMatchObject({ ...payload, external_task_id: expect.stringMatching(/^fw-/) })
    expect(await k.poll(taskId)).toEqual({ status: 'running' })
    const done = await k.poll(taskId)
    expect(done).toMatchObject({ status: 'succeeded', videoUrl: `${fake.baseUrl}/files/${task.id}.mp4` })
    expect(fake.requests[1].path).toBe(`/v1/videos/text2video/${task.id}`)

    const res = await k.fetchVideo(done.videoUrl!, { range: 'bytes=0-99' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 100))
    expect(fake.requests.at(-1)).toMatchObject({ range: 'bytes=0-99', authorization: undefined })
    expect((await k.fetchVideo(done.videoUrl!, {})).status).toBe(200)
  })

  it('signs an HS256 JWT with iss = access key, exp = now + 1800 and nbf = now - 5, and re-signs before expiry', async () => {
    let now = Date.now()
    await fake.close()
    fake = await startFakeKling({ accessKey: AK, secretKey: SK, now: () => now })
    const k = adapter({ now: () => now })
    const { taskId } = await k.submit({ payload })
    const first = fake.requests[0].jwt!
    const t = Math.floor(now / 1000)
    expect(first.header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(first.claims).toEqual({ iss: AK, exp: t + 1800, nbf: t - 5 })
    await k.poll(taskId)
    expect(fake.requests[1].authorization).toBe(fake.requests[0].authorization)
    now += 1600_000
    await k.poll(taskId)
    expect(fake.requests[2].jwt!.claims.exp).toBe(t + 1600 + 1800)
  })

  it('sends a start image to image2video as raw base64, without aspect_ratio, and polls that path', async () => {
    const k = adapter()
    const { taskId } = await k.submit({ payload, startImage: png })
    expect(taskId).toMatch(/^image2video:/)
    const task = [...fake.tasks.values()][0]
    expect(task.kind).toBe('image2video')
    expect(task.body.image).toBe(Buffer.from(png.bytes).toString('base64'))
    expect(task.body).not.toHaveProperty('aspect_ratio')
    await k.poll(taskId)
    expect(fake.requests[1].path).toBe(`/v1/videos/image2video/${task.id}`)
    const webp = await failure(k.submit({ payload, startImage: { ...png, mimeType: 'image/webp' } }))
    expect(webp).toMatchObject({ kind: 'invalid-parameter', field: 'image' })
    expect(fake.submits).toBe(1)
  })

  it('401 -> bad-key (scripted, and a token signed with the wrong secret or already expired)', async () => {
    fake.script('submit', KLING_FAKE_ERRORS.unauthorized)
    const e = await failure(adapter().submit({ payload }))
    expect(e).toMatchObject({ kind: 'bad-key', message: "Kling refused the server's key: check KLING_ACCESS_KEY and KLING_SECRET_KEY on the server." })
    await expect(adapter({ secretKey: 'wrong' }).submit({ payload })).rejects.toMatchObject({ kind: 'bad-key' })
    await expect(adapter({ now: () => Date.now() - 3600_000 }).submit({ payload })).rejects.toMatchObject({ kind: 'bad-key' })
    expect(fake.requests.map((r) => r.status)).toEqual([401, 401, 401])
    expect(fake.tasks.size).toBe(0)
  })

  it('429 with Retry-After, then success: waits the Retry-After', async () => {
    fake.script('submit', KLING_FAKE_ERRORS.rateLimited(2))
    await adapter().submit({ payload })
    expect(slept).toEqual([2000])
    expect(fake.tasks.size).toBe(1)
  })

  it('429 past the retries -> rate-limited with the Retry-After; 429 "in arrears" -> out-of-credits at once', async () => {
    fake.script('submit', ...Array.from({ length: 4 }, () => KLING_FAKE_ERRORS.rateLimited(7)))
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'rate-limited', retryAfterS: 7 })
    fake.script('submit', KLING_FAKE_ERRORS.arrears)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'out-of-credits' })
    expect(fake.submits).toBe(5)
  })

  it('500, then success: one provider task', async () => {
    fake.script('submit', KLING_FAKE_ERRORS.serverError)
    const { taskId } = await adapter().submit({ payload })
    expect(fake.submits).toBe(2)
    expect(fake.tasks.size).toBe(1)
    expect(taskId).toBe(`text2video:${[...fake.tasks.keys()][0]}`)
  })

  it('a submit that landed but whose answer was lost is not made twice (the retry finds it by external_task_id)', async () => {
    fake.script('submit', { type: 'lose-response' })
    const { taskId } = await adapter().submit({ payload })
    expect(fake.submits).toBe(2)
    expect(fake.tasks.size).toBe(1)
    expect(taskId).toBe(`text2video:${[...fake.tasks.keys()][0]}`)
  })

  it('5xx past the retries -> provider-failure', async () => {
    fake.script('poll', ...Array.from({ length: 4 }, () => KLING_FAKE_ERRORS.serverError))
    const { taskId } = await adapter().submit({ payload })
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'provider-failure' })
  })

  it('a malformed body -> malformed-response', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'malformed-response', message: 'Kling sent an answer the server could not read: try again later.' })
  })

  it("a task Kling fails -> failed status with Kling's reason", async () => {
    fake.failNextTask('Video generation failed, please try again')
    fake.failNextTask('Failure to pass the risk control system')
    const k = adapter()
    const first = await k.submit({ payload })
    const second = await k.submit({ payload })
    for (const { taskId } of [first, second]) await k.poll(taskId)
    expect(await k.poll(first.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'Kling could not make the video: Video generation failed, please try again.' } })
    expect(await k.poll(second.taskId)).toEqual({ status: 'failed', error: { kind: 'moderation', message: 'Kling could not make the video: Failure to pass the risk control system.' } })
  })

  it('a body Kling rejects -> invalid-parameter naming the field; a policy refusal -> moderation', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, duration: '8' } }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'duration', message: 'Kling rejected the value of duration: change it and try again.' })
    fake.script('submit', KLING_FAKE_ERRORS.policy)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'moderation' })
  })

  it('an answer slower than the timeout -> timed-out within the bound', async () => {
    fake.script('poll', { type: 'slow', delayMs: 3000 })
    const k = adapter({ timeoutMs: 200 })
    const { taskId } = await k.submit({ payload })
    const t0 = Date.now()
    expect(await failure(k.poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'Kling did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
  })

  it('has no cancel (Kling documents none), and says so when the video has expired', async () => {
    const k = adapter()
    expect(k.cancel).toBeUndefined()
    expect(await failure(k.fetchVideo(`${fake.baseUrl}/files/gone.mp4`, {}))).toMatchObject({ kind: 'provider-failure', message: expect.stringContaining('30 days') })
  })
})

describe('createAdapter', () => {
  it('builds Kling from the env, pointed at KLING_BASE_URL; null without keys or for routes without an adapter yet', async () => {
    expect(createAdapter('kling', {})).toBeNull()
    expect(createAdapter('kling', { KLING_ACCESS_KEY: AK, KLING_SECRET_KEY: ' ' })).toBeNull()
    expect(createAdapter('previs', { LUMAAI_API_KEY: 'x' })).toBeNull()
    expect(createAdapter('toString', {})).toBeNull()
    const k = createAdapter('kling', { KLING_ACCESS_KEY: AK, KLING_SECRET_KEY: SK, KLING_BASE_URL: `${fake.baseUrl}/ignored/path` })
    expect(k?.route).toBe('kling')
    await k!.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ path: '/v1/videos/text2video', status: 200 })
  })
})
