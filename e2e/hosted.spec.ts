/**
 * Hosted generation in the browser: the studio served by the real server (`bin/serve.mjs`) with a
 * Kling key pair, the server pointed at a fake Kling that follows Kling's documented contract. The
 * take comes back, plays in the Takes panel and in Compare; a reload mid-generation resumes polling.
 */
import { type Page, expect, test } from '@playwright/test'
import { openStudio } from './studio'
import { stripBrightness } from './video'

test.use({ baseURL: 'http://127.0.0.1:4175' })

/** A 5 s orbit (a Kling duration) with what the shot is of said. */
const designShot = async (page: Page) => {
  await page.evaluate(() => {
    const studio = (window as any).__studio
    const id = studio.store.getState().addPresetClip('orbit-left', { startS: 0 })
    studio.store.getState().setClipTiming(id, 0, 5)
    const s = studio.store.getState()
    s.updateShotSettings(s.selectedShotId, { durationS: 5, fps: 24, aspect: '16:9' })
  })
  await page.getByTestId('inspector.tab').click()
  const subject = page.getByTestId('inspector.prompt.subject')
  await subject.fill('A lighthouse keeper on a cliff at dusk, wind in the grass')
  await subject.blur()
}

const chooseKling = async (page: Page) => {
  await page.getByTestId('takes.tab').click()
  await page.getByTestId('takes.route').click()
  const kling = page.getByTestId('takes.route.kling')
  await expect(kling).not.toHaveAttribute('data-blocked', 'true')
  await expect(kling).toContainText('numeric axes')
  await expect(page.getByTestId('takes.route.sora')).toContainText('words only')
  await page.getByTestId('takes.panel').screenshot({ path: 'test-results/route-list.png' })
  await kling.click()
  await expect(page.getByTestId('takes.route')).toHaveAttribute('data-route', 'kling')
  await expect(page.getByTestId('takes.hostedNote')).toContainText('spends credits')
  await expect(page.getByTestId('takes.generate')).toContainText(/\$\d+\.\d\d/)
}

/** Sends the shot as its chained split: one take row per part, each with its window, and part 1 comes back. */
const sendChain = async (page: Page, windows: readonly string[]) => {
  await page.getByTestId('takes.generateChain').click()
  const rows = page.getByTestId('take')
  await expect(rows).toHaveCount(windows.length)
  for (const [i, text] of windows.entries()) await expect(rows.nth(i).getByTestId('take.chain')).toHaveText(text)
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  return rows
}

test('generate through a hosted route: the take comes back, plays, and compares', async ({ page }) => {
  test.setTimeout(200_000)
  const { errors } = await openStudio(page)
  await designShot(page)
  await chooseKling(page)
  await page.getByTestId('takes.generate').click()
  const row = page.getByTestId('take').first()
  await expect(row).toHaveAttribute('data-status', 'running')
  await expect(row.getByTestId('take.progressText')).toContainText(/Sending|provider/)
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await expect(row).toContainText('Kling')

  await row.getByTestId('take.play').click()
  const player = row.getByTestId('take.player')
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.duration), { timeout: 15_000 }).toBeGreaterThan(1.5)

  // measured as it arrived, against the previs of its design: the score in the list, the curves, verdicts and paths in Compare
  const followed = row.getByTestId('take.followed')
  await expect(followed).toBeVisible({ timeout: 90_000 })
  const score = Number(await followed.getAttribute('data-score'))
  expect(score).toBeGreaterThanOrEqual(0)
  expect(score).toBeLessThanOrEqual(1)
  await followed.click()
  await expect(page.getByTestId('compare')).toBeVisible()
  await expect.poll(() => page.getByTestId('compare.video.take').evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
  const motion = page.getByTestId('compare.motion')
  await expect(motion).toHaveAttribute('data-state', 'done')
  expect(Number(await page.getByTestId('compare.motion.score').getAttribute('data-score'))).toBeCloseTo(score, 2)
  expect(await page.getByTestId('compare.motion.verdict').count()).toBeGreaterThan(0)
  await expect(page.getByTestId('compare.motion.path')).toBeVisible()
  await page.screenshot({ path: 'test-results/hosted-compare.png' })
  await page.keyboard.press('Escape')

  // the measured log: the take's named move, measured against the calibration table, exportable
  await page.getByTestId('takes.measureLog').click()
  const log = page.getByTestId('measureLog.dialog')
  await expect(log).toBeVisible()
  await expect(log.getByTestId('measureLog.row').first()).toContainText('Kling')
  await expect(log.getByTestId('measureLog.sentences')).toContainText('the calibration table says')
  const [csv] = await Promise.all([page.waitForEvent('download'), log.getByTestId('measureLog.exportCsv').click()])
  expect(csv.suggestedFilename()).toMatch(/^framewright-measure-log-\d{4}-\d\d-\d\d\.csv$/)
  await page.screenshot({ path: 'test-results/hosted-measure-log.png' })
  await page.keyboard.press('Escape')
  await expect(log).toBeHidden()
  expect(errors).toEqual([])
})

