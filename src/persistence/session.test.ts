/**
 * The project session end to end in one process: fake-indexeddb for storage, real BroadcastChannels
 * between two "tabs" (two stores, two sessions), stubs for a full disk and a blocked one.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDB } from 'idb'
import { readFileSync } from 'node:fs'
import type { AssetId } from '../timeline/media'
import { deleteAssetsForTests, getAsset } from './assetStore'
import { serializeProject } from '../schema'
import { createStudioStore } from '../state'
import { libraryInUse, startProjectOpen } from '../state/startProject'
import { createLibraryStore } from '../state/libraryStore'
import { createProject } from '../timeline/defaults'
import { idbPut } from './idb'
import { type Library, deleteLibraryForTests, openLibrary } from './library'
import { type ProjectSession, TAB_PROJECT_KEY, createProjectSession } from './session'
import { createFakeLocks } from './fakeLocks'
import { type TabLocks, createTabCoordinator } from './tabs'

const DB = 'framewright-library-session-test'
let run = 0
/** Shared by the tabs of a test, as navigator.locks is by the tabs of an origin; null: no Web Locks (plain http). */
let locks: TabLocks | null = null
const sessions: ProjectSession[] = []

const memory = () => {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }
}

/** localStorage as the rescue store sees it. */
const localMemory = () => {
  const m = new Map<string, string>()
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    key: (i: number) => [...m.keys()][i] ?? null,
    get length() {
      return m.size
    },
  }
}

class FakePage {
  private listeners = new Map<string, Set<(e: Event) => void>>()
  addEventListener(type: string, fn: (e: Event) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set())
    this.listeners.get(type)!.add(fn)
  }
  removeEventListener(type: string, fn: (e: Event) => void) {
    this.listeners.get(type)?.delete(fn)
  }
  fire(type: string) {
    for (const fn of this.listeners.get(type) ?? []) fn(new Event(type))
  }
}

interface TabOptions {
  readonly tabMemory?: ReturnType<typeof memory>
  readonly rescue?: ReturnType<typeof localMemory>
  readonly page?: FakePage
  readonly openLibrary?: () => Promise<Library>
  readonly purged?: string[]
  readonly legacy?: string
  readonly libraryHint?: ReturnType<typeof memory>
}

/** One studio tab: its own store, library state and session. */
const openTab = async (options: TabOptions = {}) => {
  const store = createStudioStore(createProject(`project:fresh-${Math.random().toString(36).slice(2)}`))
  const state = createLibraryStore()
  const session = createProjectSession({
    store,
    state,
    page: options.page ?? null,
    tabMemory: options.tabMemory ?? memory(),
    rescue: options.rescue ?? null,
    libraryHint: options.libraryHint ?? null,
    openLibrary: options.openLibrary ?? (() => openLibrary(DB)),
    readLegacy: async () => (options.legacy ? { text: options.legacy, savedAt: '2025-01-01T00:00:00.000Z' } : undefined),
    tabs: (events) => createTabCoordinator(events, { channel: new BroadcastChannel(`fw-session-test-${run}`) as never, locks, probeMs: 40, releaseWaitMs: 300 }),
    autosave: { debounceMs: 20, maxWaitMs: 60 },
    purgeTakes: async (id) => void options.purged?.push(id),
  })
  sessions.push(session)
  await session.ready
  const doc = () => store.getState().document
  const notice = () => store.getState().notice
  return { store, state, session, doc, notice }
}

const stored = async (id: string) => {
  const library = await openLibrary(DB)
  try {
    const r = await library.read(id)
    return r?.ok ? r.project : null
  } finally {
    library.close()
  }
}

const settle = (ms = 80) => new Promise((r) => setTimeout(r, ms))

beforeEach(async () => {
  await deleteLibraryForTests(DB)
})
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop()
  run++
})

