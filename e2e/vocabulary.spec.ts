/**
 * The preset library finds moves by the names other tools taught (issue 13's vocabulary table):
 * three rival names land on the right presets with the tool that uses the name; a look says it is
 * not a camera move; Enter adds the first match.
 */
import { expect, test } from '@playwright/test'
import { openStudio, shotClips } from './studio'

test('rival tools’ names find the matching presets, with the tool shown', async ({ page }) => {
  const { errors } = await openStudio(page)
  const search = page.getByTestId('presets.search')
  const list = page.getByTestId('presets.list')

  await search.fill('Robo Arm')
  await expect(list.locator('[data-preset-item]')).toHaveCount(1)
  await expect(page.getByTestId('presets.item.robo-arm')).toBeVisible()
  await expect(page.getByTestId('presets.alias.robo-arm')).toHaveText('Higgsfield: Robo Arm · PixVerse: robo_arm')

  await search.fill('bolt_cam')
  await expect(list.locator('[data-preset-item]')).toHaveCount(1)
  await expect(page.getByTestId('presets.alias.robo-arm')).toHaveText('Luma: bolt_cam')

  await search.fill('[Truck left]')
  await expect(page.getByTestId('presets.item.truck-left')).toBeVisible()
  await expect(page.getByTestId('presets.alias.truck-left')).toContainText('MiniMax: [Truck left]')
  await expect(page.getByTestId('presets.item.pan-left')).toHaveCount(0)

  await search.fill('Fisheye')
  await expect(page.getByTestId('presets.not-a-move')).toHaveText('Fisheye (Higgsfield) is a look, not a camera move: an ultra-wide, barrel-distorted lens look.')
  await expect(list.locator('[data-preset-item]')).toHaveCount(0)
  await expect(list).not.toContainText('No move matches')

  await search.fill('camera_rotation')
  await search.press('Enter')
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['orbit-left'])
  expect(errors).toEqual([])
})
