/**
 * A graphics driver reset (a laptop waking, a GPU crash) takes the WebGL context away: the viewport
 * says so while it is gone, and draws again by itself once the browser gives it back.
 */
import { expect, test } from '@playwright/test'
import { openStudio } from './studio'

test('a lost WebGL context is told, and the view draws again once it is restored', async ({ page }) => {
  const { errors } = await openStudio(page)
  await page.evaluate(() => {
    const w = window as any
    w.__draws = 0
    const proto = WebGL2RenderingContext.prototype as any
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const f = proto[name]
      proto[name] = function (...args: unknown[]) {
        w.__draws++
        return f.apply(this, args)
      }
    }
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-ready="true"]')!
    w.__loseContext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')
    w.__loseContext.loseContext()
  })
  const notice = page.getByTestId('viewport.contextLost')
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('status')).toContainText('comes back by itself')

  await page.evaluate(() => {
    ;(window as any).__draws = 0
    ;(window as any).__loseContext.restoreContext()
  })
  await expect(notice).toBeHidden()
  // drawn again without any input
  await expect.poll(() => page.evaluate(() => (window as any).__draws)).toBeGreaterThan(0)
  expect(errors).toEqual([])
})
