/**
 * The personal library in memory: the presets of `storage.ts`, loaded once, written through. When
 * IndexedDB is unavailable (private browsing, storage full) the library lives for the session only and
 * says so; the project still carries every preset it uses, so nothing a project needs is lost.
 */
import { createStore } from 'zustand/vanilla'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import type { deleteLibraryPreset, loadLibrary, putLibraryPreset } from './storage'

export interface LibraryState {
  /** The newest first. */
  readonly presets: readonly CustomPresetDefinition[]
  readonly status: 'idle' | 'loading' | 'ready' | 'unavailable'
  /** Why the library is session-only, or what could not be read. */
  readonly problem: string | null
}

export interface LibraryStorage {
  readonly load: typeof loadLibrary
  readonly put: typeof putLibraryPreset
  readonly remove: typeof deleteLibraryPreset
}

const UNAVAILABLE = 'My presets cannot be stored in this browser (private mode or storage full): they last for this session, and projects still carry the presets they use.'

/** IndexedDB through `storage.ts`, loaded on first use (idb stays out of the studio's first chunk). */
const idbStorage: LibraryStorage = {
  load: async () => (await import('./storage')).loadLibrary(),
  put: async (def, now) => (await import('./storage')).putLibraryPreset(def, now),
  remove: async (id) => (await import('./storage')).deleteLibraryPreset(id),
}

export const createLibraryStore = (storage: LibraryStorage = idbStorage) => {
  const store = createStore<LibraryState>()(() => ({ presets: [], status: 'idle', problem: null }))
  const failed = () => store.setState({ status: 'unavailable', problem: UNAVAILABLE })
  let loading: Promise<void> | null = null
  const loadOnce = async (): Promise<void> => {
    if (store.getState().status !== 'idle') return
    store.setState({ status: 'loading' })
    try {
      const { presets, problems } = await storage.load()
      // presets saved while loading stay in front
      const early = store.getState().presets
      store.setState({
        presets: [...early, ...presets.filter((p) => !early.some((e) => e.id === p.id))],
        status: 'ready',
        problem: problems.length ? `${problems.length} saved preset${problems.length === 1 ? '' : 's'} could not be read: ${problems[0]}` : null,
      })
    } catch {
      failed()
    }
  }
  const api = {
    store,
    /** Loads the library once; every call resolves when that one load has finished. */
    load: (): Promise<void> => (loading ??= loadOnce()),
    /** Adds or replaces a preset (it moves to the front), then stores it. */
    save: async (def: CustomPresetDefinition): Promise<void> => {
      store.setState({ presets: [def, ...store.getState().presets.filter((p) => p.id !== def.id)] })
      if (store.getState().status === 'unavailable') return
      try {
        await storage.put(def)
      } catch {
        failed()
      }
    },
    remove: async (id: string): Promise<void> => {
      store.setState({ presets: store.getState().presets.filter((p) => p.id !== id) })
      if (store.getState().status === 'unavailable') return
      try {
        await storage.remove(id)
      } catch {
        failed()
      }
    },
    get: (id: string): CustomPresetDefinition | undefined => store.getState().presets.find((p) => p.id === id),
  }
  return api
}

export type LibraryStore = ReturnType<typeof createLibraryStore>

/** The studio's library. */
export const presetLibrary = createLibraryStore()
