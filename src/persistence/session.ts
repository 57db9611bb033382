/**
 * The project session: which library project this tab has open, saving it, and everything the
 * project list does (new, open, rename, duplicate, delete with undo, import). It glues the library
 * (IndexedDB), the autosave scheduler, the two-tab protocol, the studio store and the library's
 * session store; each of those comes in as a dependency, so tests run it against fake-indexeddb,
 * stubs and two in-process "tabs".
 *
 * Rules:
 * - Only the tab that owns a project saves it; a tab that opens a project another tab has is told
 *   (`conflict`) and saves nothing until it takes over or opens a copy; a tab whose project is taken
 *   over (or deleted) elsewhere goes `read-only`.
 * - Opening replaces the document through the store's `openProject` (empty undo history); the takes
 *   service follows the document's id.
 * - Storage blocked: the work stays in memory (`memory-only`), Export still works. A failed save
 *   (storage full) is said once, the work stays in memory, and the next change tries again.
 * - A project from outside gets a fresh id when its own is taken (takes are kept per project id).
 */
import { type LoadResult, loadProject } from '../schema'
import { storeFileAssets } from './assetStore'
import type { StudioStore } from '../state'
import { newId } from '../state/ids'
import { type LibraryStore, libraryStore } from '../state/libraryStore'
import { rememberLibraryInUse } from '../state/startProject'
import { createProject } from '../timeline/defaults'
import type { Project } from '../timeline/model'
import { type Autosave, type PageEvents, committedDocument, startAutosave } from './autosave'
import { type LegacyEntry, migrateLegacyAutosave, readLegacyAutosave } from './legacyAutosave'
import { type Library, type RemovedProject, openLibrary, summaryOf } from './library'
import { type RescueStore, applyRescues, clearRescue, writeRescue } from './rescue'
import { type TabCoordinator, type TabEvents, createTabCoordinator } from './tabs'

/** Where a project comes from, for messages. */
export type ProjectSource = 'file' | 'drop' | 'link' | 'cli'

const SOURCE_LABEL: Readonly<Record<ProjectSource, string>> = { file: 'the file', drop: 'the dropped file', link: 'the link', cli: 'the command line' }

/** The key in sessionStorage that remembers this tab's project across reloads. */
export const TAB_PROJECT_KEY = 'framewright.openProject'

export interface SessionDeps {
  readonly store: StudioStore
  readonly state?: LibraryStore
  readonly openLibrary?: () => Promise<Library>
  readonly readLegacy?: () => Promise<LegacyEntry | undefined>
  readonly tabs?: (events: TabEvents) => TabCoordinator
  /** pagehide / pageshow (default: window). */
  readonly page?: PageEvents | null
  /** Remembers this tab's project across reloads (default: sessionStorage). */
  readonly tabMemory?: Pick<Storage, 'getItem' | 'setItem'> | null
  /** Where unsaved changes go on pagehide, synchronously (default: localStorage; see rescue.ts). */
  readonly rescue?: RescueStore | null
  readonly autosave?: { readonly debounceMs?: number; readonly maxWaitMs?: number }
  /** Where the hint that this browser has a library goes, so later starts' first frame waits for its project (default: localStorage; see state/startProject.ts). */
  readonly libraryHint?: Pick<Storage, 'getItem' | 'setItem'> | null
  /** Deletes a deleted project's takes once its Undo is gone (default: the takes database). */
  readonly purgeTakes?: (projectId: string) => Promise<void>
}

export interface ProjectSession {
  /** Resolves when the start-up project is open (or the library turned out to be unavailable). */
  readonly ready: Promise<void>
  /** Null when storage is unavailable (memory-only). */
  readonly library: Library | null
  readonly currentId: string
  refresh(): Promise<void>
  newProject(): Promise<void>
  open(id: string): Promise<void>
  duplicate(id: string): Promise<void>
  rename(id: string, name: string): Promise<void>
  remove(id: string): Promise<void>
  undoRemove(): Promise<void>
  /** The Undo of the last delete is gone: its takes are deleted too. */
  forgetRemoved(): Promise<void>
  /** A project from outside (file, link, CLI output) becomes a new library project and opens. */
  importProject(project: Project, source: ProjectSource, name?: string): Promise<boolean>
  /** The same from a project file's text, through the one load path; a bad file changes nothing and says why. */
  importText(text: string, source: ProjectSource, name?: string): Promise<boolean>
  /** This tab takes the open project over from the tab that has it. */
  takeOver(): Promise<void>
  /** Opens a copy of the open project (a new id) instead of taking it over. */
  openCopy(): Promise<void>
  flush(): Promise<void>
  stop(): void
}

