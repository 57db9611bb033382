/**
 * The previs renderer (lazy chunk) on a short dolly-in at 480p with a depth pass, through the test
 * API: the colour video is H.264 MP4 (or VP9 WebM with a note) of exactly frameCount / fps seconds;
 * the depth video, decoded in the browser, gets brighter at the subject from the first to the last
 * frame; its metadata carries the near/far range. Cancelling rejects with AbortError.
 */
import { expect, test } from '@playwright/test'
import { openStudio } from './studio'

test('previs renders a dolly-in with a depth pass that brightens at the subject', async ({ page }) => {
  test.setTimeout(180_000)
  const { errors } = await openStudio(page)

  // a 1 s, 24 fps shot: the camera dollies 3 m towards the subject (it stays centred in frame)
  await page.evaluate(() => {
    const store = (window as any).__studio.store
    const id = store.getState().addPresetClip('dolly-in', { startS: 0 })
    store.getState().setClipTiming(id, 0, 1)
    store.getState().setClipParams(id, { distance: 3 })
    const s = store.getState()
    s.updateShotSettings(s.selectedShotId, { durationS: 1, fps: 24 })
  })

  const r = await page.evaluate(() => (window as any).__studio.previs.render({ size: '480p', depth: true }))
  expect(r.ok, r.errorMessage).toBe(true)
  const v = r.video
  if (v.codec === 'avc') {
    expect(v.container).toBe('mp4')
    expect(v.mimeType).toBe('video/mp4')
    expect(r.fallbackNote).toBeNull()
  } else {
    expect(v).toMatchObject({ codec: 'vp9', container: 'webm' })
    expect(r.fallbackNote).toMatch(/H\.264/)
  }
  expect(v).toMatchObject({ width: 854, height: 480, frameCount: 24, fps: 24, durationS: 1 })
  expect(v.bytes).toBeGreaterThan(1000)
  expect(r.progress).toHaveLength(24)
  expect(r.progress[23]).toMatchObject({ framesDone: 24, frameCount: 24, secondsLeft: 0 })
  expect(r.startFramePng).toMatchObject({ type: 'image/png', width: 854, height: 480 })
  expect(r.thumbnailJpeg).toMatchObject({ type: 'image/jpeg', width: 192 })
  expect(r.depth).toMatchObject({ codec: v.codec, container: v.container, width: 854, height: 480, frameCount: 24 })
  // the camera starts 5.6 m from the subject point and ends 2.6 m away
  expect(r.depth.nearM).toBeGreaterThan(0)
  expect(r.depth.nearM).toBeLessThan(2.6)
  expect(r.depth.farM).toBeGreaterThan(10)

  // the colour file read back: its duration, frame count and codec
  const colour = await page.evaluate(() => (window as any).__studio.previs.probe('video', [0]))
  expect(colour.durationS).toBeCloseTo(1, 3)
  expect(colour.packetCount).toBe(24)
  expect(colour.codec).toBe(v.codec)
  expect(colour.frames[0].meanLuma).toBeGreaterThan(20) // a picture, not a black frame

  // the depth file decoded in the browser: the centre (the subject) brightens as the camera closes in
  const centre = { x0: 0.44, y0: 0.38, x1: 0.56, y1: 0.62 }
  const depth = await page.evaluate((region) => (window as any).__studio.previs.probe('depth', [0, 23 / 24 + 1e-4], region), centre)
  expect(depth.durationS).toBeCloseTo(1, 3)
  expect(depth.comment).toContain(JSON.stringify({ nearM: r.depth.nearM, farM: r.depth.farM }))
  const [first, last] = depth.frames
  expect(first.timestamp).toBeCloseTo(0, 6)
  expect(last.timestamp).toBeCloseTo(23 / 24, 4)
  expect(last.meanLuma).toBeGreaterThan(first.meanLuma + 20)

  // cancelling mid-render rejects with AbortError and leaves no canvas behind
  const canceled = await page.evaluate(() => (window as any).__studio.previs.render({ size: '480p', depth: true, abortAfterFrames: 3 }))
  expect(canceled.ok).toBe(false)
  expect(canceled.errorName).toBe('AbortError')
  expect(canceled.progress.length).toBeLessThan(24)

  expect(errors).toEqual([])
})
