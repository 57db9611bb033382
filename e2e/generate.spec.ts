/**
 * Generate with the embedded previs route: a real H.264 MP4 comes back as a take of the shot, its
 * frames match the lens view at the same times, Cancel leaves nothing running, and a render cut by
 * a reload comes back interrupted and retries into a valid file.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { type Page, expect, test } from '@playwright/test'
import { openStudio, playhead, settle } from './studio'
import { decodeFramePng, meanPixelDifference, readVideoFacts } from './video'

/** One orbit over the whole shot, so every frame differs; guides off so the lens view is the picture alone. */
const designShot = async (page: Page, durationS: number) => {
  await page.evaluate((durationS) => {
    const studio = (window as any).__studio
    const id = studio.store.getState().addPresetClip('orbit-left', { startS: 0 })
    studio.store.getState().setClipTiming(id, 0, durationS)
    const s = studio.store.getState()
    s.updateShotSettings(s.selectedShotId, { durationS, fps: 24, aspect: '16:9' })
  }, durationS)
}

const takeRows = (page: Page) => page.getByTestId('take')

const generate = async (page: Page, size: '480p' | '720p' | '1080p') => {
  await page.getByTestId('takes.tab').click()
  await page.getByTestId(`takes.size.${size}`).click()
  await page.getByTestId('takes.generate').click()
}

const download = async (page: Page, row: ReturnType<typeof takeRows>) => {
  const [file] = await Promise.all([page.waitForEvent('download'), row.getByTestId('take.download').click()])
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile((await file.path())!)) }
}

test('previs generate: an H.264 MP4 of the shot whose frames match the lens view', async ({ page }) => {
  test.setTimeout(180_000)
  const { errors } = await openStudio(page)
  await designShot(page, 2)
  await generate(page, '720p')

  const row = takeRows(page).first()
  await expect(row.getByTestId('take.progress')).toBeVisible()
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 120_000 })
  await page.screenshot({ path: 'test-results/generate-done.png' })

  const { name, bytes } = await download(page, row)
  expect(name).toMatch(/^untitled-project_shot-1_previs_\d{4}-\d\d-\d\d_\d{4}-\d\d\.mp4$/)
  const facts = await readVideoFacts(bytes)
  expect(facts).toMatchObject({ codec: 'avc', width: 1280, height: 720, packets: 48 })
  expect(facts.mimeType).toMatch(/^video\/mp4/)
  expect(facts.durationS).toBeCloseTo(2.0, 3)

  // frames 0 and 47 against the lens view at t = 0 and 47/24 (guides off, lens-only layout)
  await page.evaluate(() => {
    const s = (window as any).__studio.store.getState()
    s.setViewLayout('lens')
    for (const g of ['thirds', 'safeAreas', 'horizon']) s.toggleGuide(g)
  })
  const lens = page.getByTestId('viewport.lens')
  const shotAt = async (frame: number) => {
    await page.evaluate((t) => (window as any).__studio.setPlayhead(t), frame / 24)
    await settle(page)
    return lens.screenshot()
  }
  const box = (await lens.boundingBox())!
  const [w, h] = [Math.round(box.width), Math.round(box.height)]
  const lens0 = await shotAt(0)
  const lens47 = await shotAt(47)
  const video0 = await decodeFramePng(page, bytes, 'video/mp4', 0.5 / 24, w, h)
  const video47 = await decodeFramePng(page, bytes, 'video/mp4', 47.5 / 24, w, h)
  await writeFile('test-results/generate-lens0.png', lens0)
  await writeFile('test-results/generate-video0.png', video0)
  const same0 = await meanPixelDifference(page, video0, lens0)
  const same47 = await meanPixelDifference(page, video47, lens47)
  const crossed = await meanPixelDifference(page, video0, lens47)
  // MEAN absolute RGB difference under 6 of 255: only antialiasing and compression differ
  console.log(`frame 0: ${same0.toFixed(2)}, frame 47: ${same47.toFixed(2)}, frame 0 vs lens 47: ${crossed.toFixed(2)}`)
  expect(same0).toBeLessThan(6)
  expect(same47).toBeLessThan(6)
  // and the comparison can tell frames apart: the orbit moved the picture
  expect(crossed).toBeGreaterThan(Math.max(same0, same47) * 2)

  // an edit of the shot marks the take as made from an earlier design
  await expect(row).toHaveAttribute('data-stale', 'false')
  await page.evaluate(() => {
    const s = (window as any).__studio.store.getState()
    s.updateShotSettings(s.selectedShotId, { durationS: 3 })
  })
  await expect(row.getByTestId('take.stale')).toHaveText('Made from an earlier version of this shot.')
  expect(errors).toEqual([])
})