describe('project session', () => {
  it('a first start makes the fresh project the library’s first, owned, saved, and a reload in the tab finds the work', async () => {
    const tabMemory = memory()
    const tab = await openTab({ tabMemory })
    expect(tab.state.getState().tab.role).toBe('owner')
    expect(tab.state.getState().save.state).toBe('saved')
    const id = tab.doc().id
    expect(await stored(id)).toMatchObject({ id, name: 'Untitled project' })
    tab.store.getState().addPresetClip('orbit-left')
    tab.store.getState().renameProject('My film')
    await settle(150) // within the autosave's max wait
    expect((await stored(id))?.name).toBe('My film')
    expect(tabMemory.getItem(TAB_PROJECT_KEY)).toBe(id)
    tab.session.stop()

    // reload: a new page in the same tab
    const again = await openTab({ tabMemory })
    expect(again.doc().id).toBe(id)
    expect(again.doc().name).toBe('My film')
    expect(again.doc().shots[0].tracks[0].clips).toHaveLength(1)
    expect(again.store.getState().history.past).toEqual([])
  })

  it('an edit made while the library is still starting is kept, never replaced by the project it was storing', async () => {
    const store = createStudioStore(createProject(`project:early-${run}`))
    const slowLibrary = async (): Promise<Library> => {
      const real = await openLibrary(DB)
      return {
        ...real,
        // the user edits while the first project is on its way into the library
        add: async (project, at) => {
          const stored = await real.add(project, at)
          store.getState().addPresetClip('orbit-left')
          return stored
        },
      }
    }
    const session = createProjectSession({
      store,
      state: createLibraryStore(),
      page: null,
      tabMemory: memory(),
      rescue: null,
      openLibrary: slowLibrary,
      readLegacy: async () => undefined,
      tabs: (events) => createTabCoordinator(events, { channel: new BroadcastChannel(`fw-session-test-${run}`) as never, locks, probeMs: 40, releaseWaitMs: 300 }),
      autosave: { debounceMs: 20, maxWaitMs: 60 },
      purgeTakes: async () => undefined,
    })
    sessions.push(session)
    await session.ready
    expect(store.getState().document.shots[0].tracks[0].clips).toHaveLength(1)
    expect((await stored(store.getState().document.id))?.shots[0].tracks[0].clips).toHaveLength(1)
  })

  it('an edit made before the library is ready, when it already holds projects, stays open as a new project (never swapped away)', async () => {
    const first = await openTab()
    const earlier = first.doc().id
    first.session.stop()
    const store = createStudioStore(createProject(`project:early2-${run}`))
    const slowLibrary = async (): Promise<Library> => {
      store.getState().addPresetClip('orbit-left') // the user is quicker than the library
      return openLibrary(DB)
    }
    const session = createProjectSession({
      store,
      state: createLibraryStore(),
      page: null,
      tabMemory: memory(),
      rescue: null,
      openLibrary: slowLibrary,
      readLegacy: async () => undefined,
      tabs: (events) => createTabCoordinator(events, { channel: new BroadcastChannel(`fw-session-test-${run}`) as never, locks, probeMs: 40, releaseWaitMs: 300 }),
      autosave: { debounceMs: 20, maxWaitMs: 60 },
      purgeTakes: async () => undefined,
    })
    sessions.push(session)
    await session.ready
    const doc = store.getState().document
    expect(doc.id).not.toBe(earlier)
    expect(doc.shots[0].tracks[0].clips).toHaveLength(1)
    expect(store.getState().history.past.length).toBe(1) // the edit is still undoable
    expect(store.getState().notice?.text).toMatch(/Kept what you started .* as a new project/)
    expect((await stored(doc.id))?.shots[0].tracks[0].clips).toHaveLength(1)
    expect(await stored(earlier)).not.toBeNull()
  })

  it('a reload right after an edit, whose IndexedDB write never finished, still finds it (the pagehide rescue)', async () => {
    const tabMemory = memory()
    const rescue = localMemory()
    const page = new FakePage()
    let unloading = false
    const dyingLibrary = async (): Promise<Library> => {
      const real = await openLibrary(DB)
      // once the page unloads, writes never complete (as a torn-down renderer's may not)
      return { ...real, save: (p, at) => (unloading ? new Promise(() => undefined) : real.save(p, at)) }
    }
    const tab = await openTab({ tabMemory, rescue, page, openLibrary: dyingLibrary })
    const id = tab.doc().id
    tab.store.getState().addPresetClip('orbit-left')
    unloading = true
    page.fire('pagehide')
    tab.session.stop()
    expect((await stored(id))?.shots[0].tracks[0].clips).toEqual([])

    const again = await openTab({ tabMemory, rescue })
    expect(again.doc().id).toBe(id)
    expect(again.doc().shots[0].tracks[0].clips.map((c) => c.presetId)).toEqual(['orbit-left'])
    expect((await stored(id))?.shots[0].tracks[0].clips).toHaveLength(1)
    expect(rescue.length).toBe(0)
  })

  it('a rescued entry older than the library, or unreadable, is dropped', async () => {
    const tabMemory = memory()
    const rescue = localMemory()
    const tab = await openTab({ tabMemory, rescue })
    const id = tab.doc().id
    tab.store.getState().renameProject('Saved later')
    await tab.session.flush()
    tab.session.stop()
    rescue.setItem(`framewright.unsaved.${id}`, JSON.stringify({ text: serializeProject({ ...tab.doc(), name: 'Older' }), at: 1 }))
    rescue.setItem('framewright.unsaved.project:gone', JSON.stringify({ text: 'garbage', at: Date.now() + 1e6 }))
    const again = await openTab({ tabMemory, rescue })
    expect(again.doc().name).toBe('Saved later')
    expect(rescue.length).toBe(0)
  })

  it('takes the old single autosave into the library on first start and opens it', async () => {
    const old = { ...createProject('project:1', 'Work from before the library') }
    await idbPut('current', { text: serializeProject(old), savedAt: '2025-01-01T00:00:00.000Z' })
    const tab = await openTab({ legacy: serializeProject(old) })
    expect(tab.doc()).toMatchObject({ id: 'project:1', name: 'Work from before the library' })
    expect(tab.state.getState().projects?.map((p) => p.name)).toEqual(['Work from before the library'])
  })

  it('new, open, rename, duplicate: sorted by last change, the open project switching with an empty undo history', async () => {
    const tab = await openTab()
    tab.store.getState().renameProject('First')
    await tab.session.flush()
    const first = tab.doc().id
    await tab.session.newProject()
    const second = tab.doc().id
    expect(second).not.toBe(first)
    expect(tab.doc().name).toBe('Untitled project')
    tab.store.getState().addPresetClip('dolly-in')
    await tab.session.flush()
    expect(tab.state.getState().projects?.map((p) => p.id)).toEqual([second, first])

    await tab.session.open(first)
    expect(tab.doc()).toMatchObject({ id: first, name: 'First' })
    expect(tab.store.getState().history.past).toEqual([])
    tab.store.getState().undo()
    expect(tab.doc().id).toBe(first) // undo never goes back into the other project

    await tab.session.rename(second, 'Second')
    await tab.session.duplicate(second)
    const names = tab.state.getState().projects!.map((p) => p.name)
    expect(names).toEqual(['Second copy', 'Second', 'First'])
    expect(tab.state.getState().projects![0].shotCount).toBe(1)
    // renaming the open project is an edit of the document (undoable)
    await tab.session.rename(first, 'First, renamed')
    expect(tab.doc().name).toBe('First, renamed')
    expect((await stored(first))?.name).toBe('First, renamed')
    expect(tab.state.getState().projects![0].name).toBe('First, renamed')
  })

  it('deletes with Undo; deleting the open project opens the next one; its takes go once Undo is gone', async () => {
    const purged: string[] = []
    const tab = await openTab({ purged })
    const first = tab.doc().id
    await tab.session.newProject()
    const second = tab.doc().id
    await tab.session.remove(second)
    expect(tab.doc().id).toBe(first)
    expect(tab.state.getState().lastDeleted).toMatchObject({ id: second, name: 'Untitled project 2' })
    expect(tab.state.getState().projects!.map((p) => p.id)).toEqual([first])
    await tab.session.undoRemove()
    expect(tab.doc().id).toBe(second) // it was open: it is open again
    expect(tab.state.getState().projects!.map((p) => p.id).sort()).toEqual([first, second].sort())
    expect(purged).toEqual([])

    await tab.session.remove(first)
    expect(tab.state.getState().lastDeleted?.id).toBe(first)
    await tab.session.forgetRemoved()
    expect(purged).toEqual([first])
    expect(tab.state.getState().lastDeleted).toBeNull()
    expect(await stored(first)).toBeNull()
  })

  it('imports a file as a new project with an id of its own; a bad file changes nothing and says why', async () => {
    const tab = await openTab()
    const mine = tab.doc().id
    const file = serializeProject(createProject('project:1', 'Shared'))
    expect(await tab.session.importText(file, 'file', 'shared.framewright.json')).toBe(true)
    const a = tab.doc().id
    expect(tab.doc().name).toBe('Shared')
    expect(tab.notice()?.text).toMatch(/Imported “Shared” from shared.framewright.json/)
    expect(await tab.session.importText(file, 'drop', 'shared.framewright.json')).toBe(true)
    const b = tab.doc().id
    expect(new Set([mine, a, b]).size).toBe(3)
    expect(tab.state.getState().projects ?? []).toHaveLength(3)

    const before = tab.doc()
    expect(await tab.session.importText('{"kind":"something-else"}', 'drop', 'notes.json')).toBe(false)
    expect(tab.notice()).toMatchObject({ tone: 'error', text: expect.stringMatching(/^Could not import notes.json: This is not a Framewright project file/) })
    expect(tab.doc()).toBe(before)
    const tooNew = JSON.stringify({ kind: 'framewright.project', schemaVersion: 999, project: {} })
    expect(await tab.session.importText(tooNew, 'link')).toBe(false)
    expect(tab.notice()?.text).toMatch(/newer version of Framewright/)
    expect(tab.doc()).toBe(before)
  })

  it("imports a file with media: its assets go into the asset store; a damaged asset refuses the whole file", async () => {
    const tab = await openTab()
    const text = readFileSync(new URL('../schema/fixtures/project.v4.json', import.meta.url), 'utf8')
    const doc = JSON.parse(text)
    const ids = Object.keys(doc.assets)
    const damaged = JSON.stringify({ ...doc, assets: { ...doc.assets, [ids[1]]: doc.assets[ids[0]] } })
    const before = tab.doc()
    expect(await tab.session.importText(damaged, 'file', 'damaged.framewright.json')).toBe(false)
    expect(tab.notice()).toMatchObject({ tone: 'error', text: expect.stringMatching(/^Could not import damaged.framewright.json: its media sha256:.* does not match its bytes/) })
    expect(tab.doc()).toBe(before)
    expect(await getAsset(ids[0] as AssetId)).toBeUndefined()

    expect(await tab.session.importText(text, 'file', 'v4.framewright.json')).toBe(true)
    expect(tab.doc().shots[0].referenceImage?.fileName).toBe('street-ref.png')
    for (const id of ids) expect((await getAsset(id as AssetId))?.mimeType).toBe(doc.assets[id].mimeType)
    await deleteAssetsForTests()
  })

  it('a document replaced by another path (undoable replaceDocument) becomes a project of its own, never overwriting one', async () => {
    const tab = await openTab()
    const other = tab.doc().id
    tab.store.getState().renameProject('Other')
    await tab.session.newProject()
    const mine = tab.doc().id
    tab.store.getState().renameProject('Mine') // not saved yet when the document is replaced
    tab.store.getState().replaceDocument(createProject(other, 'Same id as Other, other work'))
    await settle(150)
    // the id was taken by another project: it got a fresh one; "Other" and "Mine" are intact
    expect([other, mine]).not.toContain(tab.doc().id)
    expect(tab.doc().name).toBe('Same id as Other, other work')
    expect(tab.store.getState().history.past).toEqual([])
    expect((await stored(other))?.name).toBe('Other')
    expect((await stored(mine))?.name).toBe('Mine')
    expect((await stored(tab.doc().id))?.name).toBe('Same id as Other, other work')
  })

  it('skips a corrupted record at start with a message, keeps it aside, and opens the next readable one', async () => {
    const first = await openTab()
    first.store.getState().renameProject('Readable')
    await first.session.flush()
    first.session.stop()
    const raw = await openDB(DB)
    await raw.put('projects', { id: 'project:broken', name: 'Broken', shotCount: 1, updatedAt: Date.now() + 10_000, text: '{"kind":"framewright.project","schemaVersion":2,"project":{}}' })
    raw.close()
    const tab = await openTab()
    expect(tab.doc().name).toBe('Readable')
    expect(tab.notice()).toMatchObject({ tone: 'error', text: expect.stringMatching(/“Broken” could not be read .*kept aside/) })
    expect(tab.state.getState().problems).toHaveLength(1)
    const db = await openDB(DB)
    expect(await db.getAllKeys('aside')).toHaveLength(1)
    db.close()
  })
})

