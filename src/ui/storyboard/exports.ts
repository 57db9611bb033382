/**
 * The storyboard's downloads: the PDF (pdf-lib, loaded here on first use), the PNG contact sheet
 * (canvas 2D) and the shot list CSV. Each takes the panels as the view shows them.
 */
import { downloadBlob } from '../../persistence/files'
import { type DiagramPrimitive, type Paper, type PanelsPerPage, type StoryboardRow, contactSheetLayout, panelLayout, panelText, shareLines, shotListCsv, wrapText } from '../../storyboard'
import { drawDiagram } from './drawDiagram'
import type { ShotFrames } from './frames'

export interface ExportPanel {
  readonly row: StoryboardRow
  readonly aspect: number
  readonly frames: ShotFrames
  readonly diagram: readonly DiagramPrimitive[]
}

export const slug = (name: string): string => name.trim().replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'project'

const abortIf = (signal: AbortSignal) => {
  if (signal.aborted) throw new DOMException('The storyboard export was canceled.', 'AbortError')
}

export const exportCsv = (projectName: string, rows: readonly StoryboardRow[]) =>
  downloadBlob(new Blob([shotListCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${slug(projectName)}_shot-list.csv`)

/** A frame as JPEG bytes (a PDF of PNG frames is several times larger, for no visible gain). */
const jpegBytes = async (png: Blob): Promise<Uint8Array> => {
  const bitmap = await createImageBitmap(png)
  const c = document.createElement('canvas')
  c.width = bitmap.width
  c.height = bitmap.height
  const ctx = c.getContext('2d')
  if (!ctx) throw new Error('This browser could not draw the storyboard frames (no 2D canvas).')
  ctx.drawImage(bitmap, 0, 0)
  bitmap.close()
  const blob = await new Promise<Blob>((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('This browser could not encode a storyboard frame as JPEG.'))), 'image/jpeg', 0.88))
  return new Uint8Array(await blob.arrayBuffer())
}

export const exportPdf = async (
  projectName: string,
  panels: readonly ExportPanel[],
  paper: Paper,
  perPage: PanelsPerPage,
  signal: AbortSignal,
  onProgress: (fraction: number, what: string) => void,
): Promise<void> => {
  onProgress(0, 'Loading the PDF writer…')
  const { storyboardPdf } = await import('../../storyboard/pdf')
  const prepared = []
  for (let i = 0; i < panels.length; i++) {
    abortIf(signal)
    const p = panels[i]
    const frames = await Promise.all(p.frames.blobs.map(async (b) => ({ bytes: await jpegBytes(b), type: 'jpeg' as const })))
    prepared.push({ row: p.row, aspect: p.aspect, diagram: p.diagram, frames: [frames[0], frames[1], frames[2]] as const })
    onProgress((0.5 * (i + 1)) / panels.length, `Preparing frames ${i + 1} of ${panels.length}`)
  }
  const bytes = await storyboardPdf(prepared, {
    projectName,
    paper,
    perPage,
    signal,
    onProgress: (done, total) => onProgress(0.5 + (0.5 * done) / total, `Laying out panel ${done} of ${total}`),
  })
  abortIf(signal)
  downloadBlob(new Blob([bytes.slice().buffer], { type: 'application/pdf' }), `${slug(projectName)}_storyboard_${paper}_${perPage}-per-page.pdf`)
}

const SHEET_COLUMNS = 3
const CELL_W = 640
const FONT = 'ui-sans-serif, system-ui, sans-serif'
const BODY_PX = 13
const LINE_PX = 17
const MAX_TEXT_LINES = 9

/** The PNG contact sheet: every panel on one white sheet, three a row. */
export const exportContactSheet = async (projectName: string, panels: readonly ExportPanel[], signal: AbortSignal, onProgress: (fraction: number, what: string) => void): Promise<void> => {
  const gap = 6
  const frameH = Math.max(...panels.map((p) => panelLayout({ x: 0, y: 0, w: CELL_W, h: 1e6 }, p.aspect, gap).start.h))
  const cellH = Math.ceil(frameH + gap + LINE_PX * (3 + MAX_TEXT_LINES) + 8)
  const sheet = contactSheetLayout(panels.length, SHEET_COLUMNS, CELL_W, cellH, 32, 44, 28)
  const canvas = document.createElement('canvas')
  canvas.width = sheet.width
  canvas.height = sheet.height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('This browser could not draw the contact sheet (no 2D canvas).')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, sheet.width, sheet.height)
  ctx.fillStyle = '#111111'
  ctx.textBaseline = 'top'
  ctx.font = `700 22px ${FONT}`
  ctx.fillText(projectName, sheet.header.x, sheet.header.y + 6)
  ctx.font = `14px ${FONT}`
  ctx.fillStyle = '#666666'
  ctx.textAlign = 'right'
  ctx.fillText(`Storyboard · ${panels.length} shot${panels.length === 1 ? '' : 's'}`, sheet.header.x + sheet.header.w, sheet.header.y + 12)
  ctx.textAlign = 'left'
  for (let i = 0; i < panels.length; i++) {
    abortIf(signal)
    const p = panels[i]
    const cell = sheet.cells[i]
    const g = panelLayout({ ...cell, h: 1e6 }, p.aspect, gap)
    const rects = [g.start, g.middle, g.end]
    for (let k = 0; k < 3; k++) {
      const bitmap = await createImageBitmap(p.frames.blobs[k])
      ctx.drawImage(bitmap, rects[k].x, rects[k].y, rects[k].w, rects[k].h)
      bitmap.close()
      ctx.strokeStyle = '#222222'
      ctx.lineWidth = 1
      ctx.strokeRect(rects[k].x + 0.5, rects[k].y + 0.5, rects[k].w - 1, rects[k].h - 1)
    }
    drawDiagram(ctx, p.diagram, g.start.x, g.start.y, g.start.w, g.start.h)
    const t = panelText(p.row)
    let y = cell.y + frameH + gap + 2
    const line = (text: string, font: string, colour: string) => {
      ctx.font = font
      ctx.fillStyle = colour
      ctx.fillText(text, cell.x, y)
      y += LINE_PX
    }
    const one = (text: string, font: string) => {
      ctx.font = font
      return wrapText(text, cell.w, (s) => ctx.measureText(s).width, 1)[0]
    }
    line(one(t.title, `700 15px ${FONT}`), `700 15px ${FONT}`, '#111111')
    line(one(t.meta, `${BODY_PX}px ${FONT}`), `${BODY_PX}px ${FONT}`, '#555555')
    line(one(t.route, `${BODY_PX}px ${FONT}`), `${BODY_PX}px ${FONT}`, '#555555')
    ctx.font = `${BODY_PX}px ${FONT}`
    const measure = (s: string) => ctx.measureText(s).width
    const moves = wrapText(t.moves, cell.w, measure)
    ctx.font = `italic ${BODY_PX}px ${FONT}`
    const notes = t.notes ? wrapText(t.notes, cell.w, measure) : []
    const share = shareLines(MAX_TEXT_LINES, moves.length, notes.length)
    ctx.font = `${BODY_PX}px ${FONT}`
    for (const l of wrapText(t.moves, cell.w, measure, share.moves)) line(l, `${BODY_PX}px ${FONT}`, '#222222')
    ctx.font = `italic ${BODY_PX}px ${FONT}`
    if (share.notes > 0) for (const l of wrapText(t.notes, cell.w, measure, share.notes)) line(l, `italic ${BODY_PX}px ${FONT}`, '#222222')
    onProgress((i + 1) / panels.length, `Drawing panel ${i + 1} of ${panels.length}`)
  }
  abortIf(signal)
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`The contact sheet (${sheet.width} × ${sheet.height} px) is too large for this browser to encode; export the PDF instead.`))), 'image/png'),
  )
  downloadBlob(blob, `${slug(projectName)}_contact-sheet.png`)
}
