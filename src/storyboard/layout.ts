/**
 * Page and panel geometry for the storyboard's PDF and PNG contact sheet. Rectangles are in points
 * (PDF) or pixels (PNG) with the origin at the top left and y growing downwards; the PDF writer flips
 * them. A panel is the start frame (large, with the arrow diagram), the middle and end frames stacked
 * at its right, and the text block under them.
 */

export interface Rect {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

export const PAPER_SIZES = ['a4', 'letter'] as const
export type Paper = (typeof PAPER_SIZES)[number]
/** Landscape page sizes in points (1/72 inch). */
export const PAPER_PT: Readonly<Record<Paper, { readonly w: number; readonly h: number }>> = {
  a4: { w: 842, h: 595 },
  letter: { w: 792, h: 612 },
}
export const PAPER_LABEL: Readonly<Record<Paper, string>> = { a4: 'A4', letter: 'Letter' }

export const PANELS_PER_PAGE = [1, 2, 4, 6, 9] as const
export type PanelsPerPage = (typeof PANELS_PER_PAGE)[number]

/** Columns × rows of each choice (landscape pages: wider grids first). */
export const GRID: Readonly<Record<PanelsPerPage, { readonly columns: number; readonly rows: number }>> = {
  1: { columns: 1, rows: 1 },
  2: { columns: 2, rows: 1 },
  4: { columns: 2, rows: 2 },
  6: { columns: 3, rows: 2 },
  9: { columns: 3, rows: 3 },
}

/** Text size (pt) of a panel's body at each density; the title is 1.2 times it. */
export const FONT_PT: Readonly<Record<PanelsPerPage, number>> = { 1: 11, 2: 9, 4: 8, 6: 7, 9: 6 }

export const PAGE_MARGIN_PT = 28
export const HEADER_PT = 22
export const FOOTER_PT = 18
export const GUTTER_PT = 12

export interface PageLayout {
  readonly widthPt: number
  readonly heightPt: number
  /** Baseline-free boxes: the header line (project name left, "Storyboard" right) and the footer line ("Page i of n"). */
  readonly header: Rect
  readonly footer: Rect
  /** The panel cells, row by row. */
  readonly cells: readonly Rect[]
  readonly fontPt: number
}

export const pageLayout = (paper: Paper, perPage: PanelsPerPage): PageLayout => {
  const { w, h } = PAPER_PT[paper]
  const { columns, rows } = GRID[perPage]
  const m = PAGE_MARGIN_PT
  const header: Rect = { x: m, y: m, w: w - 2 * m, h: HEADER_PT }
  const footer: Rect = { x: m, y: h - m - FOOTER_PT, w: w - 2 * m, h: FOOTER_PT }
  const top = header.y + header.h + GUTTER_PT / 2
  const bottom = footer.y - GUTTER_PT / 2
  const cellW = (w - 2 * m - (columns - 1) * GUTTER_PT) / columns
  const cellH = (bottom - top - (rows - 1) * GUTTER_PT) / rows
  const cells: Rect[] = []
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) cells.push({ x: m + c * (cellW + GUTTER_PT), y: top + r * (cellH + GUTTER_PT), w: cellW, h: cellH })
  return { widthPt: w, heightPt: h, header, footer, cells, fontPt: FONT_PT[perPage] }
}

/** How many pages `count` panels take at `perPage` a page (at least one: an empty project still prints its header). */
export const pageCount = (count: number, perPage: number): number => Math.max(1, Math.ceil(count / perPage))

/** "Page 2 of 5" */
export const pageLabel = (index: number, total: number): string => `Page ${index + 1} of ${total}`

export interface PanelLayout {
  readonly start: Rect
  readonly middle: Rect
  readonly end: Rect
  readonly text: Rect
}

/** The share of a panel's height its frames take at most. */
export const FRAME_SHARE = 0.62

/**
 * A panel in a cell: the start frame and the two smaller frames stacked at its right fill the
 * cell's width (or FRAME_SHARE of its height, whichever is less), the text block the rest below.
 */
export const panelLayout = (cell: Rect, aspect: number, gap: number): PanelLayout => {
  // start width S, small frames (S/aspect − gap)/2 high: total width 1.5 S + gap − gap·aspect/2
  const byWidth = (cell.w - gap + (gap * aspect) / 2) / 1.5
  const byHeight = cell.h * FRAME_SHARE * aspect
  const startW = Math.max(1, Math.min(byWidth, byHeight))
  const startH = startW / aspect
  const smallH = Math.max(1, (startH - gap) / 2)
  const smallW = smallH * aspect
  const start: Rect = { x: cell.x, y: cell.y, w: startW, h: startH }
  const middle: Rect = { x: cell.x + startW + gap, y: cell.y, w: smallW, h: smallH }
  const end: Rect = { x: cell.x + startW + gap, y: cell.y + smallH + gap, w: smallW, h: smallH }
  const textY = cell.y + startH + gap
  return { start, middle, end, text: { x: cell.x, y: textY, w: cell.w, h: Math.max(0, cell.y + cell.h - textY) } }
}

/** The contact sheet: `columns` panels a row, each `cellW` wide, under a header; sizes in pixels. */
export interface SheetLayout {
  readonly width: number
  readonly height: number
  readonly header: Rect
  readonly cells: readonly Rect[]
}

export const contactSheetLayout = (count: number, columns: number, cellW: number, cellH: number, margin = 24, headerH = 40, gutter = 20): SheetLayout => {
  const cols = Math.max(1, Math.min(columns, count))
  const rows = Math.max(1, Math.ceil(count / cols))
  const width = 2 * margin + cols * cellW + (cols - 1) * gutter
  const header: Rect = { x: margin, y: margin, w: width - 2 * margin, h: headerH }
  const top = margin + headerH + gutter
  const cells = Array.from({ length: count }, (_, i): Rect => ({ x: margin + (i % cols) * (cellW + gutter), y: top + Math.floor(i / cols) * (cellH + gutter), w: cellW, h: cellH }))
  return { width, height: top + rows * cellH + (rows - 1) * gutter + margin, header, cells }
}
