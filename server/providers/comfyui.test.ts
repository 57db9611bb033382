import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { comfyWanCameraTarget } from '../../src/compilers/comfyui-wan-camera'
import { compiled, shotProject } from '../../src/compilers/sora/testShots'
import type { StartImage } from '../generations/types'
import { type ComfyAdapter, type ComfyAdapterOptions, comfyuiFromEnv, createComfyAdapter } from './comfyui'
import { COMFY_FAKE_ERRORS, type FakeComfy, type FakeComfyOptions, startFakeComfy } from './fakes/comfyui'
import { createAdapter } from './index'

/** What the studio sends: the comfyui-wan-camera compiler's workflow for a 5 s pan left (its JSON text). */
const text = compiled(comfyWanCameraTarget, shotProject([{ presetId: 'pan-left', durationS: 5 }])).text
const graph = JSON.parse(text) as Record<string, { class_type: string; inputs: Record<string, unknown> }>
const png: StartImage = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), mimeType: 'image/png', width: 832, height: 480 }

let fake: FakeComfy
let slept: number[]
let made: ComfyAdapter[]
const restart = async (o: FakeComfyOptions) => {
  await fake.close()
  fake = await startFakeComfy(o)
}
const adapter = (o: Partial<ComfyAdapterOptions> = {}) => {
  const a = createComfyAdapter({ baseUrl: fake.baseUrl, sleep: async (ms) => void slept.push(ms), random: () => 0.5, ...o })
  made.push(a)
  return a
}
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as Error & { kind: string; field?: string })
const requests = (path: string) => fake.requests.filter((r) => r.path === path)

beforeEach(async () => {
  fake = await startFakeComfy()
  slept = []
  made = []
})
afterEach(async () => {
  for (const a of made) a.close()
  await fake.close()
})