test('the route picker: Kling v1.5 image to video sends the previs start frame, priced before and kept after', async ({ page }) => {
  test.setTimeout(120_000)
  const { errors } = await openStudio(page)
  await designShot(page)
  await chooseKling(page)
  const before = await page.getByTestId('takes.route.cost').textContent()
  await page.getByTestId('takes.model').selectOption('kling-v1-5')
  await expect(page.getByTestId('takes.modelLimits')).toContainText('Starts from the shot’s first frame')
  // the image-to-video model is dearer: the estimate beside Generate follows the model
  await expect(page.getByTestId('takes.route.cost')).not.toHaveText(before ?? '')
  await page.getByTestId('takes.panel').screenshot({ path: 'test-results/route-picker.png' })
  await page.getByTestId('takes.generate').click()
  const row = page.getByTestId('take').first()
  await expect(row.getByTestId('take.progressText')).toContainText(/start frame|Sending|provider/)
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await expect(row.getByTestId('take.model')).toHaveText('kling-v1-5')
  await expect(row.getByTestId('take.cost')).toContainText('$')
  // the start frame it was sent with is kept with the take
  await expect(row.getByTestId('take.downloadStart')).toBeVisible()
  await expect(page.getByTestId('takes.projectCost')).toContainText('1 hosted take')
  await page.screenshot({ path: 'test-results/hosted-i2v.png' })
  expect(errors).toEqual([])
})

test('a chained split: part 2 starts from the last frame of part 1, decoded in the browser', async ({ page }) => {
  test.setTimeout(150_000)
  const { errors } = await openStudio(page)
  await page.evaluate(() => {
    const studio = (window as any).__studio
    const s = studio.store.getState()
    const a = s.addPresetClip('truck-left', { startS: 0 })
    studio.store.getState().setClipTiming(a, 0, 2.5)
    const b = studio.store.getState().addPresetClip('pedestal-up', { startS: 2.5 })
    studio.store.getState().setClipTiming(b, 2.5, 2.5)
    studio.store.getState().updateShotSettings(s.selectedShotId, { durationS: 5, fps: 12, aspect: '16:9' })
  })
  await page.getByTestId('inspector.tab').click()
  await page.getByTestId('inspector.prompt.subject').fill('A lighthouse keeper on a cliff at dusk')
  await page.getByTestId('inspector.prompt.subject').blur()
  await chooseKling(page)
  // Kling v1 starts from the prompt alone: the split needs a model that starts from an image
  await expect(page.getByTestId('takes.split')).toContainText('choose a model that starts from an image')
  await page.getByTestId('takes.model').selectOption('kling-v1-5')
  const rows = await sendChain(page, ['Part 1 of 2 · 0.0–2.5 s', 'Part 2 of 2 · 2.5–5.0 s'])
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await expect(page.getByTestId('takes.projectCost')).toContainText('2 hosted takes')
  await page.screenshot({ path: 'test-results/hosted-chain.png' })
  // choosing either part chooses the chain: the animatic plays part 1, then part 2, in their windows
  await rows.nth(1).getByTestId('take.choose').click()
  await page.getByTestId('animatic.open').click()
  await expect(page.getByTestId('animatic.sources')).toContainText('Shot 1: chosen chain of 2 parts (Kling)')
  await page.keyboard.press('Escape')
  const r = await page.evaluate(() => (window as any).__studio.animatic.render({ width: 160, height: 90, overlay: false }))
  expect(r.ok, r.errorMessage).toBe(true)
  expect(r.result.sources).toMatchObject([{ kind: 'chain', parts: [{ startS: 0, durationS: 2.5 }, { startS: 2.5, durationS: 2.5 }] }])
  expect(r.result.notes).toEqual([])
  expect(r.result.frameCount).toBe(60)
  // both windows show a part's picture, not the dark background a missing frame leaves
  for (const t of [1, 4]) {
    const png = await page.evaluate((t) => (window as any).__studio.animatic.frame(t), t)
    expect(await stripBrightness(page, png), `at ${t} s`).toBeGreaterThan(30)
  }
  expect(errors).toEqual([])
})

