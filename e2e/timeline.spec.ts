/**
 * The timeline, zoomed in: a clip dragged to the right edge of the lanes scrolls the timeline and
 * follows it, and the whole drag undoes in one step.
 */
import { expect, test } from '@playwright/test'
import { openStudio, shotClips } from './studio'

test('a clip held at the edge of the lanes scrolls the timeline and follows it', async ({ page }) => {
  const { errors } = await openStudio(page)
  await page.getByTestId('presets.search').fill('pan left')
  await page.getByTestId('presets.item.pan-left').click()
  // a 30 s shot at 200 px/s: far wider than the lanes' view
  await page.getByTestId('inspector.shot.duration').fill('30')
  await page.getByTestId('inspector.shot.duration').press('Enter')
  await page.evaluate(() => (window as any).__studio.getState().setTimelineZoom(200))

  const scroll = page.getByTestId('timeline.scroll')
  const box = (await page.getByTestId('timeline.clip').first().boundingBox())!
  const view = (await scroll.boundingBox())!
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + box.width / 2, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 20, y, { steps: 3 })
  await page.mouse.move(view.x + view.width - 6, y, { steps: 5 })
  await expect.poll(() => scroll.evaluate((el) => el.scrollLeft), { timeout: 10_000 }).toBeGreaterThan(150)
  await page.mouse.up()
  const moved = (await shotClips(page))[0].startS
  // the clip travelled with the scrolled content, past where the pointer alone would take it
  expect(moved).toBeGreaterThan((view.x + view.width - 6 - (box.x + box.width / 2)) / 200 + 0.5)

  // one undo step puts the clip back; the shot keeps its 30 s
  await page.getByTestId('topbar.undo').click()
  await expect.poll(async () => (await shotClips(page))[0].startS).toBe(0)
  expect(await page.evaluate(() => (window as any).__studio.getState().document.shots[0].durationS)).toBe(30)
  expect(errors).toEqual([])
})
