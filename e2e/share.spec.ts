/**
 * Share links in the browser: a design shared from the Share dialog opens in a fresh browser (a new
 * profile, nothing in storage) as the same document, under a new project id; a broken link changes
 * nothing and says why. Screenshots of both dialogs go to test-results/ for a person to look at.
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
  await expect(page.getByTestId('link.preview')).toHaveCount(0)
  expect(page.url()).not.toContain('#')
  expect(await documentOf(page)).toEqual(before)

  await page.evaluate(() => (window.location.hash = '#p=not!a!link'))
  await expect(notice).toHaveText('Could not open the link: This is not a Framewright share link.')
  expect(await documentOf(page)).toEqual(before)
  expect(errors).toEqual([])
})
