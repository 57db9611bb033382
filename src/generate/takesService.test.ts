/**
 * The takes service against a real IndexedDB implementation (fake-indexeddb, in memory) and a
 * runner that follows the RouteRunner contract: progress, cancellation, failures, reloads.
 */
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as realDb from '../persistence/takesDb'
import { createStudioStore } from '../state'
import { createTakesStore } from '../state/takesStore'
import { setClipTiming } from '../timeline'
import type { RouteRunner, RunContext } from './runners'
import { createTakesService, type TakesDb } from './takesService'

const media = { mimeType: 'video/mp4', container: 'mp4' as const, codec: 'avc1.640028', width: 1280, height: 720, frameCount: 48, fps: 24, durationS: 2, bytes: 3 }

/** A runner whose renders the test finishes, fails or leaves hanging. */
const controlledRunner = () => {
  const pending: { resolve: () => void; reject: (e: Error) => void; ctx: RunContext }[] = []
  const runner: RouteRunner = {
    routeId: 'previs',
    kind: 'embedded',
    target: 'trajectory',
    run: (_take, ctx) =>
      new Promise((resolve, reject) => {
        ctx.onProgress({ fraction: 0.25, framesDone: 12, frameCount: 48, framesPerSecond: 6, secondsLeft: 6 })
        ctx.signal.addEventListener('abort', () => reject(new DOMException('canceled', 'AbortError')))
        pending.push({
          ctx,
          reject,
          resolve: () =>
            resolve({
              outcome: { video: media, depth: null, hasStartFrame: true, hasThumbnail: true, note: null },
              media: { video: new Blob(['mp4']), startFrame: new Blob(['png']), thumbnail: new Blob(['jpg']) },
            }),
        })
      }),
  }
  return { runner, pending }
}

/** Waits until the service has saved what it is doing (IndexedDB answers asynchronously). */
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 })

const setup = (db: TakesDb = realDb) => {
  const studio = createStudioStore()
  const takes = createTakesStore()
  const { runner, pending } = controlledRunner()
  let clock = 1000
  const service = createTakesService({ studio, takes, db, runners: (id) => (id === 'previs' ? runner : undefined), now: () => (clock += 1000) })
  return { studio, takes, service, pending }
}

