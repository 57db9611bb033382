/**
 * Share links in the browser: a design shared from the Share dialog opens in a fresh browser (a new
 * profile, nothing in storage) as the same document, under a new project id; a custom preset shared
 * from My presets is added to My presets there and moves the camera as it did for its author; a broken
 * link changes nothing and says why. Screenshots of the dialogs go to test-results/ for a person to look at.
 */
import { type Page, expect, test } from '@playwright/test'
import { canonicalProject } from '../src/share-links'
import type { Project } from '../src/timeline'

test.use({ viewport: { width: 1100, height: 680 } })

/** The studio at `path` (a link's URL too), ready to draw. */
const open = async (page: Page, path = '/') => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(path)
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  return { errors }
}

const documentOf = (page: Page): Promise<Project> => page.evaluate(() => (window as any).__studio.getDocument())

test('share a project from the Share dialog; open its link in a fresh browser as a new project', async ({ page, browser }) => {
  const { errors } = await open(page)
  await page.evaluate(() => {
    const s = () => (window as any).__studio.store.getState()
    s().renameProject('Harbour at night')
    s().addPresetClip('dolly-zoom-in', { startS: 0 })
    s().addPresetClip('orbit-left', { startS: 4 })
    s().setShotPrompt(s().selectedShotId, { subject: 'A fishing boat leaving the harbour at night' })
    s().addShot()
    s().addPresetClip('crane-up', { startS: 0 })
    s().addPresetClip('whip-pan')
  })
  const original = await documentOf(page)
  expect(original.shots).toHaveLength(2)

  await page.getByTestId('topbar.share').click()
  const dialog = page.getByTestId('share.dialog')
  await expect(dialog).toBeVisible()
  const url = await page.getByTestId('share.link').inputValue()
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#p=[A-Za-z0-9_-]+$/)
  await expect(page.getByTestId('share.length')).toHaveText(`${url.length} characters`)
  await expect(page.getByTestId('share.warning')).toHaveCount(0)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByTestId('share.copy').click()
  await expect(page.getByTestId('share.copy')).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
  await page.screenshot({ path: 'test-results/share-dialog.png' })
  await page.getByTestId('share.scope.shot').click()
  await expect(page.getByTestId('share.link')).toHaveValue(/#s=/)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // a fresh browser: its own storage, the link as the address it starts from
  const context = await browser.newContext({ viewport: { width: 1100, height: 680 } })
  const other = await context.newPage()
  const second = await open(other, url)
  const preview = other.getByTestId('link.preview')
  await expect(preview).toBeVisible()
  expect(other.url()).not.toContain('#') // taken out of the address bar: a reload does not open it again
  await expect(other.getByTestId('link.name')).toHaveText('Harbour at night')
  await expect(other.getByTestId('link.summary')).toHaveText('2 shots')
  await expect(other.getByTestId('link.shots')).toContainText('Dolly zoom in, Orbit left')
  await expect(other.getByTestId('link.shots')).toContainText('Crane up, Whip pan')
  await expect(other.getByTestId('link.thumbnail')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 })
  await other.screenshot({ path: 'test-results/link-preview.png' })
  const before = await documentOf(other)
  expect(before.name).not.toBe('Harbour at night') // showing the link changed nothing

  await other.getByTestId('link.open').click()
  await expect(preview).toBeHidden()
  await expect.poll(async () => (await documentOf(other)).name).toBe('Harbour at night')
  const opened = await documentOf(other)
  expect(opened.id).not.toBe(before.id)
  expect(opened.id).not.toBe(original.id)
  expect(opened.id).toMatch(/^project:/)
  const { id: _o, ...openedRest } = opened
  const { id: _c, ...canonicalRest } = canonicalProject(original)
  expect(JSON.parse(JSON.stringify(openedRest))).toEqual(JSON.parse(JSON.stringify(canonicalRest)))
  expect([...errors, ...second.errors]).toEqual([])
  await context.close()
})

test('a broken link changes nothing in the open work and says why', async ({ page }) => {
  const { errors } = await open(page)
  await page.evaluate(() => (window as any).__studio.store.getState().addPresetClip('pan-left', { startS: 0 }))
  const before = await documentOf(page)
  // a real link cut short on the way: take a whole one from the Share dialog and drop its end
  await page.getByTestId('topbar.share').click()
  const whole = await page.getByTestId('share.link').inputValue()
  await page.keyboard.press('Escape')
  await page.evaluate((hash) => (window.location.hash = hash), whole.slice(whole.indexOf('#'), -12))
  const notice = page.getByTestId('status.notice')
  await expect(notice).toContainText('Could not open the link: This link is incomplete: it was cut short')
  // the message is longer than the status bar: one line inside the bar, the whole text as its tooltip
  const [noticeBox, barBox] = await Promise.all([notice.boundingBox(), page.getByTestId('status.bar').boundingBox()])
  expect(noticeBox!.y).toBeGreaterThanOrEqual(barBox!.y)
  expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(barBox!.y + barBox!.height)
  expect(await notice.getAttribute('title')).toContain('so ask for the whole link or the project file')
  await expect(page.getByTestId('link.preview')).toHaveCount(0)
  expect(page.url()).not.toContain('#')
  expect(await documentOf(page)).toEqual(before)

  await page.evaluate(() => (window.location.hash = '#p=not!a!link'))
  await expect(notice).toHaveText('Could not open the link: This is not a Framewright share link.')
  expect(await documentOf(page)).toEqual(before)
  expect(errors).toEqual([])
})

