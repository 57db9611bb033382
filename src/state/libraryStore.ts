/**
 * The project library's session state: how saving goes, whether this tab owns the open project,
 * the drawer and the listed projects. A third vanilla store, apart from the document (none of this is
 * design, none of it is undoable). `persistence/session` drives it; the status bar and the library
 * UI read it.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

/** One project as the library lists it. */
export interface ProjectSummary {
  readonly id: string
  readonly name: string
  readonly shotCount: number
  /** Last change, ms since the epoch. */
  readonly updatedAt: number
  /** Changes when the lens view of the first shot at t = 0 may look different (its thumbnail is then redrawn). */
  readonly thumbKey: string
}

/**
 * `memory-only`: the library cannot be used (storage blocked, private mode): work stays in this tab.
 * `error`: the last save failed (storage full): the work is in memory, saved again on the next change.
 * `paused`: this tab does not save the open project (another tab has it).
 */
export type SaveState = 'starting' | 'saved' | 'saving' | 'error' | 'memory-only' | 'paused'

export interface SaveStatus {
  readonly state: SaveState
  /** One line for the person: why saving failed or is off. */
  readonly message?: string
  /** When the last save finished (ms). */
  readonly at?: number
}

/**
 * `checking`: asking the other tabs whether one has the project open. `conflict`: another tab had it
 * when this one opened it (this tab waits: take over, or open a copy). `read-only`: another tab took
 * it over, or deleted it; this tab stopped saving it.
 */
export type TabRole = 'starting' | 'checking' | 'owner' | 'conflict' | 'read-only'

export interface LibraryData {
  readonly save: SaveStatus
  readonly tab: { readonly role: TabRole; readonly reason?: 'taken-over' | 'deleted' }
  readonly drawerOpen: boolean
  /** Sorted by last change, newest first; null until listed. */
  readonly projects: readonly ProjectSummary[] | null
  /** Records that could not be read (one line each; they were kept aside). */
  readonly problems: readonly string[]
  /** Ids of projects open in other tabs. */
  readonly elsewhere: readonly string[]
  /** The last deleted project, for Undo. */
  readonly lastDeleted: { readonly id: string; readonly name: string } | null
  /** A file is being dragged over the studio. */
  readonly dropActive: boolean
}

export interface LibraryActions {
  setSave(save: SaveStatus): void
  setTab(role: TabRole, reason?: 'taken-over' | 'deleted'): void
  setDrawerOpen(open: boolean): void
  setProjects(projects: readonly ProjectSummary[], problems: readonly string[]): void
  setElsewhere(ids: readonly string[]): void
  setLastDeleted(deleted: LibraryData['lastDeleted']): void
  setDropActive(active: boolean): void
}

export type LibraryState = LibraryData & LibraryActions

export const initialLibraryData: LibraryData = {
  save: { state: 'starting' },
  tab: { role: 'starting' },
  drawerOpen: false,
  projects: null,
  problems: [],
  elsewhere: [],
  lastDeleted: null,
  dropActive: false,
}

export const createLibraryStore = () =>
  createStore<LibraryState>()((set) => ({
    ...initialLibraryData,
    setSave: (save) => set({ save }),
    setTab: (role, reason) => set({ tab: reason ? { role, reason } : { role } }),
    setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
    setProjects: (projects, problems) => set({ projects, problems }),
    setElsewhere: (elsewhere) => set({ elsewhere }),
    setLastDeleted: (lastDeleted) => set({ lastDeleted }),
    setDropActive: (dropActive) => set({ dropActive }),
  }))

export type LibraryStore = ReturnType<typeof createLibraryStore>

/** The app's library state. */
export const libraryStore = createLibraryStore()

export const useLibrary = <T,>(selector: (s: LibraryState) => T): T => useStore(libraryStore, selector)

/** True while this tab must not edit the open project (another tab has it). */
export const isLocked = (s: LibraryData): boolean => s.tab.role === 'conflict' || s.tab.role === 'read-only'
