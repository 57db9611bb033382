/**
 * A browser without WebGL (hardware acceleration off, a locked-down machine): the 3D view says why
 * it cannot start, the panels show, and the rest of the studio works (a move is added and saved).
 * Before, the failed renderer was thrown into the page and left it blank.
 */
import { expect, test } from '@playwright/test'
import { shotClips } from './studio'

test('without WebGL the viewport says why and the rest of the studio works', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // this browser offers no WebGL context (as with acceleration turned off); 2D canvases still work
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null
      return (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof HTMLCanvasElement.prototype.getContext
  })
  await page.goto('/')

  const failed = page.getByTestId('viewport.failed')
  await expect(failed).toBeVisible({ timeout: 30_000 })
  await expect(failed.getByRole('alert')).toContainText('The 3D view could not start in this browser')
  await expect(failed.getByRole('alert')).toContainText('WebGL')
  await expect(page.getByTestId('presets.search')).toBeVisible()

  // the studio still works: add a move, see it on the timeline, saved
  await page.getByTestId('presets.search').fill('orbit left')
  await page.getByTestId('presets.item.orbit-left').click()
  await expect(page.getByTestId('timeline.clip')).toHaveCount(1)
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['orbit-left'])
  await expect(page.getByText('Saved')).toBeVisible()
  expect(errors).toEqual([])
})