test('a shot longer than a Kling clip: the picker says so, Trim fixes it (Undo takes it back), and the split sends two parts that fit', async ({ page }) => {
  test.setTimeout(120_000)
  const { errors } = await openStudio(page)
  await designShot(page)
  await page.evaluate(() => {
    const studio = (window as any).__studio
    const s = studio.store.getState()
    const clip = s.document.shots[0].tracks[0].clips[0]
    s.setClipTiming(clip.id, 0, 6)
    studio.store.getState().updateShotSettings(s.selectedShotId, { durationS: 6 })
  })
  await page.getByTestId('takes.tab').click()
  await page.getByTestId('takes.route').click()
  // the row says why before anything is chosen: Kling's camera control makes 5 s clips
  await expect(page.getByTestId('takes.route.kling.problem')).toHaveText('max 5 s')
  await page.getByTestId('takes.route.kling').click()
  await page.getByTestId('takes.model').selectOption('kling-v1-5')
  await expect(page.getByTestId('takes.blocked')).toContainText('needs a 5 s shot; this one is 6 s')
  await expect(page.getByTestId('takes.generate')).toBeDisabled()
  // the split's two parts are compiled and priced, each a 5 s clip of its own
  await expect(page.getByTestId('takes.split')).toHaveAttribute('data-why', 'length')
  await expect(page.getByTestId('takes.splitCost')).toContainText(/2 parts · [≈~] \$\d+\.\d\d/)
  await page.getByTestId('takes.panel').screenshot({ path: 'test-results/hosted-too-long.png' })
  await page.getByTestId('takes.fix.trim').click()
  await expect(page.getByTestId('takes.generate')).toBeEnabled()
  await expect(page.getByTestId('takes.route.kling.problem')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('takes.blocked')).toContainText('this one is 6 s')
  await sendChain(page, ['Part 1 of 2 · 0.0–3.0 s', 'Part 2 of 2 · 3.0–6.0 s'])
  expect(errors).toEqual([])
})

test('a reload while the provider works resumes polling the same generation', async ({ page }) => {
  test.setTimeout(120_000)
  await openStudio(page)
  await designShot(page)
  await page.waitForTimeout(1200) // the design's autosave
  await chooseKling(page)
  await page.getByTestId('takes.generate').click()
  const row = page.getByTestId('take').first()
  await expect(row.getByTestId('take.progressText')).toContainText('provider', { timeout: 20_000 })

  await page.reload()
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('takes.tab').click()
  const again = page.getByTestId('take').first()
  await expect(again).not.toHaveAttribute('data-status', 'interrupted')
  await expect(again).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await expect(page.getByTestId('take')).toHaveCount(1)
})

test('a take that rolled too little: one click in Compare sends it again with more strength', async ({ page }) => {
  test.setTimeout(200_000)
  const { errors } = await openStudio(page)
  await page.evaluate(() => {
    const studio = (window as any).__studio
    const id = studio.store.getState().addPresetClip('roll', { startS: 0 })
    studio.store.getState().setClipTiming(id, 0, 5)
    studio.store.getState().setClipParams(id, { angle: -20 })
    const s = studio.store.getState()
    s.updateShotSettings(s.selectedShotId, { durationS: 5, fps: 24, aspect: '16:9' })
  })
  await page.getByTestId('inspector.tab').click()
  await page.getByTestId('inspector.prompt.subject').fill('A lighthouse keeper on a cliff at dusk')
  await page.getByTestId('inspector.prompt.subject').blur()
  await chooseKling(page)
  await page.getByTestId('takes.generate').click()
  const row = page.getByTestId('take').first()
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 })
  await row.getByTestId('take.followed').click({ timeout: 90_000 })
  await expect(page.getByTestId('compare.motion')).toHaveAttribute('data-state', 'done')
  await page.screenshot({ path: 'test-results/hosted-retry.png' })
  const strength = page.getByTestId('compare.motion.action.strength')
  await expect(strength).toBeEnabled()
  await strength.click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('take')).toHaveCount(2)
  const rolls = await page.evaluate(async () => ((await (window as any).__studio.takes()) as { payload: string }[]).map((t) => JSON.parse(t.payload).camera_control.config.roll as number))
  // newest first: the retry asks for more roll the same way
  expect(Math.sign(rolls[0])).toBe(Math.sign(rolls[1]))
  expect(Math.abs(rolls[0])).toBeGreaterThan(Math.abs(rolls[1]))
  expect(errors).toEqual([])
})
