/**
 * Undo history over the document tier only. A gesture (a drag) pauses recording: its previews
 * change the document freely, then commit writes exactly one entry or cancel restores the snapshot.
 */
import type { Project } from '../timeline/model'

export const HISTORY_LIMIT = 200

export interface HistoryState {
  readonly past: readonly Project[]
  readonly future: readonly Project[]
  /** The document as it was when the gesture in progress began. */
  readonly gestureSnapshot: Project | null
}

export const emptyHistory: HistoryState = { past: [], future: [], gestureSnapshot: null }

/** Record a change from `before` to `after` (outside a gesture); no-ops record nothing. */
export const recordChange = (h: HistoryState, before: Project, after: Project): HistoryState => {
  if (before === after || h.gestureSnapshot) return h
  const past = [...h.past, before]
  if (past.length > HISTORY_LIMIT) past.shift()
  return { ...h, past, future: [] }
}

export const undoStep = (h: HistoryState, current: Project): { history: HistoryState; document: Project } | null => {
  if (h.gestureSnapshot || h.past.length === 0) return null
  const document = h.past[h.past.length - 1]
  return { document, history: { ...h, past: h.past.slice(0, -1), future: [current, ...h.future] } }
}

export const redoStep = (h: HistoryState, current: Project): { history: HistoryState; document: Project } | null => {
  if (h.gestureSnapshot || h.future.length === 0) return null
  const [document, ...future] = h.future
  return { document, history: { ...h, past: [...h.past, current], future } }
}
