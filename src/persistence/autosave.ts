/**
 * Autosave to IndexedDB: the document is written (debounced, never mid-drag) as the same versioned
 * project file the Save button writes, and read back on start through the one load path
 * (decode, migrate, validate). An autosave that no longer loads is kept aside, never overwritten.
 */
import { loadProject, serializeProject } from '../schema'
import type { StudioStore } from '../state'
import { emptyHistory } from '../state/history'
import { idbGet, idbPut } from './idb'

const KEY = 'current'
const DEBOUNCE_MS = 700

interface SavedEntry {
  readonly text: string
  readonly savedAt: string
}

/** Restores the last autosaved project, if any. Returns a message when it could not be opened. */
export const restoreAutosave = async (store: StudioStore): Promise<void> => {
  let entry: SavedEntry | undefined
  try {
    entry = await idbGet<SavedEntry>(KEY)
  } catch {
    store.getState().notify('Autosave is unavailable in this browser (IndexedDB is blocked); use Save to keep your work.', 'error')
    return
  }
  if (!entry) return
  const result = loadProject(entry.text)
  if (!result.ok) {
    await idbPut(`unreadable-${entry.savedAt}`, entry).catch(() => undefined)
    store.getState().notify(`The autosaved project could not be opened (${result.error.message}). It was kept aside; a new project is open.`, 'error')
    return
  }
  // restoring is not an edit: no undo step
  store.setState({ document: result.project, history: emptyHistory, selectedShotId: result.project.shots[0].id, selectedClipId: null, playheadS: 0 })
}

/** Starts autosaving; returns a stop function. `onSaved` reports each save (for the status bar). */
export const startAutosave = (store: StudioStore, onSaved?: (at: Date) => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | null = null
  const save = () => {
    timer = null
    const s = store.getState()
    if (s.history.gestureSnapshot) return void (timer = setTimeout(save, DEBOUNCE_MS))
    const savedAt = new Date()
    idbPut(KEY, { text: serializeProject(s.document, { savedAt: savedAt.toISOString() }), savedAt: savedAt.toISOString() } satisfies SavedEntry)
      .then(() => onSaved?.(savedAt))
      .catch(() => s.notify('Autosave failed (storage full or blocked); use Save to keep your work.', 'error'))
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.document === prev.document) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, DEBOUNCE_MS)
  })
  return () => {
    unsubscribe()
    if (timer) clearTimeout(timer)
  }
}
