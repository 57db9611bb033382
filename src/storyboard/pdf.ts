/**
 * The storyboard as a PDF (pdf-lib; load this module with a dynamic import, only when exporting):
 * landscape A4 or Letter, a chosen number of panels a page, the project name in the header and
 * "Page i of n" in the footer. Each panel: the start frame with the arrow diagram drawn over it as
 * vector paths, the middle and end frames, and the shot's texts in Helvetica (WinAnsi: characters it
 * cannot encode are mapped or replaced, see winAnsi.ts). Pure: bytes in, bytes out, no DOM.
 */
import { type PDFFont, type PDFImage, type PDFPage, PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import type { DiagramPrimitive } from './arrows'
import { ROLE_COLOURS } from './arrows'
import { type Paper, type PanelsPerPage, type Rect, pageCount, pageLabel, pageLayout, panelLayout } from './layout'
import { panelText, shareLines } from './panelText'
import type { StoryboardRow } from './rows'
import { toWinAnsi } from './winAnsi'
import { wrapText } from './wrap'

export interface PanelImage {
  readonly bytes: Uint8Array
  readonly type: 'png' | 'jpeg'
}

export interface StoryboardPanel {
  readonly row: StoryboardRow
  /** Width over height of the shot's frame. */
  readonly aspect: number
  /** Start, middle and end frames; a missing frame prints as a grey box. */
  readonly frames: readonly [PanelImage | null, PanelImage | null, PanelImage | null]
  readonly diagram: readonly DiagramPrimitive[]
}

export interface StoryboardPdfOptions {
  readonly projectName: string
  readonly paper: Paper
  readonly perPage: PanelsPerPage
  /** An AbortSignal (anything with `aborted`): stops between panels with an AbortError. */
  readonly signal?: { readonly aborted: boolean }
  /** Panels laid out so far, of all. */
  readonly onProgress?: (done: number, total: number) => void
}

const hex = (h: string) => rgb(parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255)
const INK = rgb(0.1, 0.1, 0.1)
const MUTED = rgb(0.38, 0.38, 0.38)
const FRAME_BG = rgb(0.85, 0.85, 0.85)

const aborted = (signal?: { readonly aborted: boolean }) => {
  if (!signal?.aborted) return
  const e = new Error('The storyboard export was canceled.')
  e.name = 'AbortError'
  throw e
}

interface Fonts {
  readonly regular: PDFFont
  readonly bold: PDFFont
  readonly italic: PDFFont
}

/** Draws `rect` (top-left origin) with pdf-lib's bottom-left origin. */
const flip = (page: PDFPage, r: Rect) => ({ x: r.x, y: page.getHeight() - r.y - r.h, width: r.w, height: r.h })

const drawFrame = (page: PDFPage, image: PDFImage | null, r: Rect) => {
  if (image) page.drawImage(image, flip(page, r))
  else page.drawRectangle({ ...flip(page, r), color: FRAME_BG })
  page.drawRectangle({ ...flip(page, r), borderColor: INK, borderWidth: 0.5 })
}

const svgPath = (points: readonly (readonly [number, number])[], r: Rect) => points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${(x * r.w).toFixed(2)} ${(y * r.h).toFixed(2)}`).join(' ')

/** The arrowhead triangle at the end of a path, in the rect's local units. */
const headPath = (points: readonly (readonly [number, number])[], r: Rect, size: number): string | null => {
  const [x1, y1] = points[points.length - 1]
  // the last point far enough back to give a direction
  let k = points.length - 2
  while (k > 0 && Math.hypot((points[k][0] - x1) * r.w, (points[k][1] - y1) * r.h) < size * 0.5) k--
  if (k < 0) return null
  const [x0, y0] = points[k]
  const dx = (x1 - x0) * r.w
  const dy = (y1 - y0) * r.h
  const len = Math.hypot(dx, dy)
  if (len === 0) return null
  const ux = dx / len
  const uy = dy / len
  const tx = x1 * r.w
  const ty = y1 * r.h
  const bx = tx - ux * size
  const by = ty - uy * size
  const f = (n: number) => n.toFixed(2)
  return `M ${f(tx)} ${f(ty)} L ${f(bx - uy * size * 0.5)} ${f(by + ux * size * 0.5)} L ${f(bx + uy * size * 0.5)} ${f(by - ux * size * 0.5)} Z`
}

/** The arrow diagram over the start frame, as vector paths and labels. */
const drawDiagram = (page: PDFPage, diagram: readonly DiagramPrimitive[], r: Rect, fonts: Fonts) => {
  const unit = Math.max(0.6, Math.sqrt(r.w * r.h) / 165)
  const origin = { x: r.x, y: page.getHeight() - r.y }
  for (const p of diagram) {
    const colour = hex(ROLE_COLOURS[p.role])
    if (p.kind === 'path') {
      const d = svgPath(p.points, r)
      page.drawSvgPath(d, { ...origin, borderColor: rgb(0, 0, 0), borderWidth: 3.2 * unit, borderOpacity: 0.55 })
      page.drawSvgPath(d, { ...origin, borderColor: colour, borderWidth: 1.6 * unit })
      const head = p.arrowHead ? headPath(p.points, r, 7 * unit) : null
      if (head) page.drawSvgPath(head, { ...origin, color: colour, borderColor: rgb(0, 0, 0), borderWidth: 0.5 * unit })
    } else {
      const size = Math.max(4.5, 6.5 * unit)
      const text = toWinAnsi(p.text)
      const w = fonts.bold.widthOfTextAtSize(text, size)
      const cx = r.x + p.at[0] * r.w
      const x = Math.min(r.x + r.w - w - 2, Math.max(r.x + 2, p.align === 'center' ? cx - w / 2 : p.align === 'right' ? cx - w : cx))
      const yTop = r.y + p.at[1] * r.h - size * 0.6
      page.drawRectangle({ x: x - 1.5, y: page.getHeight() - yTop - size * 1.2, width: w + 3, height: size * 1.2, color: rgb(0, 0, 0), opacity: 0.6 })
      page.drawText(text, { x, y: page.getHeight() - yTop - size * 0.9, size, font: fonts.bold, color: colour })
    }
  }
}

const drawPanelText = (page: PDFPage, panel: StoryboardPanel, r: Rect, fontPt: number, fonts: Fonts) => {
  const t = panelText(panel.row)
  const lead = fontPt * 1.25
  const titlePt = fontPt * 1.2
  const H = page.getHeight()
  let y = r.y
  const line = (text: string, font: PDFFont, size: number, colour = INK) => {
    page.drawText(text, { x: r.x, y: H - y - size, size, font, color: colour })
    y += size * 1.25
  }
  const fit = (s: string, font: PDFFont, size: number) => wrapText(toWinAnsi(s), r.w, (x) => font.widthOfTextAtSize(x, size), 1)[0]
  line(fit(t.title, fonts.bold, titlePt), fonts.bold, titlePt)
  line(fit(t.meta, fonts.regular, fontPt), fonts.regular, fontPt, MUTED)
  line(fit(t.route, fonts.regular, fontPt), fonts.regular, fontPt, MUTED)
  const measure = (font: PDFFont) => (s: string) => font.widthOfTextAtSize(s, fontPt)
  const moves = wrapText(toWinAnsi(t.moves), r.w, measure(fonts.regular))
  const notes = t.notes ? wrapText(toWinAnsi(t.notes), r.w, measure(fonts.italic)) : []
  const share = shareLines((r.y + r.h - y) / lead, moves.length, notes.length)
  const movesShown = share.moves < moves.length ? wrapText(toWinAnsi(t.moves), r.w, measure(fonts.regular), share.moves) : moves
  const notesShown = share.notes < notes.length ? wrapText(toWinAnsi(t.notes), r.w, measure(fonts.italic), share.notes) : notes
  for (const l of movesShown) line(l, fonts.regular, fontPt)
  for (const l of notesShown) line(l, fonts.italic, fontPt)
}

export const storyboardPdf = async (panels: readonly StoryboardPanel[], options: StoryboardPdfOptions): Promise<Uint8Array> => {
  const doc = await PDFDocument.create()
  const title = toWinAnsi(options.projectName)
  doc.setTitle(`${title} storyboard`)
  doc.setCreator('Framewright')
  doc.setProducer('Framewright (pdf-lib)')
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  }
  const layout = pageLayout(options.paper, options.perPage)
  const total = pageCount(panels.length, options.perPage)
  const embed = (img: PanelImage | null) => (img ? (img.type === 'png' ? doc.embedPng(img.bytes) : doc.embedJpg(img.bytes)) : Promise.resolve(null))
  for (let p = 0; p < total; p++) {
    aborted(options.signal)
    const page = doc.addPage([layout.widthPt, layout.heightPt])
    const H = layout.heightPt
    const headPt = 12
    const name = wrapText(title, layout.header.w * 0.7, (s) => fonts.bold.widthOfTextAtSize(s, headPt), 1)[0]
    page.drawText(name, { x: layout.header.x, y: H - layout.header.y - headPt, size: headPt, font: fonts.bold, color: INK })
    const right = 'Storyboard'
    page.drawText(right, { x: layout.header.x + layout.header.w - fonts.regular.widthOfTextAtSize(right, 10), y: H - layout.header.y - headPt, size: 10, font: fonts.regular, color: MUTED })
    page.drawLine({ start: { x: layout.header.x, y: H - layout.header.y - layout.header.h + 4 }, end: { x: layout.header.x + layout.header.w, y: H - layout.header.y - layout.header.h + 4 }, thickness: 0.5, color: MUTED })
    const footer = pageLabel(p, total)
    const fw = fonts.regular.widthOfTextAtSize(footer, 9)
    page.drawText(footer, { x: layout.footer.x + (layout.footer.w - fw) / 2, y: H - layout.footer.y - layout.footer.h + 4, size: 9, font: fonts.regular, color: MUTED })
    const onPage = panels.slice(p * options.perPage, (p + 1) * options.perPage)
    for (let i = 0; i < onPage.length; i++) {
      aborted(options.signal)
      const panel = onPage[i]
      const cell = layout.cells[i]
      const geometry = panelLayout(cell, panel.aspect, Math.max(3, layout.fontPt * 0.6))
      const [start, middle, end] = await Promise.all(panel.frames.map(embed))
      drawFrame(page, start, geometry.start)
      drawDiagram(page, panel.diagram, geometry.start, fonts)
      drawFrame(page, middle, geometry.middle)
      drawFrame(page, end, geometry.end)
      drawPanelText(page, panel, geometry.text, layout.fontPt, fonts)
      options.onProgress?.(p * options.perPage + i + 1, panels.length)
    }
  }
  aborted(options.signal)
  return doc.save()
}
