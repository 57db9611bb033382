/**
 * Whether the studio's first lens frame waits for this tab's project.
 *
 * The project library (a lazy chunk over IndexedDB) opens the tab's last project a moment after the
 * studio starts. Drawn before that, a returning person's first frame showed the empty start-up
 * project, and their own work replaced it a few hundred milliseconds later. So the first frame waits
 * until the library has put the start-up project in the store, at most `START_PROJECT_MAX_WAIT_MS`.
 *
 * On a first visit there is nothing to open and nothing waits: the library, once it opens, leaves a
 * hint in localStorage (`LIBRARY_HINT_KEY`), and only with that hint does the first frame wait.
 */
import type { LibraryData } from './libraryStore'

export const LIBRARY_HINT_KEY = 'framewright.libraryInUse'

/** The longest the first frame waits for the library (a slow or stuck IndexedDB): then it draws what there is. */
export const START_PROJECT_MAX_WAIT_MS = 2000

type HintMemory = Pick<Storage, 'getItem' | 'setItem'>

const browserMemory = (): HintMemory | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage blocked: reading the property throws
  }
}

/** True when this browser's library has projects to open (a hint: a library may since be gone). */
export const libraryInUse = (memory: HintMemory | null = browserMemory()): boolean => {
  try {
    return memory?.getItem(LIBRARY_HINT_KEY) === '1'
  } catch {
    return false
  }
}

/** Notes that this browser has a project library (it opened): later starts wait for its project. */
export const rememberLibraryInUse = (memory: HintMemory | null = browserMemory()): void => {
  try {
    memory?.setItem(LIBRARY_HINT_KEY, '1')
  } catch {
    // storage full or blocked: later starts draw at once, as on a first visit
  }
}

/** True once the library has put the tab's start-up project in the studio store, or found it cannot open one. */
export const startProjectOpen = (library: Pick<LibraryData, 'tab'>): boolean => library.tab.role !== 'starting'
