/**
 * The compile panel: a pan designed in the studio is compiled for every target at once, with
 * fidelity scores; the canonical trajectory is exact, and its output follows an edit live.
 */
import { expect, test } from '@playwright/test'
import { openStudio, shotClips } from './studio'

test('compile panel lists every route with its fidelity and follows edits', async ({ page }) => {
  const { errors } = await openStudio(page)

  await page.getByTestId('presets.search').fill('pan left')
  await page.getByTestId('presets.item.pan-left').click()
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['pan-left'])

  // every target at once, best first, each with its score
  await page.getByTestId('compile.tab').click()
  await expect(page.getByTestId('compile.panel')).toBeVisible()
  const trajectory = page.getByTestId('compile.target.trajectory')
  await expect(trajectory).toBeVisible()
  expect(Number(await trajectory.getAttribute('data-score'))).toBeGreaterThanOrEqual(0.999)
  await expect(page.getByTestId('compile.target.gltf')).toBeVisible()
  const rows = page.locator('[data-testid^="compile.target."]')
  const scores = await rows.evaluateAll((els) => els.map((e) => (e.getAttribute('data-score') ? Number(e.getAttribute('data-score')) : -1)))
  expect(scores.length).toBeGreaterThanOrEqual(2)
  expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  // one row per registered target (kling, luma, ... as they land)
  await expect(page.getByTestId('compile.status')).toContainText(`${scores.length} targets`)

  // the trajectory's output, syntax-highlighted
  await trajectory.click()
  const output = page.getByTestId('compile.output')
  await expect(output).toContainText('"framewright.trajectory"')
  await expect(page.getByTestId('compile.download')).toBeEnabled()
  const before = await output.textContent()

  // change the pan's angle in the inspector: the output recompiles
  await page.getByTestId('inspector.tab').click()
  const angle = page.getByTestId('inspector.param.angle')
  await angle.fill('120')
  await angle.press('Enter')
  await expect.poll(async () => (await shotClips(page))[0].params.angle).toBe(120)
  await page.getByTestId('compile.tab').click()
  await expect.poll(async () => (await output.textContent()) !== before).toBe(true)
  await expect(page.getByTestId('compile.status')).not.toHaveAttribute('data-compiling', 'true')
  await expect(output).toContainText('"framewright.trajectory"')
  await page.screenshot({ path: 'test-results/compile.png' })
  expect(errors).toEqual([])
})
