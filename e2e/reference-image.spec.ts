/**
 * The shot's reference image, end to end: an image dropped on a shot shows in the Inspector, stands
 * as a card in the director view (its colour appears there) and lies over the lens view at the
 * overlay's opacity; the exported project file carries its bytes; a file that is not an image is
 * refused with one message and changes nothing; the storyboard shows it and exports the PDF and CSV;
 * Undo takes the image away again.
 */
import { readFile } from 'node:fs/promises'
import { type Page, expect, test } from '@playwright/test'
import { openStudio, settle } from './studio'

/** Drops a file made in the page on the element matching `selector` (dragenter, dragover, drop, as a browser does). */
const dropFile = (page: Page, selector: string, file: { kind: 'png'; width: number; height: number; name: string } | { kind: 'text'; name: string }) =>
  page.evaluate(
    async ({ selector, file }) => {
      let blob: Blob
      if (file.kind === 'png') {
        const c = document.createElement('canvas')
        c.width = file.width
        c.height = file.height
        const ctx = c.getContext('2d')!
        ctx.fillStyle = '#ff00ff' // a colour nothing in the studio's scene has
        ctx.fillRect(0, 0, c.width, c.height)
        blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/png'))
      } else blob = new Blob(['not a picture'], { type: 'text/plain' })
      const dt = new DataTransfer()
      dt.items.add(new File([blob], file.name, { type: blob.type }))
      const target = document.querySelector(selector)!
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { selector, file },
  )

/** How many pixels of a PNG screenshot are magenta (the test image's colour, blended or not). */
const magentaPixels = (page: Page, png: Buffer) =>
  page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const d = ctx.getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 0; i < d.length; i += 4) if (d[i] > 170 && d[i + 2] > 170 && d[i + 1] < 110) n++
    return n
  }, png.toString('base64'))

const referenceImage = (page: Page) =>
  page.evaluate(() => {
    const s = (window as any).__studio.getState()
    return s.document.shots.find((x: any) => x.id === s.selectedShotId).referenceImage ?? null
  })

test('an image dropped on a shot shows in both views, travels in the project file, and Undo takes it away', async ({ page }) => {
  const { errors } = await openStudio(page)
  const director = page.getByTestId('viewport.director')
  await settle(page)
  const before = await magentaPixels(page, await director.screenshot())

  // a 4:3 image on the (16:9) shot
  await dropFile(page, '[data-testid="timeline.shot"]', { kind: 'png', width: 800, height: 600, name: 'magenta.png' })
  await expect(page.getByTestId('inspector.reference.name')).toHaveText('magenta.png')
  await expect(page.getByTestId('inspector.reference.size')).toContainText('800×600')
  await expect(page.getByTestId('inspector.reference.thumb')).toBeVisible()
  await expect(page.getByTestId('timeline.shot-reference')).toHaveCount(1)
  await expect(page.getByTestId('inspector.reference.aspect')).toContainText('The image is 4:3 (1.33); the shot is 16:9 (1.78).')
  const image = await referenceImage(page)
  // an opaque PNG is stored as a JPEG (no transparency to keep)
  expect(image).toMatchObject({ fileName: 'magenta.png', mimeType: 'image/jpeg', widthPx: 800, heightPx: 600 })

  // the director view: the card stands in the scene in the image's colour
  await expect.poll(async () => magentaPixels(page, await director.screenshot()), { timeout: 20_000 }).toBeGreaterThan(before + 400)

  // the lens view: the image over the gate at the overlay's opacity, which the slider changes
  await page.getByTestId('viewport.layout.lens').click()
  const overlay = page.getByTestId('viewport.referenceOverlay')
  await expect(overlay).toBeVisible()
  await expect(overlay).toHaveAttribute('data-opacity', '0.5')
  await page.getByTestId('inspector.reference.opacity').focus()
  await page.keyboard.press('ArrowRight')
  await expect(overlay).toHaveAttribute('data-opacity', '0.55')
  const gate = await page.getByTestId('viewport.lens').boundingBox()
  const shown = await overlay.boundingBox()
  expect(Math.abs(shown!.width - gate!.width)).toBeLessThan(2)
  expect(Math.abs(shown!.height - gate!.height)).toBeLessThan(2)

  // Crop to the gate: a new 16:9 image, one undo step
  await page.getByTestId('inspector.reference.crop').click()
  await expect(page.getByTestId('inspector.reference.size')).toContainText('800×450')
  await expect(page.getByTestId('inspector.reference.aspect')).toHaveCount(0)
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('inspector.reference.size')).toContainText('800×600')
  expect(await referenceImage(page)).toEqual(image)

  // the share link carries no image, and says so
  await page.getByTestId('topbar.share').click()
  await expect(page.getByTestId('share.mediaLeftOut')).toContainText("Shot 1's reference image (magenta.png) is not in the link.")
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('share.dialog')).toHaveCount(0)

  // Export project: the file carries the image's bytes under its id
  const download = page.waitForEvent('download')
  await page.getByTestId('file.save').click()
  const text = await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
  const file = JSON.parse(text)
  expect(file.project.shots[0].referenceImage.assetId).toBe(image.assetId)
  expect(file.assets[image.assetId].mimeType).toBe('image/jpeg')
  expect(file.assets[image.assetId].base64.length).toBeGreaterThan(100)

  // the storyboard shows the shot with its picture, and hands it over as PDF and CSV
  await page.getByTestId('topbar.storyboard').click()
  const board = page.getByTestId('storyboard')
  await expect(board.getByTestId('storyboard.reference')).toHaveAttribute('alt', 'Reference image magenta.png')
  const take = async (testId: string) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), board.getByTestId(testId).click()])
    return readFile((await dl.path())!)
  }
  const pdf = await take('storyboard.exportPdf')
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const csv = (await take('storyboard.exportCsv')).toString('utf8')
  expect(csv.split('\r\n')[1]).toMatch(/^"1","Shot 1","00:00:00:00"/)
  await page.keyboard.press('Escape')
  await expect(board).toHaveCount(0)

  // a file that is not an image: one message, nothing changes
  await dropFile(page, '[data-testid="timeline.shot"]', { kind: 'text', name: 'notes.txt' })
  await expect(page.getByTestId('status.notice')).toHaveText('notes.txt is not an image: choose a JPEG, PNG or WebP file.')
  expect(await referenceImage(page)).toEqual(image)

  // Undo: the drop was one step
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('inspector.reference.image')).toHaveCount(0)
  await expect(overlay).toHaveCount(0)
  await expect(page.getByTestId('timeline.shot-reference')).toHaveCount(0)
  expect(await referenceImage(page)).toBeNull()
  expect(errors).toEqual([])
})

