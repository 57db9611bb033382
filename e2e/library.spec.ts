/**
 * The project library: work survives a reload; projects are made, switched, deleted and restored
 * from the list; a second tab on the same project is told and can take it over (the first goes
 * read-only); a dropped project file opens as a new project, a bad one changes nothing; with
 * storage blocked the work stays in the tab and Export still writes it.
 */
import { type Page, expect, test } from '@playwright/test'
import { openStudio, shotClips } from './studio'

test.use({ viewport: { width: 1100, height: 680 } })

const doc = (page: Page) => page.evaluate(() => (window as any).__studio.getDocument() as { id: string; name: string; shots: unknown[] })
/** This tab owns the open project and has saved it. */
const saved = async (page: Page) => {
  await expect(page.getByTestId('status.save')).toHaveAttribute('data-tab', 'owner')
  await expect(page.getByTestId('status.save')).toHaveAttribute('data-state', 'saved')
}
const rename = async (page: Page, name: string) => {
  await page.evaluate((n) => (window as any).__studio.getState().renameProject(n), name)
}
const addMove = async (page: Page, id: string, search: string) => {
  await page.getByTestId('presets.search').fill(search)
  await page.getByTestId(`presets.item.${id}`).click()
}

test('an edit survives a reload, even one right after it', async ({ page }) => {
  const { errors } = await openStudio(page)
  await saved(page)
  const id = (await doc(page)).id
  const reload = async () => {
    await page.reload()
    await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
    await saved(page)
    expect((await doc(page)).id).toBe(id)
  }
  // within a second: the autosave has written it
  await addMove(page, 'orbit-left', 'orbit left')
  await page.waitForTimeout(1000)
  // what the studio holds when it draws its first lens frame after the reload
  await page.addInitScript(() =>
    addEventListener('studio:ready', () => {
      const s = (window as any).__studio.getState()
      ;(window as any).__atFirstFrame = s.document.shots.flatMap((shot: any) => shot.tracks.flatMap((t: any) => t.clips.map((c: any) => c.presetId)))
    }),
  )
  // the library's chunk comes late (a slow disk or network): the first frame still waits for the project
  await page.route(/projectLibrary-[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 700))
    await route.continue()
  })
  await reload()
  await page.unroute(/projectLibrary-[^/]*\.js$/)
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['orbit-left'])
  // the first frame already showed the reopened project, not the empty start-up one replaced a moment later
  expect(await page.evaluate(() => (window as any).__atFirstFrame)).toEqual(['orbit-left'])
  // at once: the write started on pagehide may not finish; the rescue copy written then does
  await rename(page, 'Reload me')
  await reload()
  expect((await doc(page)).name).toBe('Reload me')
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['orbit-left'])
  expect(errors).toEqual([])
})