describe('storage full or unavailable', () => {
  it('storage full: told once, the work stays in memory, the status says so, and the next change tries again', async () => {
    let full = true
    const quotaLibrary = async (): Promise<Library> => {
      const real = await openLibrary(DB)
      return {
        ...real,
        save: async (project, at) => {
          if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return real.save(project, at)
        },
      }
    }
    const tab = await openTab({ openLibrary: quotaLibrary })
    const id = tab.doc().id
    tab.store.getState().renameProject('Unsaved but here')
    await settle(150)
    expect(tab.state.getState().save).toMatchObject({ state: 'error', message: expect.stringMatching(/^Storage is full.*Export the project/) })
    expect(tab.notice()).toMatchObject({ tone: 'error', text: expect.stringMatching(/^Storage is full/) })
    tab.store.getState().notify('')
    tab.store.getState().renameProject('Still unsaved')
    await settle(150)
    expect(tab.notice()?.text).toBe('') // said once, not on every change
    expect(tab.doc().name).toBe('Still unsaved') // the work is in memory (and Export writes it)
    expect(serializeProject(tab.doc())).toContain('Still unsaved')
    expect((await stored(id))?.name).toBe('Untitled project')
    full = false
    tab.store.getState().renameProject('Saved at last')
    await settle(150)
    expect(tab.state.getState().save.state).toBe('saved')
    expect((await stored(id))?.name).toBe('Saved at last')
  })

  it('storage full at the very start (the first project cannot be written): the work stays in memory and editing goes on', async () => {
    const quotaLibrary = async (): Promise<Library> => {
      const real = await openLibrary(DB)
      const full = async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      return { ...real, save: full, add: full }
    }
    const tab = await openTab({ openLibrary: quotaLibrary })
    expect(tab.state.getState().save).toMatchObject({ state: 'error', message: expect.stringMatching(/^Storage is full/) })
    tab.store.getState().addPresetClip('orbit-left')
    expect(tab.doc().shots[0].tracks[0].clips).toHaveLength(1)
  })

  it('a library that opens leaves the hint that later starts wait for its project; with the start-up project in the store, the first frame may draw', async () => {
    const hint = memory()
    expect(libraryInUse(hint)).toBe(false)
    const tab = await openTab({ libraryHint: hint })
    expect(libraryInUse(hint)).toBe(true)
    expect(startProjectOpen(tab.state.getState())).toBe(true)
    const blocked = memory()
    const privateTab = await openTab({
      libraryHint: blocked,
      openLibrary: async () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      },
    })
    expect(libraryInUse(blocked)).toBe(false) // nothing to open next time: no wait
    expect(startProjectOpen(privateTab.state.getState())).toBe(true) // memory-only: the first frame draws at once
  })

  it('IndexedDB unavailable (private mode): one clear message, the work stays in memory, imports open in memory (undoable)', async () => {
    const tab = await openTab({
      openLibrary: async () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
      },
    })
    expect(tab.state.getState().save).toMatchObject({ state: 'memory-only', message: expect.stringMatching(/cannot be saved in this browser.*Export project/) })
    expect(tab.notice()?.tone).toBe('error')
    expect(tab.state.getState().tab.role).toBe('owner') // editing is not blocked
    tab.store.getState().addPresetClip('orbit-left')
    const edited = tab.doc()
    expect(await tab.session.importText(serializeProject(createProject('project:1', 'Shared')), 'file', 'a.json')).toBe(true)
    expect(tab.doc().name).toBe('Shared')
    tab.store.getState().undo()
    expect(tab.doc()).toBe(edited)
  })
})

