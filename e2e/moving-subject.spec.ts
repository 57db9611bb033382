/**
 * Moves that need a moving subject say so in the library and offer to give it one: the car chase's
 * offer makes the shot's subject a driving car in one undo step, without adding the move.
 */
import { type Page, expect, test } from '@playwright/test'
import { openStudio, shotClips } from './studio'

const subject = (page: Page) =>
  page.evaluate(() => {
    const s = (window as any).__studio.getState()
    return s.document.shots.find((x: { id: string }) => x.id === s.selectedShotId).subject as { form?: string; path: { kind: string; distanceM?: number } }
  })

test('the car chase offers a driving car; one undo takes it back', async ({ page }) => {
  const { errors } = await openStudio(page)
  await page.getByTestId('presets.item.car-chase').scrollIntoViewIfNeeded()
  const need = page.getByTestId('presets.item.car-chase.needs-moving-subject')
  await expect(need).toContainText('Needs a moving vehicle')
  await page.getByTestId('presets.item.car-chase.give-path').click()

  const after = await subject(page)
  expect(after.form).toBe('vehicle')
  expect(after.path.kind).toBe('line')
  expect(after.path.distanceM).toBeGreaterThan(30) // 15 m/s over the 5 s shot
  expect(await shotClips(page)).toEqual([]) // the offer changes the subject, it does not add the move
  await expect(need).toContainText('Follows the moving vehicle')
  await expect(page.getByTestId('presets.item.car-chase.give-path')).toHaveCount(0)
  await expect(page.getByTestId('inspector.subject.form.vehicle')).toHaveAttribute('aria-checked', 'true')

  await page.keyboard.press('Control+z')
  expect(await subject(page)).toMatchObject({ path: { kind: 'still' } })
  expect((await subject(page)).form ?? 'figure').toBe('figure')
  expect(errors).toEqual([])
})
