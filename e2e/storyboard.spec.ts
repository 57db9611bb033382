/**
 * The storyboard of a two-shot project (a pan, a dolly-in), opened from the TopBar: each panel's
 * frames (rendered offscreen by the previs renderer) match the studio's lens view at the same times;
 * a note is edited, undone and redone; the PDF (Letter, one panel a page), the PNG contact sheet and
 * the CSV shot list are downloaded and read back; reopening shows the cached frames at once; a panel's title selects its shot.
 */
import { readFile } from 'node:fs/promises'
import { type Page, expect, test } from '@playwright/test'
import Papa from 'papaparse'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { comparePngs, openStudio, settle } from './studio'

/** Frames are compared at this size (both scaled to it in the page). */
const W = 480
const H = 270
/** A storyboard frame and the lens view at the same time: MEAN absolute RGB difference under this (of 255). Only scaling and antialiasing differ. */
const SAME_FRAME_MAX_MEAN_DIFFERENCE = 3

/** A PNG of `src` (a URL in the page, or PNG bytes) drawn at W x H. */
const scaledPng = async (page: Page, src: string | Buffer): Promise<Buffer> => {
  const b64 = await page.evaluate(
    async ({ src, w, h }) => {
      const img = new Image()
      img.src = src
      await img.decode()
      const c = document.createElement('canvas')
      c.width = w
      c.height = h
      const ctx = c.getContext('2d')!
      ctx.imageSmoothingQuality = 'high'
      ctx.drawImage(img, 0, 0, w, h)
      return c.toDataURL('image/png').split(',')[1]
    },
    { src: typeof src === 'string' ? src : `data:image/png;base64,${src.toString('base64')}`, w: W, h: H },
  )
  return Buffer.from(b64, 'base64')
}

const download = async (page: Page, testId: string) => {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const path = await dl.path()
  return { name: dl.suggestedFilename(), bytes: await readFile(path!) }
}

