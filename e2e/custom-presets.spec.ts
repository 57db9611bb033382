/**
 * Custom presets: tune a move, save it with a second move as a preset with one exposed parameter,
 * use it in a new shot from My presets, and the exported camera path is the original moves' path.
 */
import { readFile } from 'node:fs/promises'
import { type Page, expect, test } from '@playwright/test'
import { openStudio, shotClips } from './studio'

interface TrajectoryFile {
  frames: { t: number; position: number[]; quaternion: number[]; focalLengthMm: number }[]
}

/** The selected shot's `trajectory` export, once the compile panel's results are those of the current document. */
const trajectoryOf = async (page: Page, shotName: string): Promise<TrajectoryFile> => {
  await page.getByTestId('compile.tab').click()
  await expect(page.getByTestId('compile.status')).toHaveAttribute('data-up-to-date', 'true')
  await page.getByTestId('compile.target.trajectory').click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compile.download').click()])
  expect(download.suggestedFilename()).toContain(shotName.toLowerCase().replace(/\s+/g, '-'))
  return JSON.parse(await readFile(await download.path(), 'utf8')) as TrajectoryFile
}

test('a tuned move saved as a preset plays exactly as the original moves', async ({ page }) => {
  const { errors } = await openStudio(page)
  const studio = (fn: string, ...args: unknown[]) => page.evaluate(([f, a]) => (window as any).__studio.store.getState()[f as string](...(a as unknown[])), [fn, args] as const)

  // tune an orbit, then a crane after it
  await page.getByTestId('presets.search').fill('orbit left')
  await page.getByTestId('presets.item.orbit-left').click()
  const angle = page.getByTestId('inspector.param.angle')
  await angle.fill('150')
  await angle.press('Enter')
  await expect.poll(async () => (await shotClips(page))[0].params.angle).toBe(150)
  await page.getByTestId('presets.search').fill('crane up')
  await page.getByTestId('presets.item.crane-up').click()
  const [orbit, crane] = await shotClips(page)

  // save both as a preset, the orbit's angle left open
  await studio('selectClip', orbit.id)
  await page.getByTestId('inspector.saveAsPreset').click()
  const dialog = page.getByTestId('preset-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId(`preset-dialog.clip.${crane.id}`).check()
  await dialog.getByTestId('preset-dialog.name').fill('Orbit rise')
  await dialog.getByTestId('preset-dialog.expose.0.angle').check()
  await dialog.getByTestId('preset-dialog.label.0.angle').fill('Orbit angle')
  await dialog.getByTestId('preset-dialog.max.0.angle').fill('270')
  await dialog.getByTestId('preset-dialog.max.0.angle').press('Enter')
  await expect(dialog.getByTestId('preset-dialog.summary')).toHaveText('2 moves · 11 s')
  await page.screenshot({ path: 'test-results/custom-presets-dialog.png' })
  await dialog.getByTestId('preset-dialog.save').click()
  await expect(dialog).toBeHidden()

  const [preset] = await page.evaluate(() => (window as any).__studio.getDocument().customPresets)
  expect(preset).toMatchObject({ name: 'Orbit rise', version: 1, durationS: 11 })
  expect(preset.exposed).toEqual([{ kind: 'number', name: 'orbit-angle', label: 'Orbit angle', unit: 'deg', min: 0, max: 270, default: 150, targets: [{ part: 0, param: 'angle' }] }])
  await page.getByTestId('presets.search').fill('')
  const item = page.getByTestId(`presets.my.item.${preset.id}`)
  await expect(item).toBeVisible()
  await expect(item).toContainText('Orbit rise')
  await page.getByTestId('presets').screenshot({ path: 'test-results/custom-presets-list.png' })

  // a new shot, the preset from My presets: one clip, its exposed parameter in the inspector
  await studio('addShot')
  await item.click()
  const clips = await shotClips(page)
  expect(clips).toEqual([expect.objectContaining({ presetId: preset.id, startS: 0, durationS: 11, params: { 'orbit-angle': 150 } })])
  await expect(page.getByTestId('inspector.custom')).toContainText('My preset')
  await expect(page.getByTestId('inspector.param.orbit-angle')).toHaveValue('150')

  // the same camera, frame by frame, as the two moves it was saved from
  const custom = await trajectoryOf(page, 'Shot 2')
  const shots = await page.evaluate(() => (window as any).__studio.getDocument().shots.map((s: any) => s.id))
  await studio('selectShot', shots[0])
  const original = await trajectoryOf(page, 'Shot 1')
  expect(custom.frames.length).toBe(264)
  expect(custom.frames.length).toBe(original.frames.length)
  let worst = 0
  custom.frames.forEach((f, i) => {
    const o = original.frames[i]
    for (let k = 0; k < 3; k++) worst = Math.max(worst, Math.abs(f.position[k] - o.position[k]))
    for (let k = 0; k < 4; k++) worst = Math.max(worst, Math.abs(Math.abs(f.quaternion[k]) - Math.abs(o.quaternion[k])))
    worst = Math.max(worst, Math.abs(f.focalLengthMm - o.focalLengthMm))
  })
  expect(worst).toBeLessThan(1e-9)
  // and the path really moves (not two empty shots)
  expect(Math.hypot(...[0, 1, 2].map((k) => custom.frames[263].position[k] - custom.frames[0].position[k]))).toBeGreaterThan(1)
  expect(errors).toEqual([])
})
