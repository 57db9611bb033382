/**
 * Seeds and chained generations end to end below the browser: the takes service and the hosted
 * runner talk to the real server app (ledger, signed ids, start image uploads and their aspect
 * check) over its fetch interface; the provider behind it is a fake Runway adapter the tests finish
 * or fail task by task. Only the browser's renderer and video decoder are stood in for: the previs
 * frame and a video's last frame are small PNGs that say what made them.
 */
import 'fake-indexeddb/auto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createApiApp } from '../../server/app'
import { createGenerationService } from '../../server/generations/service'
import { createStartImageStore } from '../../server/generations/startImages'
import type { ProviderAdapter, ProviderStatus } from '../../server/generations/types'
import { openSqliteLedger } from '../../server/ledger'
import { createIdSigner } from '../../server/security/signedIds'
import { fetchGeneration, routeKeys } from '../api-client'
import { queryClient } from '../api-client/queryClient'
import * as takesDb from '../persistence/takesDb'
import { createStudioStore } from '../state'
import { createTakesStore } from '../state/takesStore'
import { chainParts, chainStatus } from '../takes/chain'
import { takesOfShot } from '../takes/model'
import { type StartImageUse, createHostedRunner, startImageUse, startImageUseFromServer } from './hostedRunner'
import { createTakesService } from './takesService'

type Fetch = (input: string, init?: RequestInit) => Promise<Response>

/** The first bytes of a width x height PNG (all the server reads), then `tag`: what made the image. */
const png = (width: number, height: number, tag: string): Blob => {
  const head = new Uint8Array(32)
  head.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(head.buffer).setUint32(16, width)
  new DataView(head.buffer).setUint32(20, height)
  return new Blob([head, new TextEncoder().encode(tag)], { type: 'image/png' })
}
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())
/** What made a start image the provider received (the tag after the PNG header). */
const tagOf = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes.slice(32)) : null)

/** The server with a fake Runway behind it: what it was sent, and the tests end each task. */
const world = () => {
  const sent: { taskId: string; payload: Record<string, unknown>; image: Uint8Array | null }[] = []
  const results = new Map<string, ProviderStatus>()
  const adapter: ProviderAdapter = {
    route: 'runway',
    submit: async ({ payload, startImage }) => {
      const taskId = `task${sent.length + 1}`
      sent.push({ taskId, payload: payload as Record<string, unknown>, image: startImage ? new Uint8Array(startImage.bytes) : null })
      return { taskId }
    },
    poll: async (taskId) => results.get(taskId) ?? { status: 'running', progress: 0.5 },
    fetchVideo: async (url) => new Response(`video of ${url.split('/').pop()}`, { headers: { 'content-type': 'video/mp4' } }),
    cancel: async (taskId) => void results.set(taskId, { status: 'canceled' }),
  }
  const secret = new Uint8Array(32).fill(7)
  const generations = createGenerationService({
    ledger: openSqliteLedger(':memory:'),
    signer: createIdSigner(secret),
    adapterFor: (r) => (r === 'runway' ? adapter : null),
    targetsOf: (r) => (r === 'runway' ? ['runway'] : r === 'kling' ? ['kling'] : null),
    startImages: createStartImageStore(mkdtempSync(join(tmpdir(), 'fw-chain-')), createIdSigner(secret, 'start-image')),
    pollIntervalMs: 1,
  })
  const app = createApiApp({ env: {}, generations })
  const appFetch: Fetch = async (input, init) => app.request(input, init)
  return {
    sent,
    appFetch,
    finish: (n: number) => void results.set(`task${n}`, { status: 'succeeded', videoUrl: `https://provider.example/task${n}` }),
    fail: (n: number) => void results.set(`task${n}`, { status: 'failed', error: { kind: 'provider-failure', message: 'The provider could not make this video.' } }),
  }
}

