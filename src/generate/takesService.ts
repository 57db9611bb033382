/**
 * The takes service: the one place that starts, retries, cancels, deletes and chooses takes, and
 * keeps the takes store, IndexedDB and the runners in step. The document store is only read (the
 * shot to generate, the open project); takes never enter its undo history.
 *
 * Saving: a take's record is saved at each change of status; its media are saved with its final
 * record in one transaction. When storage is full the take stays playable from memory until the
 * page closes (and downloads still work), and the user is told.
 *
 * Seeds: a hosted take on a target that takes a seed keeps the payload's seed, or gets a random one
 * written into its payload, so Retry and Make again send the same seed (takes/seed.ts).
 *
 * Chains: `generate(…, { chain: true })` cuts the shot with the compiler's `compileChain` into one
 * take per part. Part 1 runs at once; each later part waits for the part before to succeed and
 * starts from the last frame of its video; a part that stops cancels the parts after it, and Retry
 * of a part resumes the chain from there (takes/chain.ts decides the next step).
 */
import { registryFor } from '../camera-presets/custom'
import { applyRouteModel, routeModel, startImagePlan } from '../route-catalog'
import { compileChain, compileShot, hasPlaceholder, needsSubjectPrompt } from '../compilers'
import * as takesDb from '../persistence/takesDb'
import type { MediaKind } from '../persistence/takesDb'
import { serializeProject } from '../schema'
import type { StudioStore, TakesStore } from '../state'
import { selectCurrentShot } from '../state'
import { newId } from '../state/ids'
import { fingerprintFor } from '../takes/fingerprint'
import { expandShot } from '../timeline/composite'
import { chainParts, nextChainStep } from '../takes/chain'
import { type NewTake, type Take, type TakeChain, type TakeEvent, type TakeSettings, afterReload, canRetry, isActive, isResumable, transition } from '../takes/model'
import { type SeedSpec, ensureSeed, randomSeed } from '../takes/seed'
import type { Project, Shot } from '../timeline/model'
import { type StartImageUse, startImageUseFromServer } from './hostedRunner'
import { type RouteRunner, type RunnerResult, type StartImageSource, getRunner, isAbort } from './runners'

export type TakesDb = Pick<typeof takesDb, 'loadProjectTakes' | 'saveTake' | 'saveTakeWithMedia' | 'loadMedia' | 'deleteTakeAndMedia'>

export interface TakesServiceDeps {
  readonly studio: StudioStore
  readonly takes: TakesStore
  readonly db?: TakesDb
  readonly runners?: (routeId: string) => RouteRunner | undefined
  readonly now?: () => number
  /** Random numbers in [0, 1) for seeds (Math.random by default). */
  readonly random?: () => number
  /** What a route does with a start image (default: as GET /api/routes last said, else hostedRunner's START_IMAGE_ROUTES). */
  readonly startImageUse?: (routeId: string) => StartImageUse
}

/** Options of `generate`. */
export interface GenerateOptions {
  /** Split the shot into its chained generations (the compiler's planChain), one take per part. */
  readonly chain?: boolean
  /** One of the route's models (route-catalog); absent: the one the compiler emits. */
  readonly model?: string
}

/** What the service tells its listeners: a project's takes were loaded, a take has just succeeded (its media are saved or kept in memory). */
export type TakesServiceEvent = { readonly type: 'loaded'; readonly projectId: string; readonly takes: readonly Take[] } | { readonly type: 'succeeded'; readonly take: Take }

/** What `run` is given besides the take: the start image, decided when the run begins (a part of a chain). */
interface RunOptions {
  readonly startImage?: () => Promise<StartImageSource | undefined>
}

/** The one-shot project a take remembers: its shot and the scene, through the schema's save path. */
export const designSnapshot = (project: Project, shot: Shot): string => serializeProject({ ...project, shots: [shot] })