test('projects: a second one, switching between them from the list, delete and undo', async ({ page }) => {
  const { errors } = await openStudio(page)
  await saved(page)
  await addMove(page, 'dolly-zoom-in', 'dolly zoom')
  await rename(page, 'Storyboard A')
  await page.evaluate(() => (window as any).__studio.getState().updateLens({ focalLengthMm: 85 })) // a different picture
  const first = (await doc(page)).id

  await page.keyboard.press('Control+o')
  const drawer = page.getByTestId('library.drawer')
  await expect(drawer).toBeVisible()
  await expect(drawer.getByTestId('library.project')).toHaveCount(1)
  await drawer.getByTestId('library.new').click()
  await expect(drawer).toBeHidden()
  await expect.poll(async () => (await doc(page)).id).not.toBe(first)
  const second = (await doc(page)).id
  expect((await doc(page)).name).toBe('Untitled project')
  expect(await shotClips(page)).toEqual([])
  expect(await page.evaluate(() => (window as any).__studio.getState().history.past.length)).toBe(0)
  await addMove(page, 'crane-up', 'crane up')
  await page.evaluate(() => (window as any).__studio.getState().addShot())
  await saved(page)

  await page.getByTestId('file.projects').click()
  const rows = drawer.getByTestId('library.project')
  await expect(rows).toHaveCount(2)
  // newest change first, the open one marked, shot counts, thumbnails drawn by the previs renderer
  await expect(rows.nth(0)).toHaveAttribute('data-project-id', second)
  await expect(rows.nth(0)).toHaveAttribute('data-open', 'true')
  await expect(rows.nth(0).getByTestId('library.project.shots')).toHaveText('2 shots')
  await expect(rows.nth(1).getByTestId('library.project.name')).toHaveText('Storyboard A')
  await expect(drawer.getByTestId('library.project.thumbnail')).toHaveCount(2, { timeout: 30_000 })
  await page.screenshot({ path: 'test-results/library-drawer.png' })

  // rename the other project inline
  await rows.nth(1).getByTestId('library.project.rename').click()
  await rows.nth(1).getByTestId('library.project.nameInput').fill('Storyboard A, final')
  await rows.nth(1).getByTestId('library.project.nameInput').press('Enter')
  await expect(rows.nth(0).getByTestId('library.project.name')).toHaveText('Storyboard A, final') // a rename is a change: it moves up

  // switch to it: its own document, an empty undo history
  await rows.nth(0).getByTestId('library.project.open').click()
  await expect(drawer).toBeHidden()
  await expect.poll(async () => (await doc(page)).id).toBe(first)
  await saved(page)
  expect((await doc(page)).name).toBe('Storyboard A, final')
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['dolly-zoom-in'])
  await expect(page.getByTestId('topbar.undo')).toBeDisabled()

  // and back
  await page.keyboard.press('Control+o')
  await drawer.locator(`[data-project-id="${second}"]`).getByTestId('library.project.open').click()
  await expect(drawer).toBeHidden()
  await expect.poll(async () => (await doc(page)).id).toBe(second)
  await saved(page)
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['crane-up'])

  // delete the other one, then undo
  await page.keyboard.press('Control+o')
  await drawer.locator(`[data-project-id="${first}"]`).getByTestId('library.project.delete').click()
  await expect(rows).toHaveCount(1)
  await expect(page.getByTestId('library.deleted')).toContainText('Storyboard A, final')
  await page.getByTestId('library.undoDelete').click()
  await expect(rows).toHaveCount(2)
  await expect(page.getByTestId('library.deleted')).toBeHidden()
  await expect(drawer.locator(`[data-project-id="${first}"]`)).toBeVisible()
  expect((await doc(page)).id).toBe(second)
  expect(errors).toEqual([])
})

test('two tabs on one project: the later tab is told and can take over; the first goes read-only and says so', async ({ context }) => {
  const a = await context.newPage()
  const { errors } = await openStudio(a)
  await saved(a)
  await rename(a, 'Shared between tabs')
  await saved(a)

  const b = await context.newPage()
  await openStudio(b)
  const conflict = b.getByTestId('library.tabConflict')
  await expect(conflict).toHaveAttribute('data-role', 'conflict')
  await expect(conflict).toContainText('This project is open in another tab')
  await expect(b.getByTestId('status.save')).toHaveAttribute('data-state', 'paused')
  await b.screenshot({ path: 'test-results/library-two-tabs-conflict.png' })

  // A keeps working until B takes over; what A had goes to B
  await a.bringToFront()
  await addMove(a, 'orbit-left', 'orbit left')
  await b.bringToFront()
  await b.getByTestId('library.takeOver').click()
  await expect(conflict).toBeHidden()
  await saved(b)
  await expect.poll(async () => (await shotClips(b)).map((c) => c.presetId)).toEqual(['orbit-left'])

  const readOnly = a.getByTestId('library.tabConflict')
  await expect(readOnly).toHaveAttribute('data-role', 'read-only')
  await expect(readOnly).toContainText('This tab is read-only now')
  await expect(a.getByTestId('status.save')).toContainText('Read-only')
  await a.screenshot({ path: 'test-results/library-two-tabs-read-only.png' })
  // the studio behind does not take edits
  await a.keyboard.press('Shift+N')
  expect((await doc(a)).shots).toHaveLength(1)

  // A opens a copy instead: its own project, saved; B keeps the original
  await a.getByTestId('library.openCopy').click()
  await expect(readOnly).toBeHidden()
  await saved(a)
  expect((await doc(a)).name).toBe('Shared between tabs (copy)')
  expect((await doc(a)).id).not.toBe((await doc(b)).id)
  expect(errors).toEqual([])
})

