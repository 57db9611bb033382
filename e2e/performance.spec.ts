/**
 * Sharp pixels on a high-density screen (issue 12): still, the canvas renders at the device pixel
 * ratio with antialiasing; while playing it renders at most one pixel per CSS pixel (fewer where
 * the machine cannot keep the shot's frame rate); paused again, it is sharp again.
 */
import { type Page, expect, test } from '@playwright/test'
import { openStudio } from './studio'

test.use({ viewport: { width: 960, height: 600 }, deviceScaleFactor: 2 })

/** The canvas's drawing-buffer width over its CSS width. */
const canvasRatio = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas[data-ready="true"]')!
    return c.width / c.getBoundingClientRect().width
  })

test('the canvas is sharp when still and lighter while playing', async ({ page }) => {
  const { errors } = await openStudio(page)
  await page.getByTestId('presets.item.orbit-left').click()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

  await expect.poll(() => canvasRatio(page)).toBeCloseTo(2, 1)
  const antialias = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas[data-ready="true"]')!
    return (c.getContext('webgl2') as WebGL2RenderingContext | null)?.getContextAttributes()?.antialias
  })
  expect(antialias).toBe(true)

  await page.keyboard.press('Space')
  await expect.poll(() => page.evaluate(() => (window as any).__studio.getState().playing)).toBe(true)
  await expect.poll(() => canvasRatio(page)).toBeLessThanOrEqual(1.01)

  await page.keyboard.press('Space')
  await expect.poll(() => page.evaluate(() => (window as any).__studio.getState().playing)).toBe(false)
  await expect.poll(() => canvasRatio(page)).toBeCloseTo(2, 1)
  expect(errors).toEqual([])
})