/** A studio page on the server: `close()` stands for the tab going away (its requests never answer again). */
const page = (w: ReturnType<typeof world>, o: { startImageUse?: (routeId: string) => StartImageUse; lastFrameOf?: (video: Blob) => Promise<Blob> } = {}) => {
  let open = true
  const pageFetch: Fetch = (input, init) => (open ? w.appFetch(input, init) : new Promise<Response>(() => undefined))
  const renders: number[] = []
  const lastFrames: { video: string; aspect: number }[] = []
  const runnerFor = (route: string) =>
    createHostedRunner(route, route, {
      fetch: pageFetch,
      readGeneration: (id, signal) => fetchGeneration(id, { fetch: pageFetch, signal }),
      describeVideo: async (blob) => ({
        media: { mimeType: 'video/mp4', container: 'mp4', codec: 'avc', width: 1280, height: 720, frameCount: 120, fps: 24, durationS: 5, bytes: blob.size },
        thumbnail: null,
      }),
      renderStartFrame: async ({ timeS }) => {
        renders.push(timeS)
        return png(1280, 720, `previs at ${timeS}`)
      },
      lastFrameOf: async (video, aspect) => {
        if (o.lastFrameOf) return o.lastFrameOf(video)
        const text = await video.text()
        lastFrames.push({ video: text, aspect })
        return png(1280, 720, `last frame of ${text}`)
      },
      pollMs: 5,
    })
  const runners = { runway: runnerFor('runway'), kling: runnerFor('kling') }
  const studio = createStudioStore()
  const takes = createTakesStore()
  const service = createTakesService({
    studio,
    takes,
    runners: (id) => runners[id as keyof typeof runners],
    random: () => 0.25,
    ...(o.startImageUse ? { startImageUse: o.startImageUse } : {}),
  })
  return { studio, takes, service, renders, lastFrames, close: () => void (open = false) }
}

type Page = ReturnType<typeof page>

/** Three moves one after another (pan, tilt, crane), 2 s each, with the subject said. */
const design = (p: Page) => {
  for (const [i, preset] of ['pan-left', 'tilt-up', 'crane-up'].entries()) {
    const clip = p.studio.getState().addPresetClip(preset, { startS: i * 2 })!
    p.studio.getState().setClipTiming(clip, i * 2, 2)
  }
  const s = p.studio.getState()
  s.updateShotSettings(s.selectedShotId, { durationS: 6 })
  s.setShotPrompt(s.selectedShotId, { subject: 'A lighthouse keeper on a cliff at dusk' })
}

const until = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 5000, interval: 5 })
const settings = { size: '720p', depth: false } as const
/** The seed the services here draw (random() = 0.25 over Runway's 0..2^32-1). */
const SEED = 2 ** 30

const partsOf = (p: Page, chainId: string) => chainParts(p.takes.getState().takes, chainId)
const chainOf = (p: Page, takeId: string) => p.takes.getState().takes.find((t) => t.id === takeId)!.chain!.id
const statuses = (p: Page, chainId: string) => partsOf(p, chainId).map((t) => t.status)

beforeEach(() => takesDb.resetTakesDbForTests())