test('cancel half-way leaves no take running and the studio still plays', async ({ page }) => {
  test.setTimeout(120_000)
  const { errors } = await openStudio(page)
  await designShot(page, 8)
  await generate(page, '480p')
  const row = takeRows(page).first()
  await expect.poll(async () => Number(await row.getByTestId('take.progress').getAttribute('data-fraction')), { timeout: 60_000 }).toBeGreaterThan(0.2)
  await expect(row.getByTestId('take.progressText')).toContainText(/\d+ \/ 192 frames · [\d.]+ fps · .* left/)
  await row.getByTestId('take.cancel').click()
  await expect(row).toHaveAttribute('data-status', 'canceled')
  await expect(page.locator('[data-testid="take"][data-status="running"]')).toHaveCount(0)
  await expect(row.getByTestId('take.retry')).toBeVisible()
  await expect(row.getByTestId('take.download')).toHaveCount(0)

  // the studio plays
  await page.evaluate(() => (window as any).__studio.setPlayhead(0))
  await page.getByTestId('viewport').click({ position: { x: 5, y: 200 } })
  await page.keyboard.press('Space')
  await expect.poll(() => playhead(page), { timeout: 10_000 }).toBeGreaterThan(0.2)
  await page.keyboard.press('Space')
  expect(errors).toEqual([])
})

test('a reload during a render brings the take back interrupted, and Retry makes a valid MP4', async ({ page }) => {
  test.setTimeout(180_000)
  await openStudio(page)
  await designShot(page, 3)
  await page.waitForTimeout(1200) // autosave of the design (debounced)
  await generate(page, '480p')
  const row = takeRows(page).first()
  await expect.poll(async () => Number(await row.getByTestId('take.progress').getAttribute('data-fraction')), { timeout: 60_000 }).toBeGreaterThan(0.1)

  await page.reload()
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('takes.tab').click()
  const again = takeRows(page).first()
  await expect(again).toHaveAttribute('data-status', 'interrupted')
  await expect(page.locator('[data-testid="take"]')).toHaveCount(1)
  await again.getByTestId('take.retry').click()
  await expect(again).toHaveAttribute('data-status', 'succeeded', { timeout: 120_000 })
  const { bytes } = await download(page, again)
  const facts = await readVideoFacts(bytes)
  expect(facts).toMatchObject({ codec: 'avc', width: 854, height: 480, packets: 72 })
  expect(facts.durationS).toBeCloseTo(3, 3)
})

test('where the browser cannot encode H.264, the take is VP9 in WebM and says so', async ({ page }) => {
  test.setTimeout(120_000)
  // a browser without an H.264 encoder: the WebCodecs answer for avc is "not supported"
  await page.addInitScript(() => {
    const original = VideoEncoder.isConfigSupported.bind(VideoEncoder)
    VideoEncoder.isConfigSupported = async (config: VideoEncoderConfig) =>
      config.codec.startsWith('avc') ? { supported: false, config } : original(config)
  })
  const { errors } = await openStudio(page)
  await designShot(page, 1)
  await generate(page, '480p')
  const row = takeRows(page).first()
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await expect(row).toContainText('VP9 in a WebM file instead of MP4')
  const { name, bytes } = await download(page, row)
  expect(name).toMatch(/\.webm$/)
  const facts = await readVideoFacts(bytes)
  expect(facts).toMatchObject({ codec: 'vp9', width: 854, height: 480, packets: 24 })
  expect(facts.mimeType).toMatch(/^video\/webm/)
  expect(errors).toEqual([])
})
