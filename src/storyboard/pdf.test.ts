/** The storyboard PDF read back with pdfjs-dist (legacy build, Node): pages, size, texts, one panel per shot. */
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { arrowDiagram } from './arrows'
import { type StoryboardPanel, storyboardPdf } from './pdf'
import { storyboardRows } from './rows'
import { registry, threeShots } from './testProjects'

/** A solid-colour RGB PNG (what the previs renderer hands over, smaller). */
const png = (w: number, h: number, rgb: [number, number, number]): Uint8Array => {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (b: Buffer) => {
    let c = 0xffffffff
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const c = Buffer.alloc(4)
    c.writeUInt32BE(crc(td))
    return Buffer.concat([len, td, c])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const raw = Buffer.alloc((w * 3 + 1) * h)
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw.set(rgb, y * (w * 3 + 1) + 1 + x * 3)
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]))
}

const panelsOf = (project = threeShots()): StoryboardPanel[] =>
  storyboardRows(project, registry).map((row, i) => ({
    row,
    aspect: 16 / 9,
    frames: [{ bytes: png(32, 18, [200, 40, 40]), type: 'png' }, { bytes: png(32, 18, [40, 200, 40]), type: 'png' }, null],
    diagram: arrowDiagram(project.shots[i], registry).primitives,
  }))

interface PageText {
  width: number
  height: number
  text: string
  images: number
}

const readPdf = async (bytes: Uint8Array): Promise<PageText[]> => {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise
  const pages: PageText[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const [x0, y0, x1, y1] = page.view
    const content = await page.getTextContent()
    const ops = await page.getOperatorList()
    // 85 = paintImageXObject
    const images = ops.fnArray.filter((f: number) => f === 85).length
    pages.push({ width: x1 - x0, height: y1 - y0, text: content.items.map((it) => ('str' in it ? it.str : '')).join('\n'), images })
  }
  await doc.destroy()
  return pages
}

describe('storyboard PDF', () => {
  it('A4 landscape, 2 panels a page: 2 pages, the project name and page numbers, one panel per shot with its texts', async () => {
    const project = threeShots()
    const progress: number[] = []
    const bytes = await storyboardPdf(panelsOf(project), { projectName: 'Storyboard test', paper: 'a4', perPage: 2, onProgress: (d) => progress.push(d) })
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const pages = await readPdf(bytes)
    expect(pages).toHaveLength(2)
    for (const p of pages) expect([p.width, p.height]).toEqual([842, 595])
    expect(pages[0].text).toContain('Storyboard test')
    expect(pages[0].text).toContain('Page 1 of 2')
    expect(pages[1].text).toContain('Page 2 of 2')
    // one title per shot, on its page
    expect(pages[0].text).toContain('1 · Opening pan')
    expect(pages[0].text).toContain('2 · Push in')
    expect(pages[1].text).toContain('3 · Hold')
    expect(pages[0].text).not.toContain('3 · Hold')
    // each panel's texts: timecode, duration, lens, moves, route, notes (the arrow mapped for Helvetica)
    expect(pages[0].text).toContain('00:00:03:00 · 2.5 s · 60 frames · 35 mm · Full frame')
    expect(pages[0].text).toMatch(/Moves: 0-3 s: pan right/)
    expect(pages[0].text).toContain('Route: Previs (Takes panel)')
    expect(pages[0].text).toContain('Notes: Slow, "quiet" push -> then hold — café ?')
    // the arrow diagrams' labels
    expect(pages[0].text).toMatch(/PAN R \d+°/)
    expect(pages[0].text).toMatch(/DOLLY IN 2 m/)
    expect(pages[1].text).toContain('HOLD')
    // two frames per panel embedded (the third is missing: a grey box)
    expect(pages[0].images).toBe(4)
    expect(pages[1].images).toBe(2)
    expect(progress).toEqual([1, 2, 3])
  })

  it('Letter, 9 a page: one page 792 x 612', async () => {
    const pages = await readPdf(await storyboardPdf(panelsOf(), { projectName: 'x', paper: 'letter', perPage: 9 }))
    expect(pages).toHaveLength(1)
    expect([pages[0].width, pages[0].height]).toEqual([792, 612])
    expect(pages[0].text).toContain('Page 1 of 1')
    for (const t of ['1 · Opening pan', '2 · Push in', '3 · Hold']) expect(pages[0].text).toContain(t)
  })

  it('notes and names Helvetica cannot encode do not crash the export', async () => {
    const project = threeShots()
    const panels = panelsOf(project).map((p) => ({ ...p, row: { ...p.row, name: '镜头 🎬 →', notes: '→ ← ↑ ↓ ≈ ≤ 日本語 emoji 🎥 Łódź\u200b' } }))
    const pages = await readPdf(await storyboardPdf(panels, { projectName: 'Проект ✓', paper: 'a4', perPage: 4 }))
    expect(pages).toHaveLength(1)
    expect(pages[0].text).toContain('-> <- ^ v ~ <= ??? emoji ? ?ódz')
    expect(pages[0].text).toContain('?????? v')
  })

  it('a canceled export stops with AbortError', async () => {
    await expect(storyboardPdf(panelsOf(), { projectName: 'x', paper: 'a4', perPage: 1, signal: { aborted: true } })).rejects.toMatchObject({ name: 'AbortError' })
  })
})
