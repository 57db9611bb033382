/**
 * The takes store: the takes of the open project, apart from the document and its undo history
 * (takes are results, not design). A vanilla zustand store; every change of a take goes through the
 * pure state machine in `takes/model`. Saving and media live in `generate/takesService`.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { type NewTake, type Take, type TakeEvent, type TakeProgress, chooseTake, createTake, transition } from '../takes/model'

export interface TakesData {
  /** The project whose takes are loaded (null before the first load). */
  readonly projectId: string | null
  readonly takes: readonly Take[]
  /** Live progress of takes in flight, by take id (frame-rate-ish data: not saved). */
  readonly progress: Readonly<Record<string, TakeProgress>>
  /** Takes whose media could not be saved (storage full): playable until the page closes. */
  readonly unsaved: Readonly<Record<string, true>>
  /** The last deleted take, for Undo. */
  readonly lastDeleted: Take | null
}

export interface TakesActions {
  /** Replaces the loaded takes (a project was opened or restored). */
  setProjectTakes(projectId: string, takes: readonly Take[]): void
  add(take: NewTake, now: number): Take
  apply(takeId: string, event: TakeEvent): Take | undefined
  setProgress(takeId: string, progress: TakeProgress | null): void
  markUnsaved(takeId: string): void
  choose(takeId: string, chosen: boolean): void
  remove(takeId: string): Take | undefined
  /** Puts the last deleted take back; returns it. */
  undoRemove(): Take | undefined
}

export type TakesState = TakesData & TakesActions
export type TakesStore = ReturnType<typeof createTakesStore>

const without = <T,>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> => {
  if (!(key in record)) return record
  const { [key]: _gone, ...rest } = record
  return rest
}

export const createTakesStore = () =>
  createStore<TakesState>()((set, get) => ({
    projectId: null,
    takes: [],
    progress: {},
    unsaved: {},
    lastDeleted: null,
    setProjectTakes: (projectId, takes) => set({ projectId, takes: [...takes], progress: {}, unsaved: {}, lastDeleted: null }),
    add: (t, now) => {
      const take = createTake(t, now)
      set({ takes: [take, ...get().takes] })
      return take
    },
    apply: (takeId, event) => {
      const before = get().takes.find((t) => t.id === takeId)
      if (!before) return undefined
      const after = transition(before, event)
      if (after !== before) {
        const done = after.status !== 'running' && after.status !== 'queued'
        set({ takes: get().takes.map((t) => (t.id === takeId ? after : t)), progress: done ? without(get().progress, takeId) : get().progress })
      }
      return after
    },
    setProgress: (takeId, progress) => {
      if (progress === null) return set({ progress: without(get().progress, takeId) })
      if (!get().takes.some((t) => t.id === takeId)) return
      set({ progress: { ...get().progress, [takeId]: progress } })
    },
    markUnsaved: (takeId) => set({ unsaved: { ...get().unsaved, [takeId]: true } }),
    choose: (takeId, chosen) => set({ takes: chooseTake(get().takes, takeId, chosen) }),
    remove: (takeId) => {
      const take = get().takes.find((t) => t.id === takeId)
      if (!take) return undefined
      set({ takes: get().takes.filter((t) => t.id !== takeId), progress: without(get().progress, takeId), lastDeleted: take })
      return take
    },
    undoRemove: () => {
      const take = get().lastDeleted
      if (!take) return undefined
      set({ takes: [take, ...get().takes].sort((a, b) => b.createdAt - a.createdAt), lastDeleted: null })
      return take
    },
  }))

/** The app's takes store. Tests create their own with createTakesStore(). */
export const takesStore = createTakesStore()

export const useTakes = <T,>(selector: (s: TakesState) => T): T => useStore(takesStore, selector)