describe('takes service', () => {
  beforeEach(() => realDb.resetTakesDbForTests())

  it('generates a take of the selected shot: queued, running with progress, then succeeded with its media saved', async () => {
    const { studio, takes, service, pending } = setup()
    await service.loadProject(studio.getState().document.id)
    const id = service.generate('previs', { size: '720p', depth: false })!
    const take = takes.getState().takes[0]
    expect(take).toMatchObject({ id, route: 'previs', target: 'trajectory', shotId: 'shot:1', status: 'queued' })
    expect(JSON.parse(take.payload).kind).toBe('framewright.trajectory')
    await until(() => expect(pending).toHaveLength(1))
    expect(takes.getState().takes[0].status).toBe('running')
    expect(takes.getState().progress[id]).toMatchObject({ framesDone: 12, frameCount: 48 })
    pending[0].resolve()
    await until(() => expect(takes.getState().takes[0]).toMatchObject({ status: 'succeeded', video: media }))
    await until(async () => expect(await realDb.loadMedia(id, 'video')).toBeDefined())
    expect(takes.getState().progress[id]).toBeUndefined()
    expect(await (await realDb.loadMedia(id, 'video'))!.text()).toBe('mp4')

    // a new page (new stores, same database): the take and its video are there
    const again = setup()
    await again.service.loadProject(studio.getState().document.id)
    expect(again.takes.getState().takes.map((t) => [t.id, t.status])).toEqual([[id, 'succeeded']])
    expect(await (await again.service.media(id, 'video'))!.text()).toBe('mp4')
  })

  it('a render in flight when the page went away comes back interrupted, and Retry renders it again', async () => {
    const first = setup()
    await first.service.loadProject('project:1')
    const id = first.service.generate('previs', { size: '480p', depth: false })!
    await until(() => expect(first.pending).toHaveLength(1))
    expect(first.takes.getState().takes[0].status).toBe('running')

    const reloaded = setup()
    await reloaded.service.loadProject('project:1')
    expect(reloaded.takes.getState().takes[0]).toMatchObject({ id, status: 'interrupted' })
    // the interrupted status is saved too
    expect((await realDb.loadProjectTakes('project:1')).takes[0].status).toBe('interrupted')

    reloaded.service.retry(id)
    await until(() => expect(reloaded.pending).toHaveLength(1))
    expect(reloaded.takes.getState().takes[0]).toMatchObject({ status: 'running', attempts: 2 })
    reloaded.pending[0].resolve()
    await until(() => expect(reloaded.takes.getState().takes[0].status).toBe('succeeded'))
  })

  it('cancel leaves a canceled take with no media; a failure keeps its message', async () => {
    const { takes, service, pending } = setup()
    await service.loadProject('project:1')
    const a = service.generate('previs', { size: '720p', depth: false })!
    await until(() => expect(pending).toHaveLength(1))
    service.cancel(a)
    await until(() => expect(takes.getState().takes.find((t) => t.id === a)).toMatchObject({ status: 'canceled', video: null }))
    expect(await realDb.loadMedia(a, 'video')).toBeUndefined()

    const b = service.generate('previs', { size: '720p', depth: false })!
    await until(() => expect(pending).toHaveLength(2))
    pending[1].reject(new Error('WebGL is not available in this browser.'))
    await until(() => expect(takes.getState().takes.find((t) => t.id === b)).toMatchObject({ status: 'failed', error: 'WebGL is not available in this browser.' }))
    expect(service.isRunning(a) || service.isRunning(b)).toBe(false)
  })

  it('delete removes the take and its media; undo puts both back', async () => {
    const { takes, service, pending } = setup()
    await service.loadProject('project:1')
    const id = service.generate('previs', { size: '720p', depth: false })!
    await until(() => expect(pending).toHaveLength(1))
    pending[0].resolve()
    await until(async () => expect(await realDb.loadMedia(id, 'video')).toBeDefined())
    await service.remove(id)
    expect(takes.getState().takes).toEqual([])
    expect((await realDb.loadProjectTakes('project:1')).takes).toEqual([])
    await service.undoDelete()
    expect(takes.getState().takes.map((t) => t.id)).toEqual([id])
    expect((await realDb.loadProjectTakes('project:1')).takes.map((t) => t.id)).toEqual([id])
    expect(await (await realDb.loadMedia(id, 'video'))!.text()).toBe('mp4')
  })

  it('choosing a take is saved and exclusive within its shot', async () => {
    const { service, pending } = setup()
    await service.loadProject('project:1')
    const a = service.generate('previs', { size: '720p', depth: false })!
    const b = service.generate('previs', { size: '720p', depth: false })!
    await until(() => expect(pending).toHaveLength(2))
    pending.forEach((p) => p.resolve())
    await until(async () => expect((await realDb.loadProjectTakes('project:1')).takes.map((t) => t.status)).toEqual(['succeeded', 'succeeded']))
    service.choose(a, true)
    service.choose(b, true)
    await until(async () => {
      const saved = (await realDb.loadProjectTakes('project:1')).takes
      expect(saved.find((t) => t.id === a)!.chosen).toBe(false)
      expect(saved.find((t) => t.id === b)!.chosen).toBe(true)
    })
  })

  it('storage full: the take stays playable from memory and is flagged unsaved', async () => {
    const full: TakesDb = {
      ...realDb,
      saveTakeWithMedia: async () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
    }
    const { studio, takes, service, pending } = setup(full)
    await service.loadProject('project:1')
    const id = service.generate('previs', { size: '720p', depth: false })!
    await until(() => expect(pending).toHaveLength(1))
    pending[0].resolve()
    await until(() => expect(takes.getState().unsaved[id]).toBe(true))
    expect(takes.getState().takes[0].status).toBe('succeeded')
    expect(studio.getState().notice).toMatchObject({ tone: 'error', text: expect.stringContaining('Storage is full') })
    expect(await (await service.media(id, 'video'))!.text()).toBe('mp4')
  })

  it('a take made before an edit of its shot is of an earlier design (fingerprint differs)', async () => {
    const { studio, takes, service } = setup()
    await service.loadProject('project:1')
    studio.getState().addPresetClip('pan-left')
    service.generate('previs', { size: '720p', depth: false })
    const { fingerprintFor } = await import('../takes/fingerprint')
    const shot = () => studio.getState().document.shots[0]
    expect(takes.getState().takes[0].fingerprint).toBe(fingerprintFor('previs', shot(), studio.getState().document.scene))
    const clip = shot().tracks[0].clips[0]
    studio.getState().replaceDocument(setClipTiming(studio.getState().document, shot().id, clip.id, 0, clip.durationS + 1))
    expect(takes.getState().takes[0].fingerprint).not.toBe(fingerprintFor('previs', shot(), studio.getState().document.scene))
  })

  it('refuses a route with no runner with one clear message and makes no take', async () => {
    const { studio, takes, service } = setup()
    expect(service.generate('kling', { size: '720p', depth: false })).toBeNull()
    expect(takes.getState().takes).toEqual([])
    expect(studio.getState().notice?.tone).toBe('error')
  })

  it('a render goes on when another project is opened: its finished take is saved to its own project', async () => {
    const { studio, takes, service, pending } = setup()
    await service.loadProject('project:1')
    const id = service.generate('previs', { size: '720p', depth: false })!
    await until(() => expect(pending).toHaveLength(1))
    await service.loadProject('project:2')
    expect(takes.getState().takes).toEqual([])
    pending[0].resolve()
    await until(async () => expect((await realDb.loadProjectTakes('project:1')).takes[0]).toMatchObject({ id, status: 'succeeded' }))
    expect(takes.getState().takes).toEqual([])
    expect(studio.getState().document.id).toBe('project:1')
  })

  it('a take deleted while it renders is canceled and stays deleted', async () => {
    const { takes, service, pending } = setup()
    await service.loadProject('project:1')
    const id = service.generate('previs', { size: '720p', depth: false })!
    await until(() => expect(pending).toHaveLength(1))
    await service.remove(id)
    await until(() => expect(service.isRunning(id)).toBe(false))
    await new Promise((r) => setTimeout(r, 30))
    expect(takes.getState().takes).toEqual([])
    expect((await realDb.loadProjectTakes('project:1')).takes).toEqual([])
  })
})