test('storyboard: frames match the lens view, notes undo, PDF and CSV export', async ({ page }) => {
  test.setTimeout(240_000)
  const { errors } = await openStudio(page)
  await page.evaluate(() => {
    const s = () => (window as any).__studio.store.getState()
    const shot = (i: number) => s().document.shots[i].id
    s().renameProject('Storyboard e2e')
    s().renameShot(shot(0), 'Opening pan')
    let id = s().addPresetClip('pan-right', { startS: 0 })
    s().setClipTiming(id, 0, 2)
    s().updateShotSettings(shot(0), { durationS: 2 })
    s().addShot()
    s().selectShot(shot(1))
    s().renameShot(shot(1), 'Push in')
    id = s().addPresetClip('dolly-in', { startS: 0 })
    s().setClipTiming(id, 0, 1.5)
    s().setClipParams(id, { distance: 2 })
    s().updateShotSettings(shot(1), { durationS: 1.5 })
    // the lens view alone, no guides: what the storyboard frames are compared with
    s().setViewLayout('lens')
    for (const g of ['thirds', 'safeAreas', 'horizon']) s().toggleGuide(g)
  })

  await page.getByTestId('topbar.storyboard').click()
  const board = page.getByTestId('storyboard')
  await expect(board).toBeVisible()
  const panels = board.getByTestId('storyboard.panel')
  await expect(panels).toHaveCount(2)
  await expect(board.getByTestId('storyboard.frame')).toHaveCount(6, { timeout: 120_000 })
  await expect(panels.nth(0).getByTestId('storyboard.title')).toHaveText('1 · Opening pan')
  await expect(panels.nth(1).getByTestId('storyboard.meta')).toHaveText('00:00:02:00 · 1.5 s · 36 frames · 35 mm · Full frame')
  await expect(panels.nth(0).getByTestId('storyboard.moves')).toContainText('pan right')
  await expect(panels.nth(1).getByTestId('storyboard.moves')).toContainText('dolly in 2 m')
  await expect(panels.nth(0).getByTestId('storyboard.route')).toHaveText('Route: Previs (Takes panel)')
  await expect(panels.nth(0).locator('[data-role="pan"]')).toHaveCount(1)
  await expect(panels.nth(1).locator('[data-role="dolly"]')).toHaveCount(4)
  await page.screenshot({ path: 'test-results/storyboard-open.png' })

  // the frames as the storyboard shows them, with their times
  const frames = await board.getByTestId('storyboard.frame').evaluateAll((imgs) =>
    imgs.map((img) => ({ src: (img as HTMLImageElement).src, time: Number(img.getAttribute('data-time')), shotId: img.closest('[data-shot-id]')!.getAttribute('data-shot-id')! })),
  )
  expect(frames.map((f) => f.time)).toEqual([0, 1, 47 / 24, 0, 0.75, 35 / 24])
  const storyPngs = await Promise.all(frames.map((f) => scaledPng(page, f.src)))

  // Esc closes it; the lens view at the same times
  await page.keyboard.press('Escape')
  await expect(board).toHaveCount(0)
  const lens = page.getByTestId('viewport.lens')
  const diffs: number[] = []
  let crossed = 0
  for (let i = 0; i < frames.length; i++) {
    await page.evaluate(({ shotId, t }) => {
      const s = (window as any).__studio.store.getState()
      if (s.selectedShotId !== shotId) s.selectShot(shotId)
      ;(window as any).__studio.setPlayhead(t)
    }, { shotId: frames[i].shotId, t: frames[i].time })
    await settle(page)
    await settle(page)
    const lensPng = await scaledPng(page, await lens.screenshot())
    diffs.push((await comparePngs(page, storyPngs[i], lensPng)).meanDifference)
    // the comparison tells frames apart: the pan's start frame against its end in the lens
    if (i === 2) crossed = (await comparePngs(page, storyPngs[0], lensPng)).meanDifference
  }
  console.log(`storyboard vs lens mean differences: ${diffs.map((d) => d.toFixed(2)).join(', ')}; pan start vs end: ${crossed.toFixed(2)}`)
  for (const d of diffs) expect(d).toBeLessThan(SAME_FRAME_MAX_MEAN_DIFFERENCE)
  expect(crossed).toBeGreaterThan(Math.max(...diffs.slice(0, 3)) * 2)

  // reopening (Shift+B) shows the cached frames at once
  await page.keyboard.press('Shift+B')
  await expect(board).toBeVisible()
  await expect(board.getByTestId('storyboard.framePending')).toHaveCount(0)
  await expect(board.getByTestId('storyboard.frame')).toHaveCount(6)

  // a note: committed on blur as one undo step; Ctrl+Z takes it back, Shift+Ctrl+Z again
  const note = 'Slow, "quiet" push →\nthen hold — café'
  const notes = panels.nth(1).getByTestId('storyboard.notes')
  await notes.fill(note)
  await notes.press('Escape') // leaves the field (commits), the view stays open
  await expect(board).toBeVisible()
  const notesOf = () => page.evaluate(() => (window as any).__studio.getDocument().shots[1].notes ?? '')
  expect(await notesOf()).toBe(note)
  await page.keyboard.press('Control+z')
  await expect(notes).toHaveValue('')
  expect(await notesOf()).toBe('')
  await page.keyboard.press('Control+Shift+z')
  await expect(notes).toHaveValue(note)

  // CSV: every field quoted, read back by a CSV parser
  const csv = await download(page, 'storyboard.exportCsv')
  expect(csv.name).toBe('storyboard-e2e_shot-list.csv')
  const text = csv.bytes.toString('utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(parsed.data[0]).toEqual(['Shot', 'Name', 'Start', 'Duration (s)', 'Moves', 'Lens', 'Route', 'Chosen take', 'Notes'])
  expect(parsed.data.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[6], r[8]])).toEqual([
    ['1', 'Opening pan', '00:00:00:00', '2', 'Previs', ''],
    ['2', 'Push in', '00:00:02:00', '1.5', 'Previs', note],
  ])

  // the PNG contact sheet: one image, two panels in a row (32 px margins, 640 px cells, 28 px gutter)
  const sheet = await download(page, 'storyboard.exportPng')
  expect(sheet.name).toBe('storyboard-e2e_contact-sheet.png')
  expect(sheet.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  expect(sheet.bytes.readUInt32BE(16)).toBe(2 * 32 + 2 * 640 + 28)

  // PDF: Letter, one panel a page: two pages with the project name, page numbers and each shot's texts
  await page.getByTestId('storyboard.paper').selectOption('letter')
  await page.getByTestId('storyboard.perPage').selectOption('1')
  const pdf = await download(page, 'storyboard.exportPdf')
  expect(pdf.name).toBe('storyboard-e2e_storyboard_letter_1-per-page.pdf')
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const doc = await getDocument({ data: new Uint8Array(pdf.bytes), isEvalSupported: false, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise
  expect(doc.numPages).toBe(2)
  const pageTexts: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i)
    expect(p.view).toEqual([0, 0, 792, 612])
    pageTexts.push((await p.getTextContent()).items.map((it: any) => it.str).join('\n'))
  }
  await doc.destroy()
  expect(pageTexts[0]).toContain('Storyboard e2e')
  expect(pageTexts[0]).toContain('1 · Opening pan')
  expect(pageTexts[0]).toContain('Page 1 of 2')
  expect(pageTexts[1]).toContain('2 · Push in')
  expect(pageTexts[1]).toContain('Page 2 of 2')
  expect(pageTexts[1]).toContain('Notes: Slow, "quiet" push -> then hold — café')

  // a panel's title selects its shot and goes back to the studio
  await panels.nth(0).getByTestId('storyboard.title').click()
  await expect(board).toHaveCount(0)
  expect(await page.evaluate(() => (window as any).__studio.getState().selectedShotId)).toBe(frames[0].shotId)
  expect(errors).toEqual([])
})
