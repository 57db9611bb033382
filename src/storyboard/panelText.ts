/** The words of a panel, the same in the view, the PDF and the contact sheet. */
import type { StoryboardRow } from './rows'

export interface PanelText {
  /** "3 · Shot name" */
  readonly title: string
  /** "00:00:05:00 · 4.5 s · 108 frames · 35 mm · Super 35" */
  readonly meta: string
  /** "Route: Previs (Takes panel)", or the chosen take's route and the take. */
  readonly route: string
  readonly moves: string
  /** '' when the shot has none. */
  readonly notes: string
}

export const panelText = (row: StoryboardRow): PanelText => ({
  title: `${row.number} · ${row.name}`,
  meta: `${row.startTimecode} · ${row.durationText} · ${row.lens}`,
  route: row.chosenTake ? `Chosen take: ${row.chosenTake}` : `Route: ${row.route} (Takes panel)`,
  moves: `Moves: ${row.moves}`,
  notes: row.notes ? `Notes: ${row.notes}` : '',
})

/**
 * How many of `available` lines the moves and the notes get: each what it needs when both fit,
 * else the notes at least half (rounded up) and the moves the rest.
 */
export const shareLines = (available: number, movesNeed: number, notesNeed: number): { moves: number; notes: number } => {
  const n = Math.max(0, Math.floor(available))
  if (movesNeed + notesNeed <= n) return { moves: movesNeed, notes: notesNeed }
  const notes = Math.min(notesNeed, Math.max(Math.ceil(n / 2), n - movesNeed))
  return { moves: Math.min(movesNeed, n - notes), notes }
}