describe('ComfyUI adapter against the fake ComfyUI', () => {
  it('uploads the start image, queues the workflow, follows progress over the websocket and fetches the video with a Range', async () => {
    const c = adapter()
    const { taskId } = await c.submit({ payload: text, startImage: png })
    const upload = requests('/upload/image')[0]
    expect(upload.body).toEqual({ name: expect.stringMatching(/^framewright-[\w-]+\.png$/), type: 'input', subfolder: '', overwrite: 'true' })
    const name = (upload.body as { name: string }).name
    expect(fake.uploads.get(name)?.bytes).toEqual(png.bytes)
    const queued = fake.prompts.get(taskId)!
    expect(queued.prompt['4'].inputs.image).toBe(name)
    expect(queued.prompt['6'].inputs).toEqual({ ...graph['6'].inputs })
    expect(requests('/prompt')[0].body).toMatchObject({ client_id: queued.clientId, prompt_id: taskId })
    expect(requests('/ws')[0].query).toBe(`?clientId=${queued.clientId}`)

    expect(await c.poll(taskId)).toEqual({ status: 'queued' })
    fake.start()
    fake.progress(2)
    await vi.waitFor(async () => expect(await c.poll(taskId)).toEqual({ status: 'running', progress: 0.5 }))
    // Only the sampler's steps count: the video node's frame count does not move the bar back.
    fake.progress(70, { node: '7', max: 81 })
    fake.progress(3)
    await vi.waitFor(async () => expect(await c.poll(taskId)).toEqual({ status: 'running', progress: 0.75 }))
    fake.finish()
    const done = await c.poll(taskId)
    expect(done).toEqual({ status: 'succeeded', progress: 1, videoUrl: `${fake.baseUrl}/view?filename=wan-fun-camera_00001.mp4&subfolder=framewright&type=output` })
    await vi.waitFor(() => expect(fake.sockets).toBe(0))

    const res = await c.fetchVideo(done.videoUrl!, { range: 'bytes=0-99' })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${fake.video.length}`)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fake.video.subarray(0, 100))
    expect(fake.requests.at(-1)).toMatchObject({ path: '/view', range: 'bytes=0-99' })
    expect((await c.fetchVideo(done.videoUrl!, {})).status).toBe(200)
    expect(await failure(c.fetchVideo(`${fake.baseUrl}/view?filename=gone.mp4&type=output`, {}))).toMatchObject({ kind: 'provider-failure', message: expect.stringContaining('no longer has this video') })
  })

  it('takes the graph, { prompt: graph } or its JSON text; refuses anything else before calling ComfyUI', async () => {
    await restart({ inputFiles: ['framewright_start_frame.png'], autoRun: true })
    const c = adapter({ websocket: false })
    for (const payload of [graph, { prompt: graph }, text]) {
      const { taskId } = await c.submit({ payload })
      await vi.waitFor(async () => expect(await c.poll(taskId)).toMatchObject({ status: 'succeeded' }))
    }
    expect(requests('/ws')).toHaveLength(0)
    const before = fake.requests.length
    for (const payload of ['not json', { nodes: [], links: [] }, 42, {}])
      expect(await failure(c.submit({ payload }))).toMatchObject({ kind: 'invalid-parameter', field: 'prompt', message: expect.stringContaining('not an API-format graph') })
    expect(fake.requests.length).toBe(before)
  })

  it('ComfyUI not running -> provider-failure saying it is not reachable at that URL', async () => {
    const c = adapter({ baseUrl: 'http://127.0.0.1:1/some/path' })
    const message = 'ComfyUI is not reachable at http://127.0.0.1:1: start it (or set COMFYUI_URL to where it runs) and try again.'
    expect(await failure(c.submit({ payload: graph, startImage: png }))).toMatchObject({ kind: 'provider-failure', message })
    expect(await failure(c.submit({ payload: graph }))).toMatchObject({ kind: 'provider-failure', message })
    expect(await failure(c.poll('abc'))).toMatchObject({ kind: 'provider-failure', message })
    expect(slept).toEqual([375, 750, 1500])
  })

  it('a workflow ComfyUI refuses (node_errors) -> invalid-parameter naming the node and the input', async () => {
    const c = adapter()
    expect(await failure(c.submit({ payload: graph }))).toMatchObject({
      kind: 'invalid-parameter',
      field: '4.image',
      message: "ComfyUI has no start image for node 4 (LoadImage): send the shot's first frame with it, or upload framewright_start_frame.png to ComfyUI's input folder.",
    })
    const long = { ...graph, 6: { ...graph['6'], inputs: { ...graph['6'].inputs, video_length: 999 } } }
    expect(await failure(c.submit({ payload: long, startImage: png }))).toMatchObject({
      kind: 'invalid-parameter',
      field: '6.video_length',
      message: 'ComfyUI refused the workflow at node 6 (WanFunV2VSampler), input video_length: Value 999 bigger than max of 161; fix the workflow, then try again.',
    })
    const noNodes = { ...graph, 1: { ...graph['1'], class_type: 'LoadWanFunModelX' } }
    expect(await failure(c.submit({ payload: noNodes, startImage: png }))).toMatchObject({
      kind: 'invalid-parameter',
      field: '1',
      message: 'ComfyUI has no node type LoadWanFunModelX (node 1): install the custom nodes the workflow needs (VideoX-Fun, VideoHelperSuite), restart ComfyUI and try again.',
    })
    const { 7: _output, ...noOutput } = graph
    expect(await failure(c.submit({ payload: noOutput, startImage: png }))).toMatchObject({ kind: 'invalid-parameter', field: 'prompt', message: expect.stringContaining('(prompt_no_outputs)') })
    expect(fake.prompts.size).toBe(0)
    await vi.waitFor(() => expect(fake.sockets).toBe(0))
  })

  it('429 with Retry-After, then success: waits the Retry-After, and checks the first try did not land', async () => {
    fake.script('prompt', COMFY_FAKE_ERRORS.rateLimited(2))
    const { taskId } = await adapter().submit({ payload: graph, startImage: png })
    expect(slept).toEqual([2000])
    expect(fake.submits).toBe(2)
    expect([...fake.prompts.keys()]).toEqual([taskId])
    expect(requests(`/history/${taskId}`)).toHaveLength(1)
  })

  it('500, then success (upload, prompt and history); 5xx past the retries -> provider-failure', async () => {
    fake.script('upload', COMFY_FAKE_ERRORS.serverError)
    fake.script('prompt', COMFY_FAKE_ERRORS.serverError)
    fake.script('history', COMFY_FAKE_ERRORS.serverError)
    const c = adapter()
    const { taskId } = await c.submit({ payload: graph, startImage: png })
    expect(fake.uploads.size).toBe(1)
    expect(fake.prompts.size).toBe(1)
    expect(await c.poll(taskId)).toEqual({ status: 'queued' })
    fake.script('queue', ...Array.from({ length: 4 }, () => COMFY_FAKE_ERRORS.serverError))
    expect(await failure(c.poll(taskId))).toMatchObject({ kind: 'provider-failure', message: 'ComfyUI failed on its side: try again later.' })
  })

  it('a prompt that was queued but whose answer was lost is not queued twice (found by its prompt_id)', async () => {
    fake.script('prompt', { type: 'lose-response' })
    const { taskId } = await adapter().submit({ payload: graph, startImage: png })
    expect(fake.submits).toBe(1)
    expect([...fake.prompts.keys()]).toEqual([taskId])
    // An older ComfyUI mints its own prompt_id: the lost first try cannot be found, so the retry queues a second prompt.
    await restart({ honourPromptId: false })
    fake.script('prompt', { type: 'lose-response' })
    const old = await adapter().submit({ payload: graph, startImage: png })
    expect(fake.submits).toBe(2)
    expect(fake.prompts.size).toBe(2)
    expect(fake.prompts.has(old.taskId)).toBe(true)
    expect(fake.sockets).toBe(1)
  })

  it('a malformed body -> malformed-response', async () => {
    const c = adapter()
    fake.script('prompt', { type: 'malformed' })
    expect(await failure(c.submit({ payload: graph, startImage: png }))).toMatchObject({ kind: 'malformed-response', message: 'ComfyUI sent an answer the server could not read: try again later.' })
    fake.script('history', { type: 'malformed' })
    expect(await failure(c.poll('x'))).toMatchObject({ kind: 'malformed-response' })
  })

  it("a prompt that fails in ComfyUI -> failed with ComfyUI's reason and the node", async () => {
    const c = adapter()
    const { taskId } = await c.submit({ payload: graph, startImage: png })
    fake.run({ error: 'Allocation on device \n CUDA out of memory. Tried to allocate 2.00 GiB' })
    expect(await c.poll(taskId)).toEqual({
      status: 'failed',
      error: { kind: 'provider-failure', message: 'ComfyUI could not make the video (node 6, WanFunV2VSampler): Allocation on device CUDA out of memory. Tried to allocate 2.00 GiB.' },
    })
    expect(await c.poll('never-queued')).toEqual({ status: 'failed', error: { kind: 'provider-failure', message: expect.stringContaining('no record of this prompt') } })
  })

  it('an answer slower than the timeout -> timed-out within the bound', async () => {
    const c = adapter({ timeoutMs: 200 })
    fake.script('history', { type: 'slow', delayMs: 3000 })
    const t0 = Date.now()
    expect(await failure(c.poll('x'))).toMatchObject({ kind: 'timed-out', message: 'ComfyUI did not answer within 0.2 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1500)
  })

  it('cancel: deletes a queued prompt, interrupts only the running one, leaves a finished one alone', async () => {
    const c = adapter()
    const first = await c.submit({ payload: graph, startImage: png })
    const second = await c.submit({ payload: graph, startImage: png })
    await c.cancel!(second.taskId)
    expect(requests('/queue').at(-1)).toMatchObject({ method: 'POST', body: { delete: [second.taskId] } })
    expect(await c.poll(second.taskId)).toEqual({ status: 'canceled' })
    fake.start()
    await c.cancel!(first.taskId)
    expect(requests('/interrupt')[0].body).toEqual({ prompt_id: first.taskId })
    expect(await c.poll(first.taskId)).toEqual({ status: 'canceled' })
    const third = await c.submit({ payload: graph, startImage: png })
    fake.run()
    await c.cancel!(third.taskId)
    expect(requests('/interrupt')).toHaveLength(1)
    expect(await c.poll(third.taskId)).toMatchObject({ status: 'succeeded' })
  })

  it('without the websocket, polling alone reaches the video', async () => {
    await restart({ autoRun: true, tickMs: 1 })
    const c = adapter({ websocket: false })
    const { taskId } = await c.submit({ payload: graph, startImage: png })
    await vi.waitFor(async () => expect(await c.poll(taskId)).toMatchObject({ status: 'succeeded', videoUrl: expect.stringContaining('/view?') }))
    expect(requests('/ws')).toHaveLength(0)
  })
})

describe('createAdapter', () => {
  it('builds ComfyUI from COMFYUI_BASE_URL (wins) or COMFYUI_URL, else the default address', async () => {
    expect(createAdapter('comfyui', {})?.route).toBe('comfyui')
    const a = comfyuiFromEnv({}, { sleep: async () => {} })!
    expect(await failure(a.poll('x'))).toMatchObject({ message: expect.stringContaining('not reachable at http://127.0.0.1:8188') })
    expect(createAdapter('comfyui', { COMFYUI_URL: 'not a url' })).toBeNull()
    const c = createAdapter('comfyui', { COMFYUI_URL: 'http://127.0.0.1:1', COMFYUI_BASE_URL: `${fake.baseUrl}/ignored` }) as ComfyAdapter
    made.push(c)
    await c.submit({ payload: text, startImage: png })
    expect(requests('/prompt')[0].status).toBe(200)
  })
})