export const createTakesService = ({ studio, takes, db = takesDb, runners = getRunner, now = Date.now, random = Math.random, startImageUse = startImageUseFromServer }: TakesServiceDeps) => {
  /** Media held in memory: those just made (until saved, or for the session when storage is full) and those read back. */
  const mediaCache = new Map<string, Partial<Record<MediaKind, Blob>>>()
  const inFlight = new Map<string, AbortController>()
  const notify = (text: string, tone: 'info' | 'error' = 'info') => studio.getState().notify(text, tone)
  const listeners = new Set<(event: TakesServiceEvent) => void>()
  const emit = (event: TakesServiceEvent) => {
    for (const listener of listeners) listener(event)
  }

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
    emit({ type: 'loaded', projectId, takes: takes.getState().takes })
    await Promise.all(restored.filter((t, i) => t !== loaded.takes[i] && !inFlight.has(t.id)).map(save))
    // hosted generations the server accepted go on there: poll them again
    for (const t of restored) if (isResumable(t) && !inFlight.has(t.id)) void run(t)
    // chains: parts whose part before is done start, waiting parts wait, parts after a stopped one are canceled
    const chains = new Set(restored.filter((t) => t.chain && t.status !== 'succeeded').map((t) => t.chain!.id))
    await Promise.all([...chains].map((id) => advanceChain(id, projectId)))
    if (loaded.problems.length) notify(`${loaded.problems.length} saved take(s) could not be read and were skipped (${loaded.problems[0]}).`, 'error')
  }

  /** Takes deleted in this page: nothing more is saved for them (unless Undo brings one back). */
  const removed = new Set<string>()

  const run = async (take: Take, options: RunOptions = {}) => {
    await runOnce(take, options)
    if (take.chain && !removed.has(take.id)) await advanceChain(take.chain.id, take.projectId)
  }

  const runOnce = async (take: Take, options: RunOptions) => {
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
      const startImage = latest.remote ? undefined : await options.startImage?.()
      controller.signal.throwIfAborted()
      result = await runner.run(latest, {
        signal: controller.signal,
        onProgress: (p) => takes.getState().setProgress(take.id, p),
        onSubmitted: (remote) => void save(step({ type: 'submitted', remote })),
        ...(startImage ? { startImage } : {}),
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
    emit({ type: 'succeeded', take: done })
  }

  /** Applies an event to a take in the store, or (its project not open) to the take as given. */
  const applyTo = (take: Take, event: TakeEvent): Take | undefined => {
    if (removed.has(take.id)) return undefined
    return takes.getState().apply(take.id, event) ?? transition(take, event)
  }

  /** A take's media blob: from memory, else from IndexedDB (then kept in memory). */
  const media = async (takeId: string, kind: MediaKind): Promise<Blob | undefined> => {
    const cached = mediaCache.get(takeId)?.[kind]
    if (cached) return cached
    const blob = await db.loadMedia(takeId, kind).catch(() => undefined)
    if (blob) mediaCache.set(takeId, { ...mediaCache.get(takeId), [kind]: blob })
    return blob
  }

  /** The video a later part of a chain starts from (the last frame of the part before). */
  const videoOfPart = async (before: Take): Promise<Blob> => {
    const video = await media(before.id, 'video')
    const part = before.chain?.part ?? 1
    if (!video) throw new Error(`The video of part ${part} is not in this browser any more, so part ${part + 1} cannot start from its last frame.`)
    return video
  }

  /**
   * Moves a chain on (takes/chain.ts decides): starts the part whose part before is done, marks the
   * parts that wait, cancels the parts after one that stopped. Reads the chain from the store while
   * its project is open, else from IndexedDB.
   */
  const advanceChain = async (chainId: string, projectId: string): Promise<void> => {
    let parts: Take[]
    if (takes.getState().projectId === projectId) parts = chainParts(takes.getState().takes, chainId)
    else {
      const loaded = await db.loadProjectTakes(projectId).catch(() => null)
      if (!loaded) return
      parts = chainParts(loaded.takes.filter((t) => !removed.has(t.id)), chainId)
    }
    const next = nextChainStep(parts, (id) => inFlight.has(id))
    if (next.start && !inFlight.has(next.start.take.id)) {
      const { take, after } = next.start
      const startS = take.chain?.startS ?? 0
      void run(take, { startImage: async () => (after ? { kind: 'last-frame', video: await videoOfPart(after) } : { kind: 'previs', timeS: startS }) })
    }
    for (const { take, forPart } of next.waiting) takes.getState().setProgress(take.id, { fraction: 0, phase: `Waiting for part ${forPart}` })
    await Promise.all(next.cancel.map(({ take, reason }) => save(applyTo(take, { type: 'cancel', at: now(), reason }))))
  }

  /** The request body a take sends, and its seed: hosted routes get the compiled payload with its seed kept or drawn (`draw`). */
  const payloadOf = (hosted: boolean, targetId: string, compiled: { text: string; payload?: unknown }, draw: (spec: SeedSpec) => number): { payload: string; seed: number | null } => {
    if (!hosted || compiled.payload === undefined) return { payload: compiled.text, seed: null }
    const seeded = ensureSeed(targetId, compiled.payload, draw)
    return { payload: JSON.stringify(seeded.payload), seed: seeded.seed }
  }

  /**
   * The compile result rewritten for the chosen model of a hosted route (route-catalog), and whether
   * the take goes with the shot's start frame; a message (and null) when the model or the server
   * cannot take this shot.
   */
  const forModel = <C extends { text: string; payload?: unknown }>(routeId: string, hosted: boolean, compiled: C, shotName: string, modelId: string | undefined): { compiled: C; model?: string; startImage?: boolean } | null => {
    if (!hosted) return { compiled }
    const applied = compiled.payload === undefined ? null : applyRouteModel(routeId, modelId, compiled.payload)
    if (applied && !applied.ok) {
      notify(`${shotName} cannot be sent to ${routeId}: ${applied.reason}`, 'error')
      return null
    }
    const model = applied?.model ?? routeModel(routeId, modelId)
    const plan = startImagePlan(routeId, model, startImageUse(routeId))
    if ('refuse' in plan) {
      notify(plan.refuse, 'error')
      return null
    }
    return { compiled: applied ? { ...compiled, payload: applied.payload } : compiled, ...(model ? { model: model.id } : {}), startImage: plan.send }
  }

  /** The seed drawn once for a take, or for every part of a chain. */
  const seedDraw = () => {
    let drawn: number | undefined
    return (spec: SeedSpec) => (drawn ??= randomSeed(spec, random))
  }

  /**
   * The takes of a chained generation of the selected shot: one per part of compileChain, part 1
   * run at once, the others waiting. Returns part 1's id, null (with a message) when it cannot, or
   * undefined when the shot does not split (it is then made as one take).
   */
  const generateChain = (routeId: string, runner: RouteRunner, settings: TakeSettings, targetId: string, modelId: string | undefined): string | null | undefined => {
    const s = studio.getState()
    const project = s.document
    const shot = selectCurrentShot(s)
    if (runner.kind !== 'hosted') {
      notify(`${shot.name} is split into chained generations only for a hosted route: ${routeId} makes the whole shot at once.`, 'error')
      return null
    }
    const use = startImageUse(routeId)
    const chosen = routeModel(routeId, modelId)
    if (chosen?.startImage === 'none') {
      notify(`${chosen.label} does not begin from a start image, so ${shot.name} cannot be sent as chained generations (each part starts from the last frame of the part before): choose a model that does.`, 'error')
      return null
    }
    if (use !== 'accepted') {
      notify(
        use === 'needs-public-url'
          ? `${routeId} takes a start image only at a public address of this server, so ${shot.name} cannot be sent as chained generations until FRAMEWRIGHT_PUBLIC_URL is set there.`
          : `${routeId} does not begin from a start image, so ${shot.name} cannot be sent as chained generations (each part starts from the last frame of the part before).`,
        'error',
      )
      return null
    }
    const parts = compileChain(targetId, project, project.shots.indexOf(shot), registryFor(project))
    if (parts.length < 2) return undefined
    const draw = seedDraw()
    let modelOf: string | undefined
    const prepared: { payload: string; seed: number | null }[] = []
    for (const [i, part] of parts.entries()) {
      if (!part.result.ok) {
        notify(`Part ${i + 1} of ${shot.name} cannot be sent to ${routeId}: ${part.result.error.message}`, 'error')
        return null
      }
      const ready = forModel(routeId, true, part.result, shot.name, modelId)
      if (!ready) return null
      modelOf = ready.model
      prepared.push(payloadOf(true, targetId, ready.compiled, draw))
    }
    if (needsSubjectPrompt(shot) || prepared.some((p) => hasPlaceholder(p.payload))) {
      notify(`Say what ${shot.name} is of before sending it to ${routeId}: fill in "What the shot is of" in the Inspector.`, 'error')
      return null
    }
    const chainId = newId('chain')
    const common = {
      projectId: project.id,
      shotId: shot.id,
      shotName: shot.name,
      route: routeId,
      target: targetId,
      fingerprint: fingerprintFor(routeId, expandShot(shot, registryFor(project)), project.scene),
      design: designSnapshot(project, shot),
      settings: { ...settings, ...(modelOf ? { model: modelOf } : {}), startImage: true },
    }
    // the last part first, so the list (newest first) reads part 1, 2, 3 from the top
    const created: Take[] = []
    for (let i = parts.length - 1; i >= 0; i--) {
      const chain: TakeChain = { id: chainId, part: i + 1, parts: parts.length, startS: parts[i].startS, durationS: parts[i].durationS }
      created.unshift(takes.getState().add({ id: newId('take'), ...common, ...prepared[i], chain }, now()))
    }
    for (const t of created.slice(1)) takes.getState().setProgress(t.id, { fraction: 0, phase: `Waiting for part ${t.chain!.part - 1}` })
    void Promise.all(created.map(save)).then(() => advanceChain(chainId, project.id))
    return created[0].id
  }

  return {
    loadProject,

    /**
     * Starts a generation of the selected shot on a route. Returns the new take's id (part 1's for a
     * chain), or null (with a message) when it cannot. `options.chain`: split the shot into its
     * chained generations (hosted routes that begin from a start image).
     */
    generate(routeId: string, settings: TakeSettings, target?: string, options: GenerateOptions = {}): string | null {
      const s = studio.getState()
      const project = s.document
      const shot = selectCurrentShot(s)
      const runner = runners(routeId)
      if (!runner) {
        notify(`The route '${routeId}' cannot generate from the studio yet.`, 'error')
        return null
      }
      const targetId = target ?? runner.target
      if (options.chain) {
        const chained = generateChain(routeId, runner, settings, targetId, options.model)
        if (chained !== undefined) return chained
      }
      const compiled = compileShot(targetId, project, project.shots.indexOf(shot), registryFor(project))
      if (!compiled.ok) {
        notify(`${shot.name} cannot be sent to ${routeId}: ${compiled.error.message}`, 'error')
        return null
      }
      // hosted routes get the request body for the chosen model (with its seed, where the target takes one); nothing is sent with the placeholder in place of what the shot is of
      const ready = forModel(routeId, runner.kind === 'hosted', compiled, shot.name, options.model)
      if (!ready) return null
      const { payload, seed } = payloadOf(runner.kind === 'hosted', targetId, ready.compiled, seedDraw())
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
          fingerprint: fingerprintFor(routeId, expandShot(shot, registryFor(project)), project.scene),
          design: designSnapshot(project, shot),
          settings: runner.kind === 'hosted' ? { ...settings, ...(ready.model ? { model: ready.model } : {}), startImage: ready.startImage } : settings,
          seed,
        },
        now(),
      )
      void save(take).then(() => run(take))
      return take.id
    },

    /**
     * Starts a failed, canceled or interrupted take again, from the design it was made from, with the
     * same payload (and seed). A part of a chain resumes the chain from there: it and the stopped parts
     * after it are queued again (from the first part not yet done, where that is earlier).
     */
    retry(takeId: string) {
      const take = takes.getState().takes.find((t) => t.id === takeId)
      if (!take || !canRetry(take.status)) return
      if (!take.chain) {
        const queued = takes.getState().apply(takeId, { type: 'retry' })
        if (queued) void save(queued).then(() => run(queued))
        return
      }
      const chain = take.chain
      const parts = chainParts(takes.getState().takes, chain.id)
      const from = Math.min(chain.part, parts.find((t) => t.status !== 'succeeded')?.chain?.part ?? chain.part)
      const again = parts
        .filter((t) => t.chain!.part >= from && canRetry(t.status) && !inFlight.has(t.id))
        .map((t) => takes.getState().apply(t.id, { type: 'retry' }))
      void Promise.all(again.map(save)).then(() => advanceChain(chain.id, take.projectId))
    },

    /**
     * Makes a finished take again as a new take: the same design, route, target and payload (so the
     * same seed), sent with a new idempotency key. Returns the new take's id, or null (with a message).
     * A part of a chain is not made again on its own: it starts from the part before it.
     * `options.payload`: send this request body instead (e.g. with more strength; the same seed).
     */
    makeAgain(takeId: string, options: { readonly payload?: string } = {}): string | null {
      const old = takes.getState().takes.find((t) => t.id === takeId)
      if (!old) return null
      if (isActive(old.status)) {
        notify('This take is still being made: make it again once it has finished.', 'error')
        return null
      }
      if (old.chain) {
        notify(`Part ${old.chain.part} of a chained generation starts from the part before it, so it is not made again on its own: generate ${old.shotName} as chained generations again.`, 'error')
        return null
      }
      if (!runners(old.route)) {
        notify(`The route '${old.route}' cannot generate from the studio yet.`, 'error')
        return null
      }
      const again: NewTake = {
        id: newId('take'),
        projectId: old.projectId,
        shotId: old.shotId,
        shotName: old.shotName,
        route: old.route,
        target: old.target,
        payload: options.payload ?? old.payload,
        fingerprint: old.fingerprint,
        design: old.design,
        settings: old.settings,
        seed: old.seed,
        chain: null,
      }
      const take = takes.getState().add(again, now())
      void save(take).then(() => run(take))
      return take.id
    },

    cancel(takeId: string) {
      const controller = inFlight.get(takeId)
      if (controller) controller.abort()
      else {
        const take = takes.getState().takes.find((t) => t.id === takeId)
        if (!take || !isActive(take.status)) return
        const canceled = takes.getState().apply(takeId, { type: 'cancel', at: now() })
        void save(canceled).then(() => (take.chain ? advanceChain(take.chain.id, take.projectId) : undefined))
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
      // the parts of its chain that waited for it are not sent
      if (take.chain) await advanceChain(take.chain.id, take.projectId)
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
    media,

    async mediaOf(takeId: string): Promise<Partial<Record<MediaKind, Blob>>> {
      const out: Partial<Record<MediaKind, Blob>> = {}
      for (const kind of takesDb.MEDIA_KINDS) {
        const blob = await this.media(takeId, kind)
        if (blob) out[kind] = blob
      }
      return out
    },

    isRunning: (takeId: string) => inFlight.has(takeId),

    /** Listens to takes loaded and takes that succeed; returns the unsubscribe. */
    subscribe(listener: (event: TakesServiceEvent) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type TakesService = ReturnType<typeof createTakesService>
