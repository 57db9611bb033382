/**
 * How the studio draws (issue 12). Sharp pixels on a high-density screen: still, the canvas renders at the device pixel
 * ratio with antialiasing; while playing it renders at most one pixel per CSS pixel (fewer where
 * the machine cannot keep the shot's frame rate); paused again, it is sharp again.
 */
import { type Page, expect, test } from '@playwright/test'
import { drawFrames, openStudio, recordDraws } from './studio'

test.use({ viewport: { width: 960, height: 600 } })

/** The canvas's drawing-buffer width over its CSS width. */
const canvasRatio = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas[data-ready="true"]')!
    return c.width / c.getBoundingClientRect().width
  })

test('the canvas is sharp when still and lighter while playing', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 960, height: 600 }, deviceScaleFactor: 2 })
  const page = await context.newPage()
  const { errors } = await openStudio(page)
  await page.getByTestId('presets.item.orbit-left').click()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

  await expect.poll(() => canvasRatio(page)).toBeCloseTo(2, 1)
  const antialias = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas[data-ready="true"]')!
    return (c.getContext('webgl2') as WebGL2RenderingContext | null)?.getContextAttributes()?.antialias
  })
  expect(antialias).toBe(true)

  await page.keyboard.press('Space')
  await expect.poll(() => page.evaluate(() => (window as any).__studio.getState().playing)).toBe(true)
  await expect.poll(() => canvasRatio(page)).toBeLessThanOrEqual(1.01)

  await page.keyboard.press('Space')
  await expect.poll(() => page.evaluate(() => (window as any).__studio.getState().playing)).toBe(false)
  await expect.poll(() => canvasRatio(page)).toBeCloseTo(2, 1)
  expect(errors).toEqual([])
  await context.close()
})

test('playing repaints only the per-frame texts: everything else moves by transform', async ({ page }) => {
  const { errors } = await openStudio(page)
  await page.getByTestId('presets.item.orbit-left').click()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  // the whole shot in view: the timeline's page-by-page follow (a scroll, once a page) stays out of the window
  await page.evaluate(() => (window as any).__studio.store.getState().setTimelineZoom(30))
  await page.keyboard.press('Space')
  await expect.poll(() => page.evaluate(() => (window as any).__studio.getState().playing)).toBe(true)
  // the play button's change has painted and the adaptive resolution has settled (a resize repaints the canvas's box)
  let width = -1
  for (let stableMs = 0; stableMs < 1000; ) {
    await page.waitForTimeout(250)
    const w = await page.evaluate(() => document.querySelector('canvas')!.width)
    stableMs = w === width ? stableMs + 250 : 0
    width = w
  }

  const cdp = await page.context().newCDPSession(page)
  const events: { name: string; args?: { data?: { nodeName?: string; reason?: string } } }[] = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking', transferMode: 'ReportEvents' })
  await page.waitForTimeout(2000)
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await complete
  await page.keyboard.press('Space')

  const onOwnLayer = (node: string) => /^[A-Z]+ class='[^']*will-change-transform/.test(node)
  // whatever moves per frame (the playheads, the horizon line) is on its own compositor layer
  const moved = events.filter((e) => e.name === 'StyleRecalcInvalidationTracking' && e.args?.data?.reason === 'Inline CSS style declaration was mutated')
  expect(moved.length).toBeGreaterThan(0) // the playheads did move while playing
  expect(moved.map((e) => e.args?.data?.nodeName ?? '').filter((n) => !onOwnLayer(n))).toEqual([])
  // the timecode, the seconds and the lens readout are the only things repainted per frame: anything
  // else painted in more than half of the frames is a per-frame repaint ('#document' is each frame's
  // paint pass itself, which reuses every unchanged part; a loaded machine may repaint something once)
  const painted = events.filter((e) => e.name === 'Paint').map((e) => e.args?.data?.nodeName ?? '')
  const frames = painted.filter((n) => n === '#document').length
  expect(frames).toBeGreaterThanOrEqual(3)
  const times = new Map<string, number>()
  for (const n of painted) if (n !== '#document' && !onOwnLayer(n)) times.set(n, (times.get(n) ?? 0) + 1)
  expect([...times].filter(([, k]) => k > frames / 2).map(([n]) => n)).toEqual([])
  expect(errors).toEqual([])
})

test('playing draws the canvas in the animation frame that moves the playhead (one composited frame per shot frame)', async ({ page }) => {
  const { errors } = await openStudio(page)
  await page.getByTestId('presets.item.orbit-left').click()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  // note, by animation frame (document.timeline.currentTime), when the playhead moves and when WebGL draws
  await recordDraws(page)
  await page.evaluate(() => {
    const w = window as any
    w.__playheadFrames = [] as number[]
    w.__studio.store.subscribe((s: any, prev: any) => {
      if (s.playing && s.playheadS !== prev.playheadS) w.__playheadFrames.push(document.timeline.currentTime)
    })
  })
  await page.keyboard.press('Space')
  await page.waitForTimeout(1500)
  await page.keyboard.press('Space')
  const drawn = new Set(await drawFrames(page))
  const playheadFrames: number[] = await page.evaluate(() => (window as any).__playheadFrames)
  const moves = playheadFrames.length
  const sameFrame = playheadFrames.filter((t) => drawn.has(t)).length
  expect(moves).toBeGreaterThanOrEqual(5)
  // every frame that moved the playhead drew the canvas (drawn a frame later, after an invalidate, about a fifth did not here)
  expect(sameFrame).toBe(moves)
  expect(errors).toEqual([])
})