/** The camera of the current shot every half second: position, orientation, lens. */
const cameraFrames = (page: Page, durationS: number): Promise<number[][]> =>
  page.evaluate((d) => {
    const out: number[][] = []
    for (let t = 0; t <= d + 1e-9; t += 0.5) {
      const f = (window as any).__studio.evaluateAt(t)
      out.push([...f.position, ...f.quaternion, f.focalLengthMm, f.yawDeg, f.pitchDeg, f.rollDeg])
    }
    return out
  }, durationS)

test('a custom preset shared by link: added to My presets in a fresh browser, it moves the camera as it did for its author', async ({ page, browser }) => {
  const { errors } = await open(page)
  // the author: a tuned orbit and a crane saved as a preset, the orbit's angle left open (as the Save as preset dialog does)
  const preset = await page.evaluate(() => {
    const s = () => (window as any).__studio.store.getState()
    const orbit = s().addPresetClip('orbit-left')
    s().setClipParams(orbit, { angle: 150 })
    const crane = s().addPresetClip('crane-up')
    const saved = s().saveClipsAsPreset([orbit, crane], { name: 'Orbit rise', exposed: [{ label: 'Orbit angle', targets: [{ clipId: orbit, param: 'angle' }], min: 30, max: 270 }] })
    s().addShot()
    return saved.preset
  })
  expect(preset).toMatchObject({ name: 'Orbit rise', durationS: 11, parts: [{ presetId: 'orbit-left' }, { presetId: 'crane-up' }] })
  // the author uses it in a new shot from My presets, the open angle at 210
  const useIt = async (p: Page) => {
    await p.getByTestId(`presets.my.item.${preset.id}`).click()
    await p.evaluate((id) => {
      const s = (window as any).__studio.store.getState()
      const shot = s.document.shots.find((x: any) => x.id === s.selectedShotId)
      const clip = shot.tracks.flatMap((t: any) => t.clips).find((c: any) => c.presetId === id)
      s.setClipParams(clip.id, { 'orbit-angle': 210 })
    }, preset.id)
    return cameraFrames(p, 11)
  }
  const authorFrames = await useIt(page)

  const item = page.getByTestId(`presets.my.item.${preset.id}`)
  await item.hover()
  await page.getByTestId(`presets.my.menu.${preset.id}`).click()
  await page.getByTestId('presets.my.action.share').click()
  await expect(page.getByTestId('share.dialog')).toBeVisible()
  await expect(page.getByTestId('share.preset')).toHaveText('Orbit rise')
  const url = await page.getByTestId('share.link').inputValue()
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#m=[A-Za-z0-9_-]+$/)
  await expect(page.getByTestId('share.length')).toHaveText(`${url.length} characters`)
  await expect(page.getByTestId('share.warning')).toHaveCount(0)
  console.log(`preset link: ${url.length - url.indexOf('#')} characters (${url.length} with the address)`)
  await page.screenshot({ path: 'test-results/share-preset-dialog.png' })
  await page.keyboard.press('Escape')

  // someone else: a fresh browser, the link as the address
  const context = await browser.newContext({ viewport: { width: 1100, height: 680 } })
  const other = await context.newPage()
  const second = await open(other, url)
  const dialog = other.getByTestId('link.preset')
  await expect(dialog).toBeVisible()
  await expect(other.getByTestId('link.name')).toHaveText('Orbit rise')
  await expect(other.getByTestId('link.summary')).toHaveText('2 moves · 11 s · Orbit / arc · revision 1')
  await expect(other.getByTestId('link.parts')).toContainText('1. Orbit left · 0–6 s')
  await expect(other.getByTestId('link.parts')).toContainText('150 deg (open: Orbit angle)')
  await expect(other.getByTestId('link.parts')).toContainText('2. Crane up · 6–11 s')
  await expect(other.getByTestId('link.exposed')).toContainText('Orbit angle · 30–270 deg · starts at 150 deg')
  await expect(other.getByTestId('link.standing')).toHaveAttribute('data-standing', 'new')
  await other.screenshot({ path: 'test-results/link-preset.png' })
  const before = await documentOf(other)
  expect(before.customPresets).toEqual([]) // showing the link changed nothing

  await other.getByTestId('link.add').click()
  await expect(dialog).toBeHidden()
  await expect(other.getByTestId('status.notice')).toHaveText('Added “Orbit rise” to My presets.')
  expect(await documentOf(other)).toEqual(before) // My presets only: the open work is untouched until it is used

  // used from My presets, with the same open angle: the same camera, frame by frame
  const theirFrames = await useIt(other)
  expect((await documentOf(other)).customPresets).toEqual([preset])
  expect(theirFrames).toHaveLength(23)
  let worst = 0
  theirFrames.forEach((f, i) => f.forEach((x, k) => (worst = Math.max(worst, Math.abs(x - authorFrames[i][k])))))
  expect(worst).toBeLessThan(1e-9)
  expect(Math.hypot(...[0, 1, 2].map((k) => theirFrames[22][k] - theirFrames[0][k]))).toBeGreaterThan(1) // it really moves

  // the same link again: My presets already has it
  await other.evaluate((hash) => (window.location.hash = hash), url.slice(url.indexOf('#')))
  await expect(other.getByTestId('link.standing')).toHaveAttribute('data-standing', 'held')
  await expect(other.getByTestId('link.add')).toBeDisabled()
  await other.getByTestId('link.preset').screenshot({ path: 'test-results/link-preset-held.png' })
  expect([...errors, ...second.errors]).toEqual([])
  await context.close()
})
