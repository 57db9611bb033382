/**
 * The autosave scheduler: every committed change of the document is written within about a second.
 *
 * - A change schedules a save `debounceMs` later; continuous changes push it back, but never past
 *   `maxWaitMs` after the first unsaved change, so a long run of edits still saves every second.
 * - Never mid-drag: during a gesture the committed document is the one the gesture started from
 *   (its previews are not saved; Esc would undo them), so a drag is saved when it ends.
 * - `pagehide` and `visibilitychange` to hidden save at once (a closed tab, a reload, a phone
 *   switching apps).
 * - Saves never overlap; a failed save (storage full) is reported and tried again on the next change.
 *
 * Where the document goes (`save`) and whether this tab may save it (`setEnabled`) belong to the
 * caller (persistence/session).
 */
import type { StudioStore } from '../state'
import type { Project } from '../timeline/model'

export const DEBOUNCE_MS = 500
export const MAX_WAIT_MS = 1000

export type AutosaveEvent = { readonly type: 'saving' } | { readonly type: 'saved'; readonly at: number } | { readonly type: 'failed'; readonly error: unknown }

/** The bits of `window` the autosave listens to (a stub in tests). */
export interface PageEvents {
  addEventListener(type: string, fn: () => void): void
  removeEventListener(type: string, fn: () => void): void
}

export interface AutosaveOptions {
  readonly save: (project: Project) => Promise<void>
  readonly onEvent?: (event: AutosaveEvent) => void
  readonly debounceMs?: number
  readonly maxWaitMs?: number
  /** Where `pagehide` and `visibilitychange` come from (default: window and document when they exist). */
  readonly page?: PageEvents | null
  readonly isHidden?: () => boolean
  readonly now?: () => number
}

export interface Autosave {
  /** Saves the committed document now if it has unsaved changes; resolves when it is written (or failed). */
  flush(): Promise<void>
  /** The document as it is now counts as saved (it was just opened or loaded). */
  reset(saved: Project): void
  /** Off: changes are not saved (another tab has the project). On: saving resumes from `reset`'s baseline. */
  setEnabled(enabled: boolean): void
  readonly dirty: boolean
  stop(): void
}

/** What a save writes: the document as committed (mid-gesture: as it was when the gesture began). */
export const committedDocument = (s: ReturnType<StudioStore['getState']>): Project => s.history.gestureSnapshot ?? s.document

export const startAutosave = (store: StudioStore, options: AutosaveOptions): Autosave => {
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS
  const now = options.now ?? (() => Date.now())
  let lastSaved: Project = committedDocument(store.getState())
  let enabled = true
  let timer: ReturnType<typeof setTimeout> | null = null
  let firstUnsavedAt: number | null = null
  let inFlight: Promise<void> | null = null

  const isDirty = () => enabled && committedDocument(store.getState()) !== lastSaved

  const clear = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }

  const schedule = () => {
    if (!isDirty()) return
    firstUnsavedAt ??= now()
    clear()
    const delay = Math.max(0, Math.min(debounceMs, firstUnsavedAt + maxWaitMs - now()))
    timer = setTimeout(() => void run(), delay)
  }

  /** One save at a time; when it ends, what changed meanwhile is scheduled again. */
  const run = (): Promise<void> => {
    clear()
    if (inFlight) return inFlight
    if (!isDirty()) {
      firstUnsavedAt = null
      return Promise.resolve()
    }
    const project = committedDocument(store.getState())
    firstUnsavedAt = null
    options.onEvent?.({ type: 'saving' })
    inFlight = options
      .save(project)
      .then(
        () => {
          lastSaved = project
          options.onEvent?.({ type: 'saved', at: now() })
          inFlight = null
          schedule()
        },
        (error: unknown) => {
          options.onEvent?.({ type: 'failed', error })
          inFlight = null
          // tried again on the next change, not in a loop against a full disk
        },
      )
    return inFlight
  }

  const flush = async (): Promise<void> => {
    if (inFlight) await inFlight
    await run()
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.document === prev.document && s.history.gestureSnapshot === prev.history.gestureSnapshot) return
    schedule()
  })

  const page = options.page === undefined ? (typeof window === 'undefined' ? null : window) : options.page
  const isHidden = options.isHidden ?? (() => typeof document !== 'undefined' && document.visibilityState === 'hidden')
  const onPageHide = () => void flush()
  const onVisibility = () => {
    if (isHidden()) void flush()
  }
  page?.addEventListener('pagehide', onPageHide)
  page?.addEventListener('visibilitychange', onVisibility) // fired at the document, it bubbles to the window

  return {
    flush,
    reset(saved) {
      clear()
      lastSaved = saved
      firstUnsavedAt = null
    },
    setEnabled(on) {
      enabled = on
      if (!on) {
        clear()
        firstUnsavedAt = null
      } else schedule()
    },
    get dirty() {
      return isDirty()
    },
    stop() {
      unsubscribe()
      clear()
      page?.removeEventListener('pagehide', onPageHide)
      page?.removeEventListener('visibilitychange', onVisibility)
    },
  }
}
