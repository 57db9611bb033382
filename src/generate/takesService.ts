/**
 * The takes service: the one place that starts, retries, cancels, deletes and chooses takes, and
 * keeps the takes store, IndexedDB and the runners in step. The document store is only read (the
 * shot to generate, the open project); takes never enter its undo history.
 *
 * Saving: a take's record is saved at each change of status; its media are saved with its final
 * record in one transaction. When storage is full the take stays playable from memory until the
 * page closes (and downloads still work), and the user is told.
 */
import { presetRegistry } from '../camera-presets'
import { compileShot, hasPlaceholder, needsSubjectPrompt } from '../compilers'
import * as takesDb from '../persistence/takesDb'
import type { MediaKind } from '../persistence/takesDb'
import { serializeProject } from '../schema'
import type { StudioStore, TakesStore } from '../state'
import { selectCurrentShot } from '../state'
import { newId } from '../state/ids'
import { fingerprintFor } from '../takes/fingerprint'
import { type Take, type TakeEvent, type TakeSettings, afterReload, canRetry, isActive, isResumable, transition } from '../takes/model'
import type { Project, Shot } from '../timeline/model'
import { type RouteRunner, type RunnerResult, getRunner, isAbort } from './runners'

export type TakesDb = Pick<typeof takesDb, 'loadProjectTakes' | 'saveTake' | 'saveTakeWithMedia' | 'loadMedia' | 'deleteTakeAndMedia'>

export interface TakesServiceDeps {
  readonly studio: StudioStore
  readonly takes: TakesStore
  readonly db?: TakesDb
  readonly runners?: (routeId: string) => RouteRunner | undefined
  readonly now?: () => number
}

/** The one-shot project a take remembers: its shot and the scene, through the schema's save path. */
export const designSnapshot = (project: Project, shot: Shot): string => serializeProject({ ...project, shots: [shot] })

