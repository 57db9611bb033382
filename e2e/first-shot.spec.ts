/**
 * A new user's first shot: add a dolly zoom and an orbit, edit a parameter, play, scrub, undo and
 * redo. Checks the document, and that the lens view shows different pictures at two times.
 */
import { expect, test } from '@playwright/test'
import { boxOf, openStudio, pixelDifference, playhead, settle, shotClips } from './studio'

test('a new user designs a dolly zoom into an orbit', async ({ page }) => {
  const { errors } = await openStudio(page)

  // 1. add two moves from the library: they land one after the other on track 1
  await page.getByTestId('presets.search').fill('dolly zoom')
  await page.getByTestId('presets.item.dolly-zoom-in').click()
  await page.getByTestId('presets.search').fill('')
  await page.getByTestId('presets.item.orbit-left').click()
  const clips = await shotClips(page)
  expect(clips.map((c) => c.presetId)).toEqual(['dolly-zoom-in', 'orbit-left'])
  expect(clips[1].startS).toBeCloseTo(clips[0].startS + clips[0].durationS, 6)
  await expect(page.getByTestId('timeline.clip')).toHaveCount(2)
  // with a preset focused, Space is still play/pause and adds nothing
  await page.keyboard.press('Space')
  await page.keyboard.press('Space')
  expect(await shotClips(page)).toHaveLength(2)
  await page.evaluate(() => (window as any).__studio.store.getState().pause())

  // 2. edit the orbit's angle in the inspector (the orbit is selected after adding it)
  const angle = page.getByTestId('inspector.param.angle')
  await expect(angle).toHaveValue('90')
  await angle.fill('180')
  await angle.press('Enter')
  await expect.poll(async () => (await shotClips(page))[1].params.angle).toBe(180)
  await angle.blur() // the user moves on: keyboard shortcuts are live again

  // 3. the lens view changes between two playhead times (the dolly zoom, then the orbit)
  const lens = page.getByTestId('viewport.lens')
  await page.evaluate(() => (window as any).__studio.setPlayhead(0))
  await settle(page)
  const atStart = await lens.screenshot()
  await page.evaluate(() => (window as any).__studio.setPlayhead(7))
  await settle(page)
  const midOrbit = await lens.screenshot()
  expect(await pixelDifference(page, atStart, midOrbit)).toBeGreaterThan(0.05)

  // 4. play: the playhead advances in real time; pause stops it
  await page.evaluate(() => (window as any).__studio.setPlayhead(0))
  await page.keyboard.press('Space')
  await expect.poll(() => playhead(page), { timeout: 10_000 }).toBeGreaterThan(0.3)
  await page.getByTestId('transport.play').click()
  const paused = await playhead(page)
  await page.waitForTimeout(300)
  expect(await playhead(page)).toBe(paused)

  // 5. scrub: drag along the ruler moves the playhead to frames under the pointer
  const ruler = await boxOf(page.getByTestId('timeline.ruler'))
  await page.mouse.move(ruler.x + 40, ruler.y + ruler.height / 2)
  await page.mouse.down()
  await page.mouse.move(ruler.x + 200, ruler.y + ruler.height / 2, { steps: 8 })
  const mid = await playhead(page)
  await page.mouse.move(ruler.x + 320, ruler.y + ruler.height / 2, { steps: 8 })
  await page.mouse.up()
  const end = await playhead(page)
  expect(end).toBeGreaterThan(mid)
  expect(Math.abs(end * 24 - Math.round(end * 24))).toBeLessThan(1e-6) // on a frame

  // 6. undo the angle edit, redo it
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await shotClips(page))[1].params.angle).toBe(90)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(async () => (await shotClips(page))[1].params.angle).toBe(180)

  await page.evaluate(() => (window as any).__studio.setPlayhead(6))
  await settle(page)
  await page.screenshot({ path: 'test-results/studio.png' })
  expect(errors).toEqual([])
})