const isQuotaError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'].includes((e as { name?: string }).name ?? '')

const errorText = (e: unknown): string => (e instanceof Error || e instanceof DOMException ? e.message : String(e))

export const MEMORY_ONLY_MESSAGE =
  'Projects cannot be saved in this browser (storage is blocked, or this is a private window). Your work stays in this tab: use Export project to keep it.'

export const saveFailedMessage = (e: unknown): string =>
  isQuotaError(e)
    ? 'Storage is full: your latest changes are only in this tab. Export the project to keep them, or delete projects you no longer need.'
    : `Saving failed (${errorText(e)}): your latest changes are only in this tab. Export the project to keep them.`

const defaultPurgeTakes = async (projectId: string) => (await import('./takesDb')).deleteProjectTakes(projectId)

export const createProjectSession = (deps: SessionDeps): ProjectSession => {
  const { store } = deps
  const state = deps.state ?? libraryStore
  const page = deps.page === undefined ? (typeof window === 'undefined' ? null : window) : deps.page
  const tabMemory = deps.tabMemory === undefined ? (typeof sessionStorage === 'undefined' ? null : sessionStorage) : deps.tabMemory
  const purgeTakes = deps.purgeTakes ?? defaultPurgeTakes
  const rescue = deps.rescue === undefined ? (typeof localStorage === 'undefined' ? null : localStorage) : deps.rescue
  const notify = (text: string, tone: 'info' | 'error' = 'info') => store.getState().notify(text, tone)

  let library: Library | null = null
  let currentId = store.getState().document.id
  let removed: { readonly removed: RemovedProject; readonly wasOpen: boolean } | null = null
  let refreshTimer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  let failing = false

  const role = () => state.getState().tab.role

  // one change of the open project at a time (clicks on the list can come faster than IndexedDB)
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn)
    queue = next.catch(() => undefined)
    return next
  }

  const autosave: Autosave = startAutosave(store, {
    ...deps.autosave,
    page,
    save: async (project) => {
      if (!library || project.id !== currentId || role() !== 'owner') return
      await library.save(project)
      clearRescue(rescue, project.id)
      tabs.announceChange()
      if (state.getState().drawerOpen) scheduleRefresh()
    },
    onEvent: (e) => {
      if (e.type === 'saving') {
        // while saves fail, the status keeps the reason rather than flickering to "Saving…"
        if (!failing) state.getState().setSave({ state: 'saving' })
      } else if (e.type === 'saved') {
        failing = false
        state.getState().setSave({ state: 'saved', at: e.at })
      } else {
        // said once per run of failures; the status bar keeps saying it
        if (!failing) notify(saveFailedMessage(e.error), 'error')
        failing = true
        state.getState().setSave({ state: 'error', message: saveFailedMessage(e.error) })
      }
    },
  })
  autosave.setEnabled(false)

  const tabEvents: TabEvents = {
    async onLost(projectId, reason, saveFirst) {
      if (projectId !== currentId) return
      if (saveFirst) await autosave.flush() // what this tab changed goes to the new owner
      autosave.setEnabled(false)
      state.getState().setTab('read-only', reason)
      state.getState().setSave({ state: 'paused', message: reason === 'deleted' ? 'Deleted in another tab: not saved' : 'Open in another tab: not saved here' })
    },
    onLibraryChanged: () => {
      if (state.getState().drawerOpen) scheduleRefresh()
    },
    onPresenceChanged: () => {
      if (state.getState().drawerOpen) scheduleRefresh()
    },
  }
  const tabs: TabCoordinator = (deps.tabs ?? ((events) => createTabCoordinator(events)))(tabEvents)

  const scheduleRefresh = () => {
    if (refreshTimer) clearTimeout(refreshTimer)
    refreshTimer = setTimeout(() => void refresh(), 250)
  }

  const refresh = async (): Promise<void> => {
    if (refreshTimer) clearTimeout(refreshTimer)
    refreshTimer = null
    if (stopped) return
    if (!library) {
      state.getState().setProjects([summaryOf(store.getState().document, Date.now())], [])
      return
    }
    const listing = await library.list()
    state.getState().setProjects(listing.projects, listing.problems)
    state.getState().setElsewhere(await tabs.othersOpen())
  }

  /** Shows a project (already loaded) and claims it; saving starts when this tab owns it. */
  const show = async (project: Project): Promise<void> => {
    autosave.setEnabled(false)
    currentId = project.id
    if (store.getState().document !== project) store.getState().openProject(project)
    autosave.reset(project)
    tabMemory?.setItem(TAB_PROJECT_KEY, project.id)
    state.getState().setTab('checking')
    const who = await tabs.claim(project.id)
    if (currentId !== project.id || stopped) return // another project was opened meanwhile
    if (who === 'owner') {
      state.getState().setTab('owner')
      if (state.getState().save.state !== 'error') state.getState().setSave({ state: 'saved', at: Date.now() })
      autosave.setEnabled(true)
    } else {
      state.getState().setTab('conflict')
      state.getState().setSave({ state: 'paused', message: 'Open in another tab: not saved here' })
    }
  }

  /** Saves what this tab has of the open project before another one opens. */
  const leave = async () => {
    if (role() === 'owner') await autosave.flush()
    autosave.setEnabled(false)
  }

  const readOk = async (id: string): Promise<LoadResult | null> => {
    const result = await library!.read(id)
    if (result && !result.ok) notify(`That project could not be opened (${result.error.message}).${result.error.code === 'too-new' ? '' : ' It was kept aside.'}`, 'error')
    return result
  }

  const untitledName = async (): Promise<string> => {
    const listed = library ? (await library.list()).projects : (state.getState().projects ?? [])
    const taken = new Set(listed.map((p) => p.name))
    if (!taken.has('Untitled project')) return 'Untitled project'
    let n = 2
    while (taken.has(`Untitled project ${n}`)) n++
    return `Untitled project ${n}`
  }

  const openFreshProject = async () => {
    const project = await library!.add(createProject(newId('project'), await untitledName()))
    await show(project)
  }

  /** The most recent project that can be read, else a new one. */
  const openMostRecent = async (preferred: (string | null | undefined)[], rescued = false) => {
    let listing = await library!.list()
    // the last second of a tab that closed while its save was on the way (rescue.ts)
    if (rescued && (await applyRescues(rescue, library!, listing)).length > 0) listing = await library!.list()
    state.getState().setProjects(listing.projects, listing.problems)
    if (listing.problems.length > 0)
      notify(listing.problems.length === 1 ? listing.problems[0] : `${listing.problems.length} projects could not be read; they were kept aside (${listing.problems[0]})`, 'error')
    // the user started working on the fresh project before the library was ready: that work stays open, as a project of its own
    if (editedBeforeReady() && listing.projects.length > 0) {
      let kept = await library!.add(store.getState().document)
      if (kept.id !== store.getState().document.id) store.getState().openProject(kept) // its id was taken (never in practice): no undo into another id
      // edits made meanwhile are newer than what was stored
      for (let now = store.getState().document; now !== kept && now.id === kept.id; now = store.getState().document) {
        await library!.save(now)
        kept = now
      }
      await show(kept)
      notify(`Kept what you started (“${kept.name}”) as a new project; your other projects are in the project list (Ctrl+O).`)
      return
    }
    const ids = [...new Set([...preferred, ...listing.projects.map((p) => p.id)])].filter((id): id is string => !!id)
    for (const id of ids) {
      const result = await library!.read(id)
      if (result?.ok) return show(result.project)
    }
    // an empty library: the studio's fresh project becomes its first
    const fresh = store.getState().document
    let stored = await library!.add(fresh)
    // edits made while the library was starting are newer than what was just stored: keep them, never replace them
    for (let now = store.getState().document; now !== stored && now.id === stored.id; now = store.getState().document) {
      await library!.save(now)
      stored = now
    }
    await show(stored)
  }

  /** The document the studio started with, before the library opened anything. */
  const initialDocument = store.getState().document
  /** True when the start-up document was edited (not merely replaced) before the library was ready. */
  const editedBeforeReady = () => {
    const now = store.getState()
    return now.document !== initialDocument && now.document.id === initialDocument.id && now.history.past.length > 0
  }

  const start = async () => {
    try {
      library = await (deps.openLibrary ?? (() => openLibrary()))()
      rememberLibraryInUse(deps.libraryHint)
    } catch {
      library = null
      state.getState().setSave({ state: 'memory-only', message: MEMORY_ONLY_MESSAGE })
      state.getState().setTab('owner')
      notify(MEMORY_ONLY_MESSAGE, 'error')
      return
    }
    try {
      const legacy = await migrateLegacyAutosave(library, deps.readLegacy ?? readLegacyAutosave)
      if (legacy.problem) notify(legacy.problem, 'error')
      await openMostRecent([tabMemory?.getItem(TAB_PROJECT_KEY), legacy.projectId], true)
    } catch (e) {
      // the library opened but cannot be written (storage full): keep the work in memory
      state.getState().setSave({ state: 'error', message: saveFailedMessage(e) })
      state.getState().setTab('owner')
      notify(saveFailedMessage(e), 'error')
      autosave.reset(store.getState().document)
      autosave.setEnabled(true)
    }
  }

  // someone else replaced the document (an undoable replaceDocument): it becomes a library project of its own
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.document.id === prev.document.id || s.document.id === currentId || !library) return
    const doc = s.document
    // what the open project had just before (its last second of changes) is still its own
    const before = prev.document.id === currentId && role() === 'owner' ? prev.history.gestureSnapshot ?? prev.document : null
    void serial(async () => {
      if (before) await library!.save(before).catch(() => undefined)
      if (store.getState().document !== doc) return
      const stored = await library!.add(doc)
      store.getState().openProject(stored) // no undo back into another project's id
      await show(stored)
    })
  })

  const onPageHide = () => {
    // the autosave's own pagehide handler has started the IndexedDB write; it may not finish
    if (library && role() === 'owner' && autosave.dirty) writeRescue(rescue, committedDocument(store.getState()))
    tabs.release()
  }
  const onPageShow = (e: Event) => {
    if ((e as PageTransitionEvent).persisted && library) void serial(async () => show(store.getState().document))
  }
  page?.addEventListener('pagehide', onPageHide)
  page?.addEventListener('pageshow', onPageShow as () => void)

  const forgetRemoved = async () => {
    const gone = removed
    removed = null
    state.getState().setLastDeleted(null)
    if (gone) await purgeTakes(gone.removed.record.id).catch(() => undefined)
  }

  const importProject = (project: Project, source: ProjectSource, name?: string): Promise<boolean> =>
    serial(async () => {
      const label = name ?? SOURCE_LABEL[source]
      if (!library) {
        // nowhere to keep it: open it in memory, undoably, as File > Open always did
        store.getState().replaceDocument(project)
        currentId = store.getState().document.id
        notify(`Opened “${project.name}” from ${label} (not saved in this browser; Ctrl+Z to go back).`)
        return true
      }
      let stored: Project
      try {
        await leave()
        stored = await library.add(project)
      } catch (e) {
        autosave.setEnabled(role() === 'owner')
        notify(`Could not add “${project.name}” to your projects (${isQuotaError(e) ? 'storage is full' : errorText(e)}). The open work is unchanged.`, 'error')
        return false
      }
      await show(stored)
      tabs.announceChange()
      notify(`Imported “${stored.name}” from ${label}.`)
      await refresh()
      return true
    })

  return {
    ready: serial(start),
    get library() {
      return library
    },
    get currentId() {
      return currentId
    },
    refresh,
    newProject: () =>
      serial(async () => {
        if (!library) {
          store.getState().replaceDocument(createProject(newId('project'), await untitledName()))
          currentId = store.getState().document.id
          notify('New project (not saved in this browser; Ctrl+Z to go back).')
          return
        }
        await leave()
        await openFreshProject()
        tabs.announceChange()
        await refresh()
      }),
    open: (id) =>
      serial(async () => {
        if (!library || (id === currentId && role() === 'owner')) return
        await leave()
        const result = await readOk(id)
        if (result?.ok) await show(result.project)
        else {
          if (!result) notify('That project is no longer in the library.', 'error')
          autosave.setEnabled(role() === 'owner')
        }
        await refresh()
      }),
    duplicate: (id) =>
      serial(async () => {
        if (!library) return
        if (id === currentId && role() === 'owner') await autosave.flush()
        const copy = await library.duplicate(id)
        if (!copy) notify('That project could not be copied.', 'error')
        tabs.announceChange()
        await refresh()
      }),
    rename: (id, name) =>
      serial(async () => {
        if (!name.trim()) return
        if (id === currentId) {
          store.getState().renameProject(name) // one undo step; the autosave writes it
          if (role() === 'owner') await autosave.flush()
        } else if (library) {
          if (state.getState().elsewhere.includes(id)) return notify('That project is open in another tab: rename it there.', 'error')
          await library.rename(id, name)
          tabs.announceChange()
        }
        await refresh()
      }),
    remove: (id) =>
      serial(async () => {
        if (!library) return
        if (id !== currentId && state.getState().elsewhere.includes(id)) return notify('That project is open in another tab: close it there first.', 'error')
        await forgetRemoved()
        const wasOpen = id === currentId
        if (wasOpen) await leave()
        const gone = await library.remove(id)
        if (!gone) {
          autosave.setEnabled(wasOpen && role() === 'owner')
          return refresh()
        }
        removed = { removed: gone, wasOpen }
        state.getState().setLastDeleted({ id, name: gone.record.name })
        tabs.announceDeleted(id)
        if (wasOpen) {
          tabs.release()
          await openMostRecent([])
        }
        await refresh()
      }),
    undoRemove: () =>
      serial(async () => {
        if (!library || !removed) return
        const { removed: gone, wasOpen } = removed
        removed = null
        state.getState().setLastDeleted(null)
        await library.restore(gone)
        tabs.announceChange()
        if (wasOpen) {
          await leave()
          const result = await readOk(gone.record.id)
          if (result?.ok) await show(result.project)
        }
        await refresh()
      }),
    forgetRemoved,
    importProject,
    importText: async (text, source, name) => {
      const result = loadProject(text)
      if (!result.ok) {
        notify(`Could not import ${name ?? SOURCE_LABEL[source]}: ${result.error.message}`, 'error')
        return false
      }
      if (result.assets) {
        const stored = await storeFileAssets(result.assets).catch((e: unknown) => ({ ok: false as const, message: `its media could not be stored (${errorText(e)})` }))
        if (!stored.ok) {
          notify(`Could not import ${name ?? SOURCE_LABEL[source]}: ${stored.message}. The open work is unchanged.`, 'error')
          return false
        }
      }
      return importProject(result.project, source, name)
    },
    takeOver: () =>
      serial(async () => {
        if (!library || (role() !== 'conflict' && role() !== 'read-only')) return
        const id = currentId
        await tabs.takeOver(id)
        const result = await library.read(id)
        // deleted elsewhere: what this tab shows is saved again under its id
        const project = result?.ok ? result.project : store.getState().document
        if (!result?.ok) await library.save(project)
        currentId = id
        store.getState().openProject(project)
        autosave.reset(project)
        state.getState().setTab('owner')
        state.getState().setSave({ state: 'saved', at: Date.now() })
        autosave.setEnabled(true)
        tabs.announceChange()
        notify(result ? 'This tab has the project now; the other tab is read-only.' : 'The project is kept again.')
      }),
    openCopy: () =>
      serial(async () => {
        if (!library) return
        const doc = store.getState().document
        const copy = await library.add({ ...doc, id: newId('project'), name: `${doc.name} (copy)` })
        await show(copy)
        tabs.announceChange()
        notify(`Opened a copy: “${copy.name}”.`)
      }),
    flush: () => (role() === 'owner' ? autosave.flush() : Promise.resolve()),
    stop() {
      stopped = true
      unsubscribe()
      autosave.stop()
      tabs.close()
      library?.close()
      if (refreshTimer) clearTimeout(refreshTimer)
      page?.removeEventListener('pagehide', onPageHide)
      page?.removeEventListener('pageshow', onPageShow as () => void)
    },
  }
}
