/**
 * A hosted take end to end below the browser: the takes service and the hosted runner talk to the
 * real server app (ledger, signed ids, the Kling adapter) over its fetch interface, and the server
 * talks to the fake Kling over HTTP. Only the browser's video decoder is stood in for.
 */
import 'fake-indexeddb/auto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApiApp } from '../../server/app'
import { createGenerationsFromEnv } from '../../server/generations/setup'
import { type FakeKling, startFakeKling } from '../../server/providers/fakes/kling'
import { fetchGeneration } from '../api-client'
import * as takesDb from '../persistence/takesDb'
import { createStudioStore } from '../state'
import { createTakesStore } from '../state/takesStore'
import { createHostedRunner } from './hostedRunner'
import { createTakesService } from './takesService'

const AK = 'ak-runner-test'
const SK = 'sk-runner-test'

let fake: FakeKling
let appFetch: (input: string, init?: RequestInit) => Promise<Response>

beforeEach(async () => {
  await takesDb.resetTakesDbForTests()
  fake = await startFakeKling({ accessKey: AK, secretKey: SK, pollsToFinish: 2 })
  const env = { KLING_ACCESS_KEY: AK, KLING_SECRET_KEY: SK, KLING_BASE_URL: fake.baseUrl, FRAMEWRIGHT_DATA_DIR: mkdtempSync(join(tmpdir(), 'fw-runner-')) }
  const app = createApiApp({ env, generations: await createGenerationsFromEnv(env, '/nowhere', { pollIntervalMs: 1 }) })
  appFetch = async (input, init) => app.request(input, init)
})
afterEach(() => fake.close())

/** A studio page on the server: `close()` stands for the tab going away (its requests never answer again, so it saves nothing more). */
const page = () => {
  let open = true
  const pageFetch = (input: string, init?: RequestInit) => (open ? appFetch(input, init) : new Promise<Response>(() => undefined))
  const studio = createStudioStore()
  const takes = createTakesStore()
  const runner = createHostedRunner('kling', 'kling', {
    fetch: pageFetch,
    readGeneration: (id, signal) => fetchGeneration(id, { fetch: pageFetch, signal }),
    // the browser decodes the video for its facts and thumbnail; here its size stands in
    describeVideo: async (blob) => ({
      media: { mimeType: 'video/mp4', container: 'mp4', codec: 'avc', width: 1280, height: 720, frameCount: 120, fps: 24, durationS: 5, bytes: blob.size },
      thumbnail: null,
    }),
    pollMs: 5,
  })
  const service = createTakesService({ studio, takes, runners: (id) => (id === 'kling' ? runner : undefined) })
  return { studio, takes, service, close: () => void (open = false) }
}

/** A designed 5 s pan with its subject said, so the payload carries no placeholder. */
const design = (studio: ReturnType<typeof createStudioStore>) => {
  const s = studio.getState()
  const clip = s.addPresetClip('pan-left', { startS: 0 })!
  s.setClipTiming(clip, 0, 5)
  s.updateShotSettings(s.selectedShotId, { durationS: 5 })
  const withSubject = (studio.getState() as unknown as { setShotPrompt: (id: string, p: { subject: string }) => void }).setShotPrompt
  withSubject(s.selectedShotId, { subject: 'A lighthouse keeper on a cliff at dusk' })
}

const until = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 5000, interval: 10 })