export const createTakesService = ({ studio, takes, db = takesDb, runners = getRunner, now = Date.now }: TakesServiceDeps) => {
  /** Media held in memory: those just made (until saved, or for the session when storage is full) and those read back. */
  const mediaCache = new Map<string, Partial<Record<MediaKind, Blob>>>()
  const inFlight = new Map<string, AbortController>()
  const notify = (text: string, tone: 'info' | 'error' = 'info') => studio.getState().notify(text, tone)

  const save = (take: Take | undefined) => {
    if (!take) return Promise.resolve()
    return db.saveTake(take).catch((e: unknown) => {
      notify(takesDb.isQuotaError(e) ? 'Storage is full: takes can no longer be saved in this browser.' : `A take could not be saved (${(e as Error).message}).`, 'error')
    })
  }

  /** Loads the takes of a project; anything that was in flight in a closed page comes back interrupted. */
  const loadProject = async (projectId: string) => {
    let loaded: takesDb.LoadedTakes
    try {
      loaded = await db.loadProjectTakes(projectId)
    } catch {
      takes.getState().setProjectTakes(projectId, [])
      notify('Takes are unavailable in this browser (IndexedDB is blocked).', 'error')
      return
    }
    // takes of this project still in flight in this page (a project re-opened mid-render) keep running, saved or not yet
    const mine = takes.getState().takes.filter((t) => t.projectId === projectId && inFlight.has(t.id))
    const restored = loaded.takes.map((t) => mine.find((m) => m.id === t.id) ?? afterReload(t))
    const unsavedYet = mine.filter((m) => !loaded.takes.some((t) => t.id === m.id))
    takes.getState().setProjectTakes(projectId, [...unsavedYet, ...restored].sort((a, b) => b.createdAt - a.createdAt))
    await Promise.all(restored.filter((t, i) => t !== loaded.takes[i] && !inFlight.has(t.id)).map(save))
    // hosted generations the server accepted go on there: poll them again
    for (const t of restored) if (isResumable(t) && !inFlight.has(t.id)) void run(t)
    if (loaded.problems.length) notify(`${loaded.problems.length} saved take(s) could not be read and were skipped (${loaded.problems[0]}).`, 'error')
  }

  /** Takes deleted in this page: nothing more is saved for them (unless Undo brings one back). */
  const removed = new Set<string>()

  const run = async (take: Take) => {
    const runner = runners(take.route)
    // the take as it stands: in the store while its project is open, here while another project is (the render goes on)
    let latest = take
    const step = (event: TakeEvent): Take | undefined => {
      if (removed.has(take.id)) return undefined
      latest = takes.getState().apply(take.id, event) ?? transition(latest, event)
      return latest
    }
    if (!runner) {
      await save(step({ type: 'fail', at: now(), error: `The route '${take.route}' cannot generate yet.` }))
      return
    }
    const controller = new AbortController()
    inFlight.set(take.id, controller)
    // a resumed hosted take is already running: 'start' leaves it as it is
    await save(step({ type: 'start', at: now() }))
    const finish = () => {
      inFlight.delete(take.id)
      takes.getState().setProgress(take.id, null)
    }
    let result: RunnerResult
    try {
      result = await runner.run(latest, {
        signal: controller.signal,
        onProgress: (p) => takes.getState().setProgress(take.id, p),
        onSubmitted: (remote) => void save(step({ type: 'submitted', remote })),
      })
      controller.signal.throwIfAborted()
    } catch (e) {
      finish()
      if (isAbort(e) || controller.signal.aborted) await save(step({ type: 'cancel', at: now() }))
      else await save(step({ type: 'fail', at: now(), error: (e as Error).message || 'The render failed.' }))
      return
    }
    finish()
    mediaCache.set(take.id, result.media)
    const done = step({ type: 'succeed', at: now(), outcome: result.outcome })
    if (!done) return // deleted while finishing
    try {
      await db.saveTakeWithMedia(done, result.media)
    } catch (e) {
      takes.getState().markUnsaved(take.id)
      notify(
        takesDb.isQuotaError(e)
          ? 'Storage is full: this take is kept only until the page closes. Download it to keep it.'
          : `This take could not be saved (${(e as Error).message}); download it to keep it.`,
        'error',
      )
    }
  }

  return {
    loadProject,

    /** Starts a generation of the selected shot on a route. Returns the new take's id, or null (with a message) when it cannot. */
    generate(routeId: string, settings: TakeSettings, target?: string): string | null {
      const s = studio.getState()
      const project = s.document
      const shot = selectCurrentShot(s)
      const runner = runners(routeId)
      if (!runner) {
        notify(`The route '${routeId}' cannot generate from the studio yet.`, 'error')
        return null
      }
      const targetId = target ?? runner.target
      const compiled = compileShot(targetId, project, project.shots.indexOf(shot), presetRegistry)
      if (!compiled.ok) {
        notify(`${shot.name} cannot be sent to ${routeId}: ${compiled.error.message}`, 'error')
        return null
      }
      // hosted routes get the request body; nothing is sent with the placeholder in place of what the shot is of
      const payload = runner.kind === 'hosted' && compiled.payload !== undefined ? JSON.stringify(compiled.payload) : compiled.text
      if (runner.kind === 'hosted' && (needsSubjectPrompt(shot) || hasPlaceholder(payload))) {
        notify(`Say what ${shot.name} is of before sending it to ${routeId}: fill in "What the shot is of" in the Inspector.`, 'error')
        return null
      }
      const take = takes.getState().add(
        {
          id: newId('take'),
          projectId: project.id,
          shotId: shot.id,
          shotName: shot.name,
          route: routeId,
          target: targetId,
          payload,
          fingerprint: fingerprintFor(routeId, shot, project.scene),
          design: designSnapshot(project, shot),
          settings,
        },
        now(),
      )
      void save(take).then(() => run(take))
      return take.id
    },

    /** Starts a failed, canceled or interrupted take again, from the design it was made from. */
    retry(takeId: string) {
      const take = takes.getState().takes.find((t) => t.id === takeId)
      if (!take || !canRetry(take.status)) return
      const queued = takes.getState().apply(takeId, { type: 'retry' })
      if (queued) void save(queued).then(() => run(queued))
    },

    cancel(takeId: string) {
      const controller = inFlight.get(takeId)
      if (controller) controller.abort()
      else {
        const take = takes.getState().takes.find((t) => t.id === takeId)
        if (take && isActive(take.status)) void save(takes.getState().apply(takeId, { type: 'cancel', at: now() }))
      }
    },

    /** Deletes a take and its media; `undoDelete` puts both back. A take in flight is canceled first. */
    async remove(takeId: string) {
      inFlight.get(takeId)?.abort()
      const media = { ...(await this.mediaOf(takeId)) }
      mediaCache.set(takeId, media) // kept for Undo
      const take = takes.getState().remove(takeId)
      if (!take) return
      removed.add(takeId)
      await db.deleteTakeAndMedia(takeId).catch(() => undefined)
      notify(`Deleted a take of ${take.shotName}.`)
    },

    async undoDelete() {
      const take = takes.getState().undoRemove()
      if (!take) return
      removed.delete(take.id)
      const media = mediaCache.get(take.id) ?? {}
      await db.saveTakeWithMedia(take, media).catch(() => takes.getState().markUnsaved(take.id))
      notify(`Restored the take of ${take.shotName}.`)
    },

    choose(takeId: string, chosen: boolean) {
      const before = takes.getState().takes
      takes.getState().choose(takeId, chosen)
      const after = takes.getState().takes
      void Promise.all(after.filter((t, i) => t !== before[i]).map(save))
    },

    /** A take's media blob: from memory, else from IndexedDB (then kept in memory). */
    async media(takeId: string, kind: MediaKind): Promise<Blob | undefined> {
      const cached = mediaCache.get(takeId)?.[kind]
      if (cached) return cached
      const blob = await db.loadMedia(takeId, kind).catch(() => undefined)
      if (blob) mediaCache.set(takeId, { ...mediaCache.get(takeId), [kind]: blob })
      return blob
    },

    async mediaOf(takeId: string): Promise<Partial<Record<MediaKind, Blob>>> {
      const out: Partial<Record<MediaKind, Blob>> = {}
      for (const kind of takesDb.MEDIA_KINDS) {
        const blob = await this.media(takeId, kind)
        if (blob) out[kind] = blob
      }
      return out
    },

    isRunning: (takeId: string) => inFlight.has(takeId),
  }
}

export type TakesService = ReturnType<typeof createTakesService>