test('the image is kept with the project in this browser; where its bytes are gone it says so instead of failing', async ({ page }) => {
  const { errors } = await openStudio(page)
  // a large 3:2 photo is resized in the browser before it is stored; no shot aspect is 3:2, and it says so
  await dropFile(page, '[data-testid="timeline.shot"]', { kind: 'png', width: 3000, height: 2000, name: 'large.png' })
  await expect(page.getByTestId('inspector.reference.size')).toContainText('2048×1365')
  await expect(page.getByTestId('inspector.reference.noAspect')).toHaveText('No shot aspect is 3:2 (1.50).')
  await expect(page.getByTestId('inspector.reference.useAspect')).toHaveCount(0)
  // dropping another image replaces it
  await dropFile(page, '[data-testid="timeline.shot"]', { kind: 'png', width: 640, height: 360, name: 'kept.png' })
  await expect(page.getByTestId('inspector.reference.name')).toHaveText('kept.png')
  await expect(page.getByTestId('inspector.reference.thumb')).toBeVisible()
  await expect(page.getByTestId('inspector.reference.aspect')).toHaveCount(0) // 16:9 on a 16:9 shot
  await expect(page.getByTestId('status.save')).toHaveAttribute('data-state', 'saved')

  // reopened from the library: the image comes back from IndexedDB
  await page.reload()
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('inspector.reference.name')).toHaveText('kept.png')
  await expect(page.getByTestId('inspector.reference.thumb')).toBeVisible()
  await expect(page.getByTestId('viewport.referenceOverlay')).toBeVisible()

  // the bytes gone (storage cleared, or a file without them): the shot keeps its image and says to choose it again
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('framewright-assets')
        req.onsuccess = () => resolve()
        req.onerror = () => reject(req.error)
      }),
  )
  await page.reload()
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('inspector.reference.missing')).toHaveText('Image missing — choose the file again')
  await expect(page.getByTestId('viewport.referenceOverlay')).toHaveCount(0)
  await expect(page.getByTestId('timeline.shot-reference')).toHaveCount(1)
  expect(errors).toEqual([])
})