describe('chained generations (the service with a hosted runner the test drives)', () => {
  beforeEach(() => realDb.resetTakesDbForTests())

  /** A hosted Runway runner whose runs the test ends; it records the start image each run was given. */
  const hostedSetup = () => {
    const studio = createStudioStore()
    const takes = createTakesStore()
    const runs: { takeId: string; startImage: RunContext['startImage']; resolve: () => void; reject: (e: Error) => void }[] = []
    const runner: RouteRunner = {
      routeId: 'runway',
      kind: 'hosted',
      target: 'runway',
      run: (take, ctx) =>
        new Promise((resolve, reject) => {
          ctx.signal.addEventListener('abort', () => reject(new DOMException('canceled', 'AbortError')))
          runs.push({
            takeId: take.id,
            startImage: ctx.startImage,
            reject,
            resolve: () => resolve({ outcome: { video: media, depth: null, hasStartFrame: false, hasThumbnail: false, note: null }, media: { video: new Blob([`video of ${take.id}`]) } }),
          })
        }),
    }
    const service = createTakesService({ studio, takes, runners: (id) => (id === 'runway' ? runner : undefined), random: () => 0 })
    const s = studio.getState()
    for (const [i, preset] of ['pan-left', 'tilt-up', 'crane-up'].entries()) s.setClipTiming(studio.getState().addPresetClip(preset, { startS: i * 2 })!, i * 2, 2)
    studio.getState().updateShotSettings(s.selectedShotId, { durationS: 6 })
    studio.getState().setShotPrompt(s.selectedShotId, { subject: 'A lighthouse keeper on a cliff at dusk' })
    const parts = () => [...takes.getState().takes].filter((t) => t.chain).sort((a, b) => a.chain!.part - b.chain!.part)
    return { studio, takes, service, runs, parts }
  }

  it('part 1 is given the previs frame at its start, part 2 the video of part 1; the seed is the same in every part', async () => {
    const { service, runs, parts } = hostedSetup()
    await service.loadProject('project:1')
    service.generate('runway', { size: '720p', depth: false }, undefined, { chain: true })
    expect(parts().map((t) => t.seed)).toEqual([0, 0, 0])
    await until(() => expect(runs).toHaveLength(1))
    expect(runs[0].startImage).toEqual({ kind: 'previs', timeS: 0 })
    runs[0].resolve()
    await until(() => expect(runs).toHaveLength(2))
    const source = runs[1].startImage
    expect(source?.kind).toBe('last-frame')
    expect(source?.kind === 'last-frame' && (await source.video.text())).toBe(`video of ${parts()[0].id}`)
  })

  it('canceling a waiting part cancels the parts after it; the part running goes on', async () => {
    const { service, runs, parts } = hostedSetup()
    await service.loadProject('project:1')
    service.generate('runway', { size: '720p', depth: false }, undefined, { chain: true })
    await until(() => expect(runs).toHaveLength(1))
    service.cancel(parts()[1].id)
    await until(() => expect(parts().map((t) => t.status)).toEqual(['running', 'canceled', 'canceled']))
    expect(parts()[2].error).toBe('Part 2 was canceled, so part 3 was not sent.')
    runs[0].resolve()
    await until(() => expect(parts()[0].status).toBe('succeeded'))
    await new Promise((r) => setTimeout(r, 20))
    expect(runs).toHaveLength(1)
  })

  it('deleting the running part cancels the parts waiting for it', async () => {
    const { service, runs, parts } = hostedSetup()
    await service.loadProject('project:1')
    service.generate('runway', { size: '720p', depth: false }, undefined, { chain: true })
    await until(() => expect(runs).toHaveLength(1))
    await service.remove(parts()[0].id)
    await until(() => expect(parts().map((t) => [t.chain!.part, t.status])).toEqual([
      [2, 'canceled'],
      [3, 'canceled'],
    ]))
    expect(parts()[0].error).toMatch(/^Part 1 was (canceled|deleted), so part 2 was not sent\.$/)
    expect((await realDb.loadProjectTakes('project:1')).takes.map((t) => t.status)).toEqual(['canceled', 'canceled'])
  })

  it('a shot with one move is not split: the chain option makes one take', async () => {
    const studio = createStudioStore()
    const takes = createTakesStore()
    const runner: RouteRunner = { routeId: 'runway', kind: 'hosted', target: 'runway', run: () => new Promise(() => undefined) }
    const service = createTakesService({ studio, takes, runners: () => runner })
    studio.getState().addPresetClip('pan-left', { startS: 0 })
    studio.getState().setShotPrompt(studio.getState().selectedShotId, { subject: 'A lighthouse keeper' })
    expect(service.generate('runway', { size: '720p', depth: false }, undefined, { chain: true })).not.toBeNull()
    expect(takes.getState().takes.map((t) => t.chain)).toEqual([null])
  })

  it('refuses a chain on the embedded route', () => {
    const { studio, takes, service } = setup()
    expect(service.generate('previs', { size: '720p', depth: false }, undefined, { chain: true })).toBeNull()
    expect(studio.getState().notice?.text).toMatch(/only for a hosted route/)
    expect(takes.getState().takes).toEqual([])
  })
})
