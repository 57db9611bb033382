/**
 * Hosted generation in the browser: the studio served by the real server (`bin/serve.mjs`) with a
 * Kling key pair, the server pointed at a fake Kling that follows Kling's documented contract. The
 * take comes back, plays in the Takes panel and in Compare; a reload mid-generation resumes polling.
 */
import { type Page, expect, test } from '@playwright/test'
import { openStudio } from './studio'

test.use({ baseURL: 'http://127.0.0.1:4175' })

/** A 5 s orbit (a Kling duration) with what the shot is of said. */
const designShot = async (page: Page) => {
  await page.evaluate(() => {
    const studio = (window as any).__studio
    const id = studio.store.getState().addPresetClip('orbit-left', { startS: 0 })
    studio.store.getState().setClipTiming(id, 0, 5)
    const s = studio.store.getState()
    s.updateShotSettings(s.selectedShotId, { durationS: 5, fps: 24, aspect: '16:9' })
  })
  await page.getByTestId('inspector.tab').click()
  const subject = page.getByTestId('inspector.prompt.subject')
  await subject.fill('A lighthouse keeper on a cliff at dusk, wind in the grass')
  await subject.blur()
}

const chooseKling = async (page: Page) => {
  await page.getByTestId('takes.tab').click()
  const route = page.getByTestId('takes.route')
  await expect(route.locator('option[value="kling"]')).toBeEnabled()
  await route.selectOption('kling')
  await expect(page.getByTestId('takes.hostedNote')).toContainText('spends credits')
}

test('generate through a hosted route: the take comes back, plays, and compares', async ({ page }) => {
  test.setTimeout(120_000)
  const { errors } = await openStudio(page)
  await designShot(page)
  await chooseKling(page)
  await page.getByTestId('takes.generate').click()
  const row = page.getByTestId('take').first()
  await expect(row).toHaveAttribute('data-status', 'running')
  await expect(row.getByTestId('take.progressText')).toContainText(/Sending|provider/)
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await expect(row).toContainText('kling')

  await row.getByTestId('take.play').click()
  const player = row.getByTestId('take.player')
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.duration), { timeout: 15_000 }).toBeGreaterThan(1.5)

  await row.getByTestId('take.compare').click()
  await expect(page.getByTestId('compare')).toBeVisible()
  await expect.poll(() => page.getByTestId('compare.video.take').evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
  await page.screenshot({ path: 'test-results/hosted-compare.png' })
  await page.keyboard.press('Escape')
  expect(errors).toEqual([])
})

test('a reload while the provider works resumes polling the same generation', async ({ page }) => {
  test.setTimeout(120_000)
  await openStudio(page)
  await designShot(page)
  await page.waitForTimeout(1200) // the design's autosave
  await chooseKling(page)
  await page.getByTestId('takes.generate').click()
  const row = page.getByTestId('take').first()
  await expect(row.getByTestId('take.progressText')).toContainText('provider', { timeout: 20_000 })

  await page.reload()
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('takes.tab').click()
  const again = page.getByTestId('take').first()
  await expect(again).not.toHaveAttribute('data-status', 'interrupted')
  await expect(again).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await expect(page.getByTestId('take')).toHaveCount(1)
})
