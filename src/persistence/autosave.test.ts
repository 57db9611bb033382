/** Autosave timing with fake timers: within a second of a change, even under continuous edits; never mid-drag; flushed on pagehide. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStudioStore } from '../state'
import type { Project } from '../timeline/model'
import { type Autosave, type AutosaveEvent, startAutosave } from './autosave'

class FakePage {
  private listeners = new Map<string, Set<() => void>>()
  addEventListener(type: string, fn: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set())
    this.listeners.get(type)!.add(fn)
  }
  removeEventListener(type: string, fn: () => void) {
    this.listeners.get(type)?.delete(fn)
  }
  fire(type: string) {
    for (const fn of this.listeners.get(type) ?? []) fn()
  }
}

const setup = (saveMs = 5) => {
  const store = createStudioStore()
  const page = new FakePage()
  const saves: { at: number; project: Project }[] = []
  const events: AutosaveEvent[] = []
  let hidden = false
  const autosave: Autosave = startAutosave(store, {
    page,
    isHidden: () => hidden,
    now: () => Date.now(),
    save: (project) =>
      new Promise((resolve) =>
        setTimeout(() => {
          saves.push({ at: Date.now(), project })
          resolve()
        }, saveMs),
      ),
    onEvent: (e) => events.push(e),
  })
  const rename = (name: string) => store.getState().renameProject(name)
  return { store, page, saves, events, autosave, rename, hide: () => (hidden = true) }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(0)
})
afterEach(() => vi.useRealTimers())

describe('autosave', () => {
  it('saves a change within a second', async () => {
    const { saves, rename, store, events } = setup()
    rename('One')
    await vi.advanceTimersByTimeAsync(1000)
    expect(saves).toHaveLength(1)
    expect(saves[0].at).toBeLessThanOrEqual(1000)
    expect(saves[0].project).toBe(store.getState().document)
    expect(events.map((e) => e.type)).toEqual(['saving', 'saved'])
    // nothing changed: nothing more is written
    await vi.advanceTimersByTimeAsync(5000)
    expect(saves).toHaveLength(1)
  })

  it('under continuous edits (one every 100 ms for 5 s) still saves at least once a second', async () => {
    const { saves, rename, store } = setup()
    for (let i = 0; i < 50; i++) {
      rename(`Edit ${i}`)
      await vi.advanceTimersByTimeAsync(100)
    }
    const lastEditAt = Date.now() - 100
    await vi.advanceTimersByTimeAsync(1000)
    const times = [0, ...saves.map((s) => s.at)]
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThanOrEqual(1000 + 10)
    expect(saves.length).toBeGreaterThanOrEqual(5)
    // the last edit is saved within a second of being made, and the last save is the final document
    expect(saves.at(-1)!.at - lastEditAt).toBeLessThanOrEqual(1000)
    expect(saves.at(-1)!.project).toBe(store.getState().document)
  })

  it('never saves mid-drag: during a gesture it saves the document as the drag began, the drag when it ends', async () => {
    const { saves, rename, store } = setup()
    rename('Before the drag')
    const beforeDrag = store.getState().document
    store.getState().beginGesture()
    for (let i = 0; i < 20; i++) {
      store.getState().renameProject(`drag preview ${i}`) // a preview (not recorded)
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(saves.map((s) => s.project)).toEqual([beforeDrag])
    store.getState().commitGesture()
    await vi.advanceTimersByTimeAsync(1000)
    expect(saves.at(-1)!.project.name).toBe('drag preview 19')
  })

  it('a cancelled drag saves nothing', async () => {
    const { saves, store } = setup()
    store.getState().beginGesture()
    store.getState().renameProject('preview')
    await vi.advanceTimersByTimeAsync(2000)
    store.getState().cancelGesture()
    await vi.advanceTimersByTimeAsync(2000)
    expect(saves).toEqual([])
  })

  it('saves at once on pagehide and when the page is hidden', async () => {
    const { saves, rename, page, hide } = setup()
    rename('Closing')
    await vi.advanceTimersByTimeAsync(50)
    page.fire('pagehide')
    await vi.advanceTimersByTimeAsync(5) // only the write itself
    expect(saves.map((s) => s.project.name)).toEqual(['Closing'])
    rename('Hidden')
    page.fire('visibilitychange') // still visible: nothing yet
    await vi.advanceTimersByTimeAsync(5)
    expect(saves).toHaveLength(1)
    hide()
    page.fire('visibilitychange')
    await vi.advanceTimersByTimeAsync(5)
    expect(saves.map((s) => s.project.name)).toEqual(['Closing', 'Hidden'])
  })

  it('saves never overlap; what changed during a slow save is saved after it', async () => {
    const { saves, rename, store } = setup(800)
    rename('A')
    await vi.advanceTimersByTimeAsync(600) // the save of A is under way
    rename('B')
    await vi.advanceTimersByTimeAsync(700) // A done at ~1300
    expect(saves.map((s) => s.project.name)).toEqual(['A'])
    await vi.advanceTimersByTimeAsync(2000)
    expect(saves.map((s) => s.project.name)).toEqual(['A', 'B'])
    expect(saves[1].project).toBe(store.getState().document)
  })

  it('a failed save is reported and tried again on the next change; flush resolves either way', async () => {
    const store = createStudioStore()
    const events: AutosaveEvent[] = []
    let fail = true
    const written: string[] = []
    const autosave = startAutosave(store, {
      page: null,
      save: async (p) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError')
        written.push(p.name)
      },
      onEvent: (e) => events.push(e),
    })
    store.getState().renameProject('X')
    await vi.advanceTimersByTimeAsync(1000)
    expect(events.map((e) => e.type)).toEqual(['saving', 'failed'])
    await vi.advanceTimersByTimeAsync(10_000)
    expect(events).toHaveLength(2) // no retry loop against a full disk
    expect(autosave.dirty).toBe(true)
    fail = false
    store.getState().renameProject('Y')
    await vi.advanceTimersByTimeAsync(1000)
    expect(written).toEqual(['Y'])
    await autosave.flush()
    autosave.stop()
  })

  it('off while another tab has the project; on again from the baseline it is given', async () => {
    const { saves, rename, autosave, store } = setup()
    autosave.setEnabled(false)
    rename('Not mine')
    await vi.advanceTimersByTimeAsync(3000)
    await autosave.flush()
    expect(saves).toEqual([])
    autosave.reset(store.getState().document)
    autosave.setEnabled(true)
    await vi.advanceTimersByTimeAsync(3000)
    expect(saves).toEqual([])
    rename('Mine')
    await vi.advanceTimersByTimeAsync(1000)
    expect(saves.map((s) => s.project.name)).toEqual(['Mine'])
  })
})