test('a share link opened in a second tab asks first; opened as a new project, no two-tab question is left', async ({ context }) => {
  const a = await context.newPage()
  const { errors } = await openStudio(a)
  await saved(a)
  await addMove(a, 'orbit-left', 'orbit left')
  await saved(a)
  await a.getByTestId('topbar.share').click()
  const link = await a.getByTestId('share.link').inputValue()
  await a.keyboard.press('Escape')

  // the second tab starts on the same (last open) project, and the link's preview asks first
  const b = await context.newPage()
  b.on('pageerror', (e) => errors.push(e.message))
  await b.goto(link)
  await expect(b.getByTestId('link.preview')).toBeVisible({ timeout: 30_000 })
  await expect(b.getByTestId('status.save')).toHaveAttribute('data-state', 'paused')
  await expect(b.getByTestId('library.tabConflict')).toHaveCount(0)
  await b.getByTestId('link.open').click()
  await expect(b.getByTestId('link.preview')).toBeHidden()
  // a new project of its own: saved here, no two-tab question, and the first tab keeps its project
  await saved(b)
  await expect(b.getByTestId('library.tabConflict')).toHaveCount(0)
  expect((await doc(b)).id).not.toBe((await doc(a)).id)
  await expect.poll(async () => (await shotClips(b)).map((c) => c.presetId)).toEqual(['orbit-left'])
  await expect(a.getByTestId('status.save')).toHaveAttribute('data-tab', 'owner')
  expect(errors).toEqual([])
})

test('a dropped project file opens as a new project; a bad file says why and changes nothing', async ({ page }) => {
  const { errors } = await openStudio(page)
  await saved(page)
  await rename(page, 'Open work')
  const open = await doc(page)
  // Export project writes the file (the same id as the open project, which stays open)
  const download = page.waitForEvent('download')
  await page.getByTestId('file.save').click()
  const exported = await download
  expect(exported.suggestedFilename()).toBe('open-work.framewright.json')
  const text = await (await exported.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
  const file = text.replace('"name": "Open work"', '"name": "Dropped in"')
  const drop = (text: string, name: string) =>
    page.evaluate(
      ([text, name]) => {
        const dt = new DataTransfer()
        dt.items.add(new File([text], name, { type: 'application/json' }))
        const target = document.querySelector('main')!
        for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }))
      },
      [text, name],
    )

  await drop('{"kind": "framewright.project", "schemaVersion": 2, "project": {"id": 3}}', 'broken.framewright.json')
  await expect(page.getByTestId('status.notice')).toContainText('Could not import broken.framewright.json')
  expect(await doc(page)).toEqual(open)

  await drop(file, 'dropped.framewright.json')
  await expect.poll(async () => (await doc(page)).name).toBe('Dropped in')
  // the same id as the open project: it got one of its own
  expect((await doc(page)).id).not.toBe(open.id)
  await expect(page.getByTestId('status.notice')).toContainText('Imported “Dropped in”')
  await page.getByTestId('file.projects').click()
  await expect(page.getByTestId('library.project')).toHaveCount(2)
  expect(errors).toEqual([])
})

test('a dropped file whose reading code cannot load (server gone) is told and changes nothing', async ({ page }) => {
  await openStudio(page)
  await saved(page)
  const open = await doc(page)
  await page.route(/fileImport-[^/]*\.js$/, (route) => route.abort())
  await page.evaluate(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['{}'], 'shot.framewright.json', { type: 'application/json' }))
    for (const type of ['dragenter', 'dragover', 'drop']) document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }))
  })
  await expect(page.getByTestId('status.notice')).toContainText('shot.framewright.json was not opened')
  expect(await doc(page)).toEqual(open)
})

test('storage unavailable (private mode): told once, the work stays in the tab, Export still works', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
    }
  })
  const { errors } = await openStudio(page)
  await expect(page.getByTestId('status.save')).toHaveAttribute('data-state', 'memory-only')
  await expect(page.getByTestId('status.save')).toHaveText('Not saved in this browser')
  await expect(page.getByTestId('status.notice')).toContainText('Projects cannot be saved in this browser')
  await addMove(page, 'orbit-left', 'orbit left')
  expect((await shotClips(page)).map((c) => c.presetId)).toEqual(['orbit-left'])
  const download = page.waitForEvent('download')
  await page.getByTestId('file.save').click()
  const text = await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
  expect(JSON.parse(text).project.shots[0].tracks[0].clips[0].presetId).toBe('orbit-left')
  expect(errors).toEqual([])
})