describe.each([
  ['Web Locks', true],
  ['the BroadcastChannel alone', false],
])('two tabs on one project, with %s', (_name, withLocks) => {
  beforeEach(() => {
    locks = withLocks ? createFakeLocks() : null
  })
  afterEach(() => {
    locks = null
  })

  it('the later tab is told and saves nothing; taking over makes the first tab read-only, after it saved what it had', async () => {
    const a = await openTab()
    const id = a.doc().id
    a.store.getState().renameProject('Edited in A')
    await a.session.flush()

    const b = await openTab() // opens the most recent project: A's
    expect(b.doc().id).toBe(id)
    expect(b.doc().name).toBe('Edited in A')
    expect(b.state.getState().tab.role).toBe('conflict')
    expect(b.state.getState().save.state).toBe('paused')
    expect(a.state.getState().tab.role).toBe('owner')
    // B cannot overwrite A's work: its changes are not saved
    b.store.getState().renameProject('B tried')
    await settle(150)
    expect((await stored(id))?.name).toBe('Edited in A')

    // A has a change in flight (not yet saved) when B takes over: A saves it first, B opens it
    a.store.getState().addPresetClip('orbit-left')
    await b.session.takeOver()
    expect(a.state.getState().tab).toEqual({ role: 'read-only', reason: 'taken-over' })
    expect(b.state.getState().tab.role).toBe('owner')
    expect(b.doc().name).toBe('Edited in A')
    expect(b.doc().shots[0].tracks[0].clips).toHaveLength(1)

    // now A saves nothing, B does
    a.store.getState().renameProject('A after losing it')
    b.store.getState().renameProject('B owns it')
    await settle(200)
    expect((await stored(id))?.name).toBe('B owns it')

    // and A can take it back
    await a.session.takeOver()
    expect(a.doc().name).toBe('B owns it')
    expect(b.state.getState().tab.role).toBe('read-only')
    expect(a.state.getState().tab.role).toBe('owner')
  })

  it('open a copy: the later tab gets a project of its own; both save, neither overwrites the other', async () => {
    const a = await openTab()
    const id = a.doc().id
    a.store.getState().renameProject('Original')
    await a.session.flush()
    const b = await openTab()
    expect(b.state.getState().tab.role).toBe('conflict')
    await b.session.openCopy()
    expect(b.doc().id).not.toBe(id)
    expect(b.doc().name).toBe('Original (copy)')
    expect(b.state.getState().tab.role).toBe('owner')
    b.store.getState().renameProject('The copy')
    a.store.getState().renameProject('The original')
    await settle(200)
    expect((await stored(id))?.name).toBe('The original')
    expect((await stored(b.doc().id))?.name).toBe('The copy')
  })

  it('the project list marks projects open in other tabs, and will not delete or rename them', async () => {
    const a = await openTab()
    const id = a.doc().id
    const b = await openTab()
    await b.session.openCopy()
    await b.session.refresh()
    expect(b.state.getState().elsewhere).toEqual([id])
    await b.session.remove(id)
    expect(b.notice()).toMatchObject({ tone: 'error', text: expect.stringMatching(/open in another tab/) })
    expect(await stored(id)).not.toBeNull()
    await b.session.rename(id, 'Renamed from B')
    expect((await stored(id))?.name).toBe('Untitled project')
  })

  it('a project deleted in another tab (a race) leaves this tab read-only; Keep saves it again', async () => {
    const a = await openTab()
    const id = a.doc().id
    const b = await openTab()
    await b.session.openCopy()
    b.state.getState().setElsewhere([]) // B has not heard that A has it
    await b.session.remove(id)
    await settle(60)
    expect(a.state.getState().tab).toEqual({ role: 'read-only', reason: 'deleted' })
    expect(await stored(id)).toBeNull()
    await a.session.takeOver()
    expect(a.state.getState().tab.role).toBe('owner')
    expect(await stored(id)).not.toBeNull()
  })
})
