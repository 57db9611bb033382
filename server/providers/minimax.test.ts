import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { minimaxTarget } from '../../src/compilers/minimax'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type FakeMinimax, MINIMAX_FAKE_ERRORS, startFakeMinimax } from './fakes/minimax'
import { createAdapter } from './index'
import { type MinimaxAdapterOptions, createMinimaxAdapter } from './minimax'

const KEY = 'mm-test-key'
/** The body the studio sends: the MiniMax compiler's payload for a 6 s pan left. */
const payload = compiled(minimaxTarget, shotProject([{ presetId: 'pan-left', durationS: 6 }])).payload as Record<string, unknown>
const png: StartImage = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), mimeType: 'image/png', width: 640, height: 360 }

let fake: FakeMinimax
let slept: number[]
const adapter = (o: Partial<MinimaxAdapterOptions> = {}) => createMinimaxAdapter({ apiKey: KEY, baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string; retryAfterS?: number })

beforeEach(async () => {
  fake = await startFakeMinimax({ apiKey: KEY })
  slept = []
})
afterEach(() => fake.close())

describe('MiniMax adapter against the fake MiniMax', () => {
  it('submits the compiled payload, polls to succeeded via files/retrieve and fetches the video with a Range', async () => {
    const m = adapter()
    const { taskId } = await m.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/video_generation', status: 200, headers: { authorization: `Bearer ${KEY}` } })
    const task = fake.tasks.get(taskId)!
    expect(task.body).toEqual(payload)
    expect(await m.poll(taskId)).toEqual({ status: 'running' })
    const done = await m.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/download/${task.fileId}.mp4` })
    expect(fake.requests.slice(1).map((r) => [r.path, r.query])).toEqual([
      ['/v1/query/video_generation', { task_id: taskId }],
      ['/v1/query/video_generation', { task_id: taskId }],
      ['/v1/files/retrieve', { file_id: String(task.fileId) }],
    ])

    const res = await m.fetchVideo(done.videoUrl!, { range: 'bytes=0-99' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 100))
    expect(fake.requests.at(-1)!.headers.authorization).toBeUndefined()
  })

  it('maps Queueing and Preparing to queued', async () => {
    const m = adapter()
    const { taskId } = await m.submit({ payload })
    fake.script('poll', { type: 'respond', status: 200, body: { task_id: taskId, status: 'Queueing', base_resp: { status_code: 0, status_msg: 'success' } } })
    fake.script('poll', { type: 'respond', status: 200, body: { task_id: taskId, status: 'Preparing', base_resp: { status_code: 0, status_msg: 'success' } } })
    expect(await m.poll(taskId)).toEqual({ status: 'queued' })
    expect(await m.poll(taskId)).toEqual({ status: 'queued' })
  })

  it('sends a start image as first_frame_image, a data URL', async () => {
    const { taskId } = await adapter().submit({ payload, startImage: png })
    expect(fake.tasks.get(taskId)!.body.first_frame_image).toBe(`data:image/png;base64,${Buffer.from(png.bytes).toString('base64')}`)
  })

  it('a wrong key (HTTP 200, base_resp 1004) -> bad-key', async () => {
    const e = await failure(adapter({ apiKey: 'wrong' }).submit({ payload }))
    expect(e).toMatchObject({ kind: 'bad-key', message: "MiniMax refused the server's key: check MINIMAX_API_KEY on the server." })
    expect(fake.tasks.size).toBe(0)
  })

  it('HTTP 429 with Retry-After, then success: waits the Retry-After; base_resp 1002 is waited out too', async () => {
    fake.script('submit', MINIMAX_FAKE_ERRORS.httpRateLimited(2), MINIMAX_FAKE_ERRORS.rateLimited)
    await adapter().submit({ payload })
    expect(slept).toEqual([2000, 375])
    expect(fake.count('submit')).toBe(3)
    expect(fake.tasks.size).toBe(1)
  })

  it('rate limits past the retries -> rate-limited; 1008 -> out-of-credits; 1026 -> moderation', async () => {
    fake.script('submit', ...Array.from({ length: 4 }, () => MINIMAX_FAKE_ERRORS.rateLimited))
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'rate-limited' })
    fake.script('submit', MINIMAX_FAKE_ERRORS.noBalance)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'out-of-credits' })
    fake.script('submit', MINIMAX_FAKE_ERRORS.sensitive)
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'moderation' })
    expect(fake.tasks.size).toBe(0)
  })

  it('500, then success on the reads (poll and files/retrieve)', async () => {
    const m = adapter()
    const { taskId } = await m.submit({ payload })
    fake.script('poll', MINIMAX_FAKE_ERRORS.serverError)
    fake.script('retrieve', MINIMAX_FAKE_ERRORS.serverError)
    expect(await m.poll(taskId)).toEqual({ status: 'running' })
    expect(await m.poll(taskId)).toMatchObject({ status: 'succeeded' })
    expect(fake.count('poll')).toBe(3)
    expect(fake.count('retrieve')).toBe(2)
  })

  it('a 500 on create is not repeated (no idempotency key: the task may exist), so one lost answer makes one task', async () => {
    fake.script('submit', { type: 'lose-response' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'provider-failure' })
    expect(fake.count('submit')).toBe(1)
    expect(fake.tasks.size).toBe(1)
    fake.script('submit', { type: 'respond', status: 503, body: '' })
    await adapter().submit({ payload })
    expect(fake.count('submit')).toBe(3)
    expect(fake.tasks.size).toBe(2)
  })

  it('5xx past the retries -> provider-failure', async () => {
    const { taskId } = await adapter().submit({ payload })
    fake.script('poll', ...Array.from({ length: 4 }, () => MINIMAX_FAKE_ERRORS.serverError))
    expect(await failure(adapter().poll(taskId))).toMatchObject({ kind: 'provider-failure' })
  })

  it('a malformed body -> malformed-response', async () => {
    fake.script('submit', { type: 'malformed' })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'malformed-response', message: 'MiniMax sent an answer the server could not read: try again later.' })
    fake.script('submit', { type: 'respond', status: 200, body: { task_id: '1' } })
    expect(await failure(adapter().submit({ payload }))).toMatchObject({ kind: 'malformed-response' })
  })

  it("a task MiniMax fails -> failed with MiniMax's reason", async () => {
    fake.failNextTask('Video generation failed, please try again')
    fake.failNextTask('output new_sensitive', 1027)
    const m = adapter()
    const first = await m.submit({ payload })
    const second = await m.submit({ payload })
    for (const { taskId } of [first, second]) await m.poll(taskId)
    expect(await m.poll(first.taskId)).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: 'MiniMax could not make the video: Video generation failed, please try again.' } })
    expect(await m.poll(second.taskId)).toEqual({ status: 'failed', error: { kind: 'moderation', message: 'MiniMax could not make the video: output new_sensitive.' } })
  })

  it('a body MiniMax rejects (2013) -> invalid-parameter naming the field', async () => {
    const e = await failure(adapter().submit({ payload: { ...payload, duration: 10 } }))
    expect(e).toMatchObject({ kind: 'invalid-parameter', field: 'duration', message: 'MiniMax rejected the value of duration: change it and try again.' })
    expect(await failure(adapter().submit({ payload: 'nope' }))).toMatchObject({ kind: 'invalid-parameter' })
  })

  it('an answer slower than the timeout -> timed-out within the bound', async () => {
    const m = adapter({ timeoutMs: 200 })
    const { taskId } = await m.submit({ payload })
    fake.script('poll', { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(m.poll(taskId))).toMatchObject({ kind: 'timed-out', message: 'MiniMax did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
  })

  it('has no cancel (MiniMax documents none), and says so when a download link has expired', async () => {
    const m = adapter()
    expect(m.cancel).toBeUndefined()
    expect(await failure(m.fetchVideo(`${fake.baseUrl}/download/1.mp4`, {}))).toMatchObject({ kind: 'provider-failure', message: expect.stringContaining('9 hours') })
  })

  it('createAdapter builds MiniMax from the env, pointed at MINIMAX_BASE_URL; null without a key', async () => {
    expect(createAdapter('minimax', {})).toBeNull()
    expect(createAdapter('minimax', { MINIMAX_API_KEY: ' ' })).toBeNull()
    const m = createAdapter('minimax', { MINIMAX_API_KEY: KEY, MINIMAX_BASE_URL: `${fake.baseUrl}/ignored` })
    expect(m?.route).toBe('minimax')
    await m!.submit({ payload })
    expect(fake.requests[0]).toMatchObject({ path: '/v1/video_generation', status: 200 })
  })
})