describe('seeds kept on takes', () => {
  it('a Runway take gets a seed once, sends it, and keeps it through Retry and a reload', async () => {
    const w = world()
    const a = page(w)
    await a.service.loadProject('project:1')
    design(a)
    const id = a.service.generate('runway', settings)!
    const take = a.takes.getState().takes[0]
    expect(take.seed).toBe(SEED)
    expect(JSON.parse(take.payload).seed).toBe(SEED)
    await until(() => expect(w.sent).toHaveLength(1))
    expect(w.sent[0].payload.seed).toBe(SEED)
    w.fail(1)
    await until(() => expect(a.takes.getState().takes[0].status).toBe('failed'))
    a.service.retry(id)
    await until(() => expect(w.sent).toHaveLength(2))
    expect(w.sent[1].payload).toEqual(w.sent[0].payload)
    expect(a.takes.getState().takes[0]).toMatchObject({ seed: SEED, attempts: 2 })

    a.close()
    const b = page(w)
    await b.service.loadProject('project:1')
    expect(b.takes.getState().takes[0]).toMatchObject({ id, seed: SEED, status: 'running' })
    w.finish(2)
    await until(() => expect(b.takes.getState().takes[0].status).toBe('succeeded'))
    expect((await takesDb.loadProjectTakes('project:1')).takes[0].seed).toBe(SEED)
  })

  it('Make again sends the same payload and seed as a new take with a new idempotency key', async () => {
    const w = world()
    const p = page(w)
    await p.service.loadProject('project:1')
    design(p)
    const first = p.service.generate('runway', settings)!
    expect(p.service.makeAgain(first)).toBeNull() // still being made
    w.finish(1)
    await until(() => expect(p.takes.getState().takes[0].status).toBe('succeeded'))
    const again = p.service.makeAgain(first)!
    expect(again).not.toBe(first)
    await until(() => expect(w.sent).toHaveLength(2))
    w.finish(2)
    await until(() => expect(p.takes.getState().takes.find((t) => t.id === again)?.status).toBe('succeeded'))
    const [made, original] = [p.takes.getState().takes.find((t) => t.id === again)!, p.takes.getState().takes.find((t) => t.id === first)!]
    expect(made).toMatchObject({ seed: SEED, payload: original.payload, design: original.design, route: 'runway', target: 'runway', chain: null, attempts: 1 })
    expect(made.remote!.idempotencyKey).not.toBe(original.remote!.idempotencyKey)
    expect(made.remote!.generationId).not.toBe(original.remote!.generationId)
    expect(w.sent[1].payload).toEqual(w.sent[0].payload)
    expect(w.sent[1].payload.seed).toBe(SEED)
  })
})

describe('make again with another request body (a retry with more strength)', () => {
  it('sends the given body as a new take with the same design and seed, and tells listeners when it succeeds', async () => {
    const w = world()
    const p = page(w)
    const events: string[] = []
    p.service.subscribe((e) => events.push(e.type === 'loaded' ? `loaded ${e.projectId}` : `succeeded ${e.take.id}`))
    await p.service.loadProject('project:1')
    design(p)
    const first = p.service.generate('runway', settings)!
    w.finish(1)
    await until(() => expect(p.takes.getState().takes[0].status).toBe('succeeded'))
    const original = p.takes.getState().takes[0]
    const stronger = JSON.stringify({ ...JSON.parse(original.payload), promptText: 'stronger' })
    const again = p.service.makeAgain(first, { payload: stronger })!
    await until(() => expect(w.sent).toHaveLength(2))
    expect(w.sent[1].payload).toMatchObject({ promptText: 'stronger', seed: SEED })
    w.finish(2)
    await until(() => expect(p.takes.getState().takes.find((t) => t.id === again)?.status).toBe('succeeded'))
    expect(p.takes.getState().takes.find((t) => t.id === again)).toMatchObject({ payload: stronger, design: original.design, seed: SEED })
    await until(() => expect(events).toEqual(['loaded project:1', `succeeded ${first}`, `succeeded ${again}`]))
  })
})