describe('hosted takes (Kling through the server)', () => {
  it('sends the compiled shot once, follows the generation to its end and keeps the video with the take', async () => {
    const { studio, takes, service } = page()
    await service.loadProject(studio.getState().document.id)
    design(studio)
    const id = service.generate('kling', { size: '720p', depth: false })!
    expect(id).not.toBeNull()
    await until(() => expect(takes.getState().takes[0].status).toBe('succeeded'))
    const take = takes.getState().takes[0]
    expect(take.remote?.generationId).toMatch(/\./)
    expect(fake.submits).toBe(1)
    const video = await service.media(id, 'video')
    expect(new Uint8Array(await video!.arrayBuffer())).toEqual(fake.video)
    expect((await takesDb.loadProjectTakes(take.projectId)).takes[0]).toMatchObject({ status: 'succeeded', remote: take.remote })
  })

  it('a reload while the provider works resumes polling the same generation (nothing is sent twice)', async () => {
    const first = page()
    await first.service.loadProject('project:1')
    design(first.studio)
    // the payload as the studio would send it, with the subject said
    expect(first.service.generate('kling', { size: '720p', depth: false })).not.toBeNull()
    await until(async () => expect((await takesDb.loadProjectTakes('project:1')).takes[0]?.remote).toBeTruthy())
    first.close()

    const reloaded = page()
    await reloaded.service.loadProject('project:1')
    await until(() => expect(reloaded.takes.getState().takes[0].status).toBe('succeeded'))
    expect(fake.submits).toBe(1)
  })

  it('refuses to send a shot whose subject is not said (no placeholder reaches a provider)', async () => {
    const { studio, takes, service } = page()
    await service.loadProject('project:1')
    studio.getState().addPresetClip('pan-left', { startS: 0 })
    expect(service.generate('kling', { size: '720p', depth: false })).toBeNull()
    expect(studio.getState().notice?.text).toMatch(/What the shot is of/)
    expect(takes.getState().takes).toEqual([])
    expect(fake.submits).toBe(0)
  })

  it('a provider refusal becomes a failed take with the provider’s reason', async () => {
    const { studio, takes, service } = page()
    await service.loadProject('project:1')
    design(studio)
    fake.failNextTask('Image or prompt violates the content policy (risk control).')
    expect(service.generate('kling', { size: '720p', depth: false })).not.toBeNull()
    await until(() => expect(takes.getState().takes[0].status).toBe('failed'))
    expect(takes.getState().takes[0].error).toMatch(/content|moderation|refused/i)
  })

  it('a route that begins from an image gets the shot’s first frame, uploaded and checked against the shot’s aspect', async () => {
    const { openSqliteLedger } = await import('../../server/ledger')
    const { createIdSigner } = await import('../../server/security/signedIds')
    const { createGenerationService } = await import('../../server/generations/service')
    const { createStartImageStore } = await import('../../server/generations/startImages')
    const received: { width: number; height: number; mimeType: string }[] = []
    const secret = new Uint8Array(32).fill(5)
    const service = createGenerationService({
      ledger: openSqliteLedger(':memory:'),
      signer: createIdSigner(secret),
      adapterFor: (r) =>
        r === 'runway'
          ? {
              route: 'runway',
              submit: async ({ startImage }) => {
                if (startImage) received.push({ width: startImage.width, height: startImage.height, mimeType: startImage.mimeType })
                return { taskId: 't1' }
              },
              poll: async () => ({ status: 'failed', error: { kind: 'provider-failure', message: 'stop here' } }),
              fetchVideo: async () => new Response(null, { status: 404 }),
            }
          : null,
      targetsOf: (r) => (r === 'runway' ? ['runway'] : null),
      startImages: createStartImageStore(mkdtempSync(join(tmpdir(), 'fw-start-')), createIdSigner(secret, 'start-image')),
    })
    const app = createApiApp({ env: {}, generations: service })
    const viaApp = async (input: string, init?: RequestInit) => app.request(input, init)
    // the previs renderer draws the frame in a browser; here a PNG header of the shot's 1280x720 frame stands in
    const frame = new Uint8Array(64)
    frame.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 5, 0, 0, 0, 2, 208])
    const runner = createHostedRunner('runway', 'runway', {
      fetch: viaApp,
      readGeneration: (id, signal) => fetchGeneration(id, { fetch: viaApp, signal }),
      renderStartFrame: async ({ shot }) => {
        expect(shot.aspect).toBe('16:9')
        return new Blob([frame], { type: 'image/png' })
      },
      pollMs: 1,
    })
    const studio = createStudioStore()
    const takes = createTakesStore()
    const takesService = createTakesService({ studio, takes, runners: (id) => (id === 'runway' ? runner : undefined) })
    await takesService.loadProject('project:1')
    design(studio)
    expect(takesService.generate('runway', { size: '720p', depth: false })).not.toBeNull()
    await until(() => expect(takes.getState().takes[0].status).toBe('failed'))
    expect(received).toEqual([{ width: 1280, height: 720, mimeType: 'image/png' }])
  })

  it('the model chosen for the route is what is sent: Kling v1.5 image to video gets the start frame, kept with the take', async () => {
    const frame = new Uint8Array(64)
    frame.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 5, 0, 0, 0, 2, 208])
    const runner = createHostedRunner('kling', 'kling', {
      fetch: appFetch,
      readGeneration: (id, signal) => fetchGeneration(id, { fetch: appFetch, signal }),
      describeVideo: async (blob) => ({
        media: { mimeType: 'video/mp4', container: 'mp4', codec: 'avc', width: 1920, height: 1080, frameCount: 120, fps: 24, durationS: 5, bytes: blob.size },
        thumbnail: null,
      }),
      renderStartFrame: async () => new Blob([frame], { type: 'image/png' }),
      pollMs: 5,
    })
    const studio = createStudioStore()
    const takes = createTakesStore()
    const service = createTakesService({ studio, takes, runners: (id) => (id === 'kling' ? runner : undefined), startImageUse: () => 'accepted' })
    await service.loadProject('project:1')
    design(studio)
    const id = service.generate('kling', { size: '720p', depth: false }, undefined, { model: 'kling-v1-5' })!
    await until(() => expect(takes.getState().takes[0].status).toBe('succeeded'))
    const [task] = [...fake.tasks.values()]
    expect(task.kind).toBe('image2video')
    expect(task.body).toMatchObject({ model_name: 'kling-v1-5', mode: 'pro', image: Buffer.from(frame).toString('base64') })
    expect(takes.getState().takes[0]).toMatchObject({ hasStartFrame: true, settings: { model: 'kling-v1-5', startImage: true } })
    await until(async () => expect(new Uint8Array(await (await takesDb.loadMedia(id, 'startFrame'))!.arrayBuffer())).toEqual(frame))

    // the text-to-video model sends no image
    const again = service.generate('kling', { size: '720p', depth: false }, undefined, { model: 'kling-v1' })!
    await until(() => expect(takes.getState().takes.find((t) => t.id === again)?.status).toBe('succeeded'))
    expect([...fake.tasks.values()].map((t) => t.kind)).toEqual(['image2video', 'text2video'])
    expect(takes.getState().takes.find((t) => t.id === again)).toMatchObject({ hasStartFrame: false, settings: { model: 'kling-v1', startImage: false } })
  })

  it('a shot with a reference image starts from it instead of the previs frame, and the take keeps what was sent', async () => {
    // the server reads the image's size: a PNG header of a 1280x720 picture, its tail unlike the previs frame's
    const picture = new Uint8Array(64).fill(7)
    picture.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 5, 0, 0, 0, 2, 208])
    const previsFrame = new Uint8Array(64)
    previsFrame.set(picture.subarray(0, 24))
    const asked: { fileName: string; aspect: number }[] = []
    let rendered = 0
    const runner = createHostedRunner('kling', 'kling', {
      fetch: appFetch,
      readGeneration: (id, signal) => fetchGeneration(id, { fetch: appFetch, signal }),
      describeVideo: async (blob) => ({
        media: { mimeType: 'video/mp4', container: 'mp4', codec: 'avc', width: 1920, height: 1080, frameCount: 120, fps: 24, durationS: 5, bytes: blob.size },
        thumbnail: null,
      }),
      renderStartFrame: async () => {
        rendered++
        return new Blob([previsFrame], { type: 'image/png' })
      },
      referenceImageOf: async (image, aspect) => {
        asked.push({ fileName: image.fileName, aspect })
        return new Blob([picture], { type: image.mimeType })
      },
      pollMs: 5,
    })
    const studio = createStudioStore()
    const takes = createTakesStore()
    const service = createTakesService({ studio, takes, runners: (id) => (id === 'kling' ? runner : undefined), startImageUse: () => 'accepted' })
    await service.loadProject('project:1')
    design(studio)
    const shotId = studio.getState().selectedShotId
    studio.getState().setReferenceImage(shotId, { assetId: `sha256:${'c'.repeat(64)}`, fileName: 'harbour.png', mimeType: 'image/png', widthPx: 1280, heightPx: 720 })
    const id = service.generate('kling', { size: '720p', depth: false }, undefined, { model: 'kling-v1-5' })!
    await until(() => expect(takes.getState().takes[0].status).toBe('succeeded'))
    expect(asked).toEqual([{ fileName: 'harbour.png', aspect: 16 / 9 }])
    expect(rendered).toBe(0)
    const [task] = [...fake.tasks.values()]
    expect(task.body).toMatchObject({ model_name: 'kling-v1-5', image: Buffer.from(picture).toString('base64') })
    await until(async () => expect(new Uint8Array(await (await takesDb.loadMedia(id, 'startFrame'))!.arrayBuffer())).toEqual(picture))

    // without it, the previs frame again
    studio.getState().setReferenceImage(shotId, null)
    service.generate('kling', { size: '720p', depth: false }, undefined, { model: 'kling-v1-5' })
    await until(() => expect(takes.getState().takes.filter((t) => t.status === 'succeeded')).toHaveLength(2))
    expect(rendered).toBe(1)
    expect(asked).toHaveLength(1)
  })

  it('a model that cannot take the shot is refused with its reason before anything is sent', async () => {
    const { studio, takes, service } = page()
    await service.loadProject('project:1')
    const s = studio.getState()
    // a push-in while tilting up: Kling's compound forward_up preset, which v1.5 image to video does not take
    for (const preset of ['dolly-in', 'tilt-up']) s.setClipTiming(s.addPresetClip(preset, { startS: 0 })!, 0, 5)
    s.updateShotSettings(s.selectedShotId, { durationS: 5 })
    ;(studio.getState() as unknown as { setShotPrompt: (id: string, p: { subject: string }) => void }).setShotPrompt(s.selectedShotId, { subject: 'A lighthouse' })
    expect(service.generate('kling', { size: '720p', depth: false }, undefined, { model: 'kling-v1-5' })).toBeNull()
    expect(studio.getState().notice?.text).toMatch(/simple camera type.*'forward_up'.*Kling v1/)
    expect(takes.getState().takes).toEqual([])
    expect(fake.submits).toBe(0)
  })
})
