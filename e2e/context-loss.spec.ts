/**
 * A graphics driver reset (a laptop waking, a GPU crash) takes the WebGL context away: the viewport
 * says so while it is gone, and draws again by itself once the browser gives it back.
 */
import { expect, test } from '@playwright/test'
import { drawFrames, openStudio, recordDraws } from './studio'

test('a lost WebGL context is told, and the view draws again once it is restored', async ({ page }) => {
  const { errors } = await openStudio(page)
  await recordDraws(page)
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-ready="true"]')!
    ;(window as any).__loseContext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')
    ;(window as any).__loseContext.loseContext()
  })
  const notice = page.getByTestId('viewport.contextLost')
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('status')).toContainText('comes back by itself')

  const drawnBefore = (await drawFrames(page)).length
  await page.evaluate(() => (window as any).__loseContext.restoreContext())
  await expect(notice).toBeHidden()
  // drawn again without any input
  await expect.poll(async () => (await drawFrames(page)).length).toBeGreaterThan(drawnBefore)
  expect(errors).toEqual([])
})