describe('chained generations', () => {
  it('runs three parts in order: part 1 from the previs frame, each later part from the last frame of the part before', async () => {
    const w = world()
    const p = page(w)
    await p.service.loadProject('project:1')
    design(p)
    const id = p.service.generate('runway', settings, undefined, { chain: true })!
    const chainId = chainOf(p, id)
    const parts = partsOf(p, chainId)
    expect(parts.map((t) => [t.chain!.part, t.chain!.parts, t.chain!.startS, t.status])).toEqual([
      [1, 3, 0, 'queued'],
      [2, 3, 2, 'queued'],
      [3, 3, 4, 'queued'],
    ])
    expect(parts[0].id).toBe(id)
    // one seed for the chain, in every part's payload; each part's own camera move
    expect(parts.map((t) => [t.seed, JSON.parse(t.payload).seed])).toEqual([
      [SEED, SEED],
      [SEED, SEED],
      [SEED, SEED],
    ])
    expect(parts.map((t) => JSON.parse(t.payload).promptText as string).map((text) => /pan left|tilt up|craning up/.exec(text)?.[0])).toEqual(['pan left', 'tilt up', 'craning up'])
    // the list (newest first) reads part 1, 2, 3 from the top
    expect(takesOfShot(p.takes.getState().takes, parts[0].shotId).map((t) => t.chain!.part)).toEqual([1, 2, 3])

    await until(() => expect(w.sent).toHaveLength(1))
    expect(p.renders).toEqual([0])
    expect(tagOf(w.sent[0].image)).toBe('previs at 0')
    expect([p.takes.getState().progress[parts[1].id]?.phase, p.takes.getState().progress[parts[2].id]?.phase]).toEqual(['Waiting for part 1', 'Waiting for part 2'])

    w.finish(1)
    await until(() => expect(w.sent).toHaveLength(2))
    expect(p.lastFrames).toEqual([{ video: 'video of task1', aspect: 16 / 9 }])
    expect(w.sent[1].image).toEqual(await bytesOf(png(1280, 720, 'last frame of video of task1')))
    expect(statuses(p, chainId)).toEqual(['succeeded', 'running', 'queued'])
    expect(p.takes.getState().progress[parts[2].id]?.phase).toBe('Waiting for part 2')
    expect(chainStatus(p.takes.getState().takes, chainId)).toMatchObject({ done: 1, running: 1, waiting: 1, current: 2, state: 'running' })

    w.finish(2)
    await until(() => expect(w.sent).toHaveLength(3))
    expect(tagOf(w.sent[2].image)).toBe('last frame of video of task2')
    w.finish(3)
    await until(() => expect(statuses(p, chainId)).toEqual(['succeeded', 'succeeded', 'succeeded']))
    expect(w.sent.map((s) => s.payload.seed)).toEqual([SEED, SEED, SEED])
    expect(chainStatus(p.takes.getState().takes, chainId)).toMatchObject({ parts: 3, done: 3, state: 'succeeded' })
    expect(p.renders).toEqual([0])
    const saved = (await takesDb.loadProjectTakes('project:1')).takes
    expect(saved.filter((t) => t.chain?.id === chainId).map((t) => t.status)).toEqual(['succeeded', 'succeeded', 'succeeded'])
    expect(await (await p.service.media(parts[2].id, 'video'))!.text()).toBe('video of task3')
  })

  it('a failing part 1 cancels parts 2 and 3, saying why, and sends nothing more', async () => {
    const w = world()
    const p = page(w)
    await p.service.loadProject('project:1')
    design(p)
    const chainId = chainOf(p, p.service.generate('runway', settings, undefined, { chain: true })!)
    await until(() => expect(w.sent).toHaveLength(1))
    w.fail(1)
    await until(() => expect(statuses(p, chainId)).toEqual(['failed', 'canceled', 'canceled']))
    expect(partsOf(p, chainId).map((t) => t.error)).toEqual(['The provider could not make this video.', 'Part 1 failed, so part 2 was not sent.', 'Part 1 failed, so part 3 was not sent.'])
    expect(chainStatus(p.takes.getState().takes, chainId)).toMatchObject({ failed: 1, stopped: 2, state: 'failed' })
    await until(async () => expect((await takesDb.loadProjectTakes('project:1')).takes.map((t) => t.status).sort()).toEqual(['canceled', 'canceled', 'failed']))
    await new Promise((r) => setTimeout(r, 30))
    expect(w.sent).toHaveLength(1)
  })

  it('Retry of a failed part resumes the chain there: it starts again from the part before, then the part after runs', async () => {
    const w = world()
    const p = page(w)
    await p.service.loadProject('project:1')
    design(p)
    const chainId = chainOf(p, p.service.generate('runway', settings, undefined, { chain: true })!)
    await until(() => expect(w.sent).toHaveLength(1))
    w.finish(1)
    await until(() => expect(w.sent).toHaveLength(2))
    w.fail(2)
    await until(() => expect(statuses(p, chainId)).toEqual(['succeeded', 'failed', 'canceled']))
    expect(partsOf(p, chainId)[2].error).toBe('Part 2 failed, so part 3 was not sent.')

    p.service.retry(partsOf(p, chainId)[1].id)
    await until(() => expect(w.sent).toHaveLength(3))
    expect(statuses(p, chainId)).toEqual(['succeeded', 'running', 'queued'])
    expect(tagOf(w.sent[2].image)).toBe('last frame of video of task1')
    expect(w.sent[2].payload).toEqual(w.sent[1].payload)
    expect(partsOf(p, chainId)[1]).toMatchObject({ attempts: 2, error: null })
    w.finish(3)
    await until(() => expect(w.sent).toHaveLength(4))
    expect(tagOf(w.sent[3].image)).toBe('last frame of video of task3')
    w.finish(4)
    await until(() => expect(statuses(p, chainId)).toEqual(['succeeded', 'succeeded', 'succeeded']))
    expect(partsOf(p, chainId)[2].error).toBeNull()
  })

  it('a reload mid-chain resumes it: the part the server accepted is polled again, the waiting parts follow it', async () => {
    const w = world()
    const a = page(w)
    await a.service.loadProject('project:1')
    design(a)
    const chainId = chainOf(a, a.service.generate('runway', settings, undefined, { chain: true })!)
    await until(() => expect(w.sent).toHaveLength(1))
    await until(async () => expect((await takesDb.loadProjectTakes('project:1')).takes.find((t) => t.chain?.part === 1)?.remote).toBeTruthy())
    a.close()

    const b = page(w)
    await b.service.loadProject('project:1')
    expect(statuses(b, chainId)).toEqual(['running', 'queued', 'queued'])
    const parts = partsOf(b, chainId)
    expect(b.takes.getState().progress[parts[1].id]?.phase).toBe('Waiting for part 1')
    w.finish(1)
    await until(() => expect(w.sent).toHaveLength(2))
    expect(b.lastFrames).toEqual([{ video: 'video of task1', aspect: 16 / 9 }])
    w.finish(2)
    await until(() => expect(w.sent).toHaveLength(3))
    w.finish(3)
    await until(() => expect(statuses(b, chainId)).toEqual(['succeeded', 'succeeded', 'succeeded']))
    // nothing was sent twice
    expect(w.sent).toHaveLength(3)
  })

  it('a reload while part 2 was being prepared: part 2 comes back interrupted (part 3 canceled), and Retry sends it from part 1’s saved video', async () => {
    const w = world()
    // page A takes part 1's last frame forever: the tab closes meanwhile
    const a = page(w, { lastFrameOf: () => new Promise<Blob>(() => undefined) })
    await a.service.loadProject('project:1')
    design(a)
    const chainId = chainOf(a, a.service.generate('runway', settings, undefined, { chain: true })!)
    await until(() => expect(w.sent).toHaveLength(1))
    w.finish(1)
    await until(() => expect(statuses(a, chainId)).toEqual(['succeeded', 'running', 'queued']))
    await until(async () => expect((await takesDb.loadMedia(partsOf(a, chainId)[0].id, 'video'))?.size).toBeGreaterThan(0))
    a.close()

    const b = page(w)
    await b.service.loadProject('project:1')
    expect(statuses(b, chainId)).toEqual(['succeeded', 'interrupted', 'canceled'])
    expect(partsOf(b, chainId)[2].error).toBe('Part 2 was interrupted, so part 3 was not sent.')
    b.service.retry(partsOf(b, chainId)[1].id)
    await until(() => expect(w.sent).toHaveLength(2))
    expect(b.lastFrames).toEqual([{ video: 'video of task1', aspect: 16 / 9 }])
    expect(tagOf(w.sent[1].image)).toBe('last frame of video of task1')
    w.finish(2)
    await until(() => expect(w.sent).toHaveLength(3))
    w.finish(3)
    await until(() => expect(statuses(b, chainId)).toEqual(['succeeded', 'succeeded', 'succeeded']))
  })

  it('a part saved waiting after the part before it finished is sent when the project is opened again', async () => {
    const w = world()
    const a = page(w, { lastFrameOf: () => new Promise<Blob>(() => undefined) })
    await a.service.loadProject('project:1')
    design(a)
    const chainId = chainOf(a, a.service.generate('runway', settings, undefined, { chain: true })!)
    await until(() => expect(w.sent).toHaveLength(1))
    w.finish(1)
    await until(() => expect(statuses(a, chainId)).toEqual(['succeeded', 'running', 'queued']))
    await until(async () => expect((await takesDb.loadMedia(partsOf(a, chainId)[0].id, 'video'))?.size).toBeGreaterThan(0))
    a.close()
    // the tab closed between part 1 finishing and part 2 starting: part 2 was saved still waiting
    const second = partsOf(a, chainId)[1]
    await takesDb.saveTake({ ...second, status: 'queued', startedAt: null, attempts: 0 })

    const b = page(w)
    await b.service.loadProject('project:1')
    await until(() => expect(w.sent).toHaveLength(2))
    expect(tagOf(w.sent[1].image)).toBe('last frame of video of task1')
    expect(statuses(b, chainId)).toEqual(['succeeded', 'running', 'queued'])
    b.close() // nothing more from this page once the test ends
  })

  it('goes to the model chosen for the route: Kling v1.5 image to video chains, each part rewritten for it', async () => {
    const w = world()
    const p = page(w, { startImageUse: () => 'accepted' })
    await p.service.loadProject('project:1')
    design(p)
    const first = p.service.generate('kling', settings, undefined, { chain: true, model: 'kling-v1-5' })
    expect(first).not.toBeNull()
    const parts = partsOf(p, chainOf(p, first!))
    expect(parts).toHaveLength(3)
    for (const t of parts) {
      expect(JSON.parse(t.payload)).toMatchObject({ model_name: 'kling-v1-5', mode: 'pro' })
      expect(t.settings).toMatchObject({ model: 'kling-v1-5', startImage: true })
    }
    for (const t of parts) p.service.cancel(t.id)
    p.close()
  })

  it('is refused, in one sentence, on a route that does not begin from a start image', async () => {
    const w = world()
    const p = page(w)
    await p.service.loadProject('project:1')
    design(p)
    expect(p.service.generate('kling', settings, undefined, { chain: true })).toBeNull()
    expect(p.studio.getState().notice).toMatchObject({ tone: 'error', text: expect.stringMatching(/^Kling v1 · std · text to video does not begin from a start image, so Shot 1 cannot be sent as chained generations.*choose a model that does/) })
    expect(p.takes.getState().takes).toEqual([])

    const q = page(w, { startImageUse: () => 'needs-public-url' })
    design(q)
    expect(q.service.generate('runway', settings, undefined, { chain: true })).toBeNull()
    expect(q.studio.getState().notice?.text).toMatch(/FRAMEWRIGHT_PUBLIC_URL/)
    expect(w.sent).toHaveLength(0)
  })

  it('Make again is not offered for a part of a chain on its own', async () => {
    const w = world()
    const p = page(w)
    await p.service.loadProject('project:1')
    design(p)
    const id = p.service.generate('runway', settings, undefined, { chain: true })!
    await until(() => expect(w.sent).toHaveLength(1))
    w.fail(1)
    await until(() => expect(p.takes.getState().takes.find((t) => t.id === id)?.status).toBe('failed'))
    expect(p.service.makeAgain(id)).toBeNull()
    expect(p.studio.getState().notice?.text).toMatch(/chained generations again/)
  })
})

describe('what a route does with a start image', () => {
  it('is what the server reports, else the routes the runner knows begin from one', () => {
    expect(startImageUse('kling', 'accepted')).toBe('accepted')
    expect(startImageUse('luma', 'needs-public-url')).toBe('needs-public-url')
    expect(startImageUse('runway', undefined)).toBe('accepted')
    expect(startImageUse('kling', undefined)).toBe('not-taken')
    expect(startImageUse('kling', 'sometimes')).toBe('not-taken')
    queryClient.setQueryData(routeKeys.all, [{ id: 'kling', label: 'Kling', enabled: true, targets: ['kling'], startImage: 'accepted' }])
    try {
      expect(startImageUseFromServer('kling')).toBe('accepted')
      expect(startImageUseFromServer('veo')).toBe('accepted')
      expect(startImageUseFromServer('sora')).toBe('not-taken')
    } finally {
      queryClient.removeQueries({ queryKey: routeKeys.all })
    }
  })
})
