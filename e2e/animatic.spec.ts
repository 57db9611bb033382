/**
 * The animatic with sound: a scratch track imported through the Audio lane's file input (a WAV made
 * here) shows its waveform, moves by dragging (one undo step) and plays with the transport; the
 * Animatic dialog renders the 3-shot sequence to one MP4, read back with mediabunny in the page:
 * as many video frames as the shots have together, and an audio track (AAC, or Opus where no AAC
 * encoder can be had) as long as the video to within one audio packet, silent before the offset and
 * loud after it.
 */
import { type Page, expect, test } from '@playwright/test'
import { boxOf, openStudio } from './studio'
import { stripBrightness } from './video'

/** A mono 16-bit WAV: `toneS` seconds of a 440 Hz tone at half scale. */
const wav = (sampleRate: number, toneS: number): Buffer => {
  const n = Math.round(sampleRate * toneS)
  const b = Buffer.alloc(44 + n * 2)
  b.write('RIFF', 0)
  b.writeUInt32LE(36 + n * 2, 4)
  b.write('WAVEfmt ', 8)
  b.writeUInt32LE(16, 16)
  b.writeUInt16LE(1, 20) // PCM
  b.writeUInt16LE(1, 22) // mono
  b.writeUInt32LE(sampleRate, 24)
  b.writeUInt32LE(sampleRate * 2, 28)
  b.writeUInt16LE(2, 32)
  b.writeUInt16LE(16, 34)
  b.write('data', 36)
  b.writeUInt32LE(n * 2, 40)
  for (let i = 0; i < n; i++) b.writeInt16LE(Math.round(16383 * Math.sin((2 * Math.PI * 440 * i) / sampleRate)), 44 + 2 * i)
  return b
}

const scratch = (page: Page) => page.evaluate(() => (window as any).__studio.getDocument().scratchTrack ?? null)

test('scratch track: import, waveform, drag with undo, playback; the animatic has every shot’s frames and audio as long as the video', async ({ page }) => {
  test.setTimeout(240_000)
  const { errors } = await openStudio(page)

  // three short shots at 12 fps: 6 + 9 + 6 = 21 frames, 1.75 s
  await page.evaluate(() => {
    const s = (window as any).__studio.store.getState()
    const clip = s.addPresetClip('dolly-in', { startS: 0 })
    s.setClipTiming(clip, 0, 0.5)
    s.updateShotSettings(s.selectedShotId, { durationS: 0.5, fps: 12 })
    s.addShot()
    const s2 = (window as any).__studio.store.getState()
    s2.updateShotSettings(s2.selectedShotId, { durationS: 0.75, fps: 12 })
    s2.addShot()
    const s3 = (window as any).__studio.store.getState()
    s3.updateShotSettings(s3.selectedShotId, { durationS: 0.5, fps: 12 })
    s3.selectShot(s3.document.shots[0].id)
  })
  const shots = await page.evaluate(() => (window as any).__studio.getDocument().shots.map((x: any) => [x.durationS, x.fps]))
  expect(shots).toEqual([
    [0.5, 12],
    [0.75, 12],
    [0.5, 12],
  ])

  // a file that is not audio is refused with one sentence and changes nothing
  await page.getByTestId('timeline.audio-input').setInputFiles({ name: 'notes.wav', mimeType: 'audio/wav', buffer: Buffer.from('not really a wav file') })
  await expect(page.getByTestId('status.notice')).toContainText('“notes.wav” is not in a format')
  expect(await scratch(page)).toBeNull()

  // import a 1 s tone (44.1 kHz mono)
  await page.getByTestId('timeline.audio-input').setInputFiles({ name: 'tone.wav', mimeType: 'audio/wav', buffer: wav(44_100, 1) })
  await expect.poll(() => scratch(page)).toMatchObject({ fileName: 'tone.wav', mimeType: 'audio/wav', offsetS: 0, gainDb: 0 })
  expect((await scratch(page)).durationS).toBeCloseTo(1, 2)

  // the lane draws the waveform
  const waveform = page.getByTestId('timeline.audio-waveform')
  await expect(waveform).toBeVisible()
  await expect
    .poll(() =>
      waveform.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
        let lit = 0
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) lit++
        return lit / (c.width * c.height)
      }),
    )
    .toBeGreaterThan(0.3)

  // drag the block half a second right: offset 0.5 (frame-snapped); one undo step puts it back
  const pps = await page.evaluate(() => (window as any).__studio.getState().timelinePixelsPerSecond)
  const block = await boxOf(page.getByTestId('timeline.audio-clip'))
  const y = block.y + block.height / 2
  await page.mouse.move(block.x + 20, y)
  await page.mouse.down()
  await page.mouse.move(block.x + 20 + pps * 0.25, y, { steps: 4 })
  await page.mouse.move(block.x + 20 + pps * 0.5, y, { steps: 4 })
  await page.mouse.up()
  await expect.poll(async () => (await scratch(page)).offsetS).toBeCloseTo(0.5, 6)
  await page.evaluate(() => (window as any).__studio.store.getState().undo())
  expect((await scratch(page)).offsetS).toBe(0)
  await page.evaluate(() => (window as any).__studio.store.getState().redo())
  expect((await scratch(page)).offsetS).toBeCloseTo(0.5, 6)

  // playback: play starts a Web Audio source, pause stops it
  await page.getByTestId('transport.play').click()
  await expect.poll(() => page.evaluate(() => (window as any).__studio.animatic.playback())).toMatchObject({ sourceRunning: true, rate: 1 })
  await page.getByTestId('transport.play').click()
  await expect.poll(() => page.evaluate(() => (window as any).__studio.animatic.playback())).toMatchObject({ sourceRunning: false })

  // paused, a frame step plays a grain of the audio there (shot 2 at 0.25 s is 0.75 s on the sequence: inside the audio)
  await page.evaluate(() => {
    const s = (window as any).__studio.store.getState()
    s.selectShot(s.document.shots[1].id)
    ;(window as any).__studio.store.getState().setPlayhead(0.25)
  })
  const grains = (await page.evaluate(() => (window as any).__studio.animatic.playback())).grains
  await page.getByTestId('transport.step-forward').click()
  await expect.poll(async () => (await page.evaluate(() => (window as any).__studio.animatic.playback())).grains).toBeGreaterThan(grains)

  // gain: typed, committed with Enter (one undo step)
  const gain = page.getByTestId('timeline.audio-gain')
  await gain.fill('-6')
  await gain.press('Enter')
  await expect.poll(async () => (await scratch(page)).gainDb).toBe(-6)

  // the animatic, through the dialog
  await page.getByTestId('animatic.open').click()
  const dialog = page.getByTestId('animatic.dialog')
  await expect(dialog).toContainText('21 frames at 12 fps')
  await expect(page.getByTestId('animatic.sources')).toContainText('Shots 1, 2 & 3: previs')
  await expect(page.getByTestId('animatic.audio')).toContainText(/encoded as (AAC|Opus)/)
  await page.getByTestId('animatic.render').click()
  await expect(page.getByTestId('animatic.result')).toBeVisible({ timeout: 180_000 })
  await expect(page.getByTestId('animatic.result')).toContainText('Rendered 21 frames')

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('animatic.download').click()])
  expect(file.suggestedFilename()).toBe('untitled-project-animatic.mp4')

  const probe = await page.evaluate(() => (window as any).__studio.animatic.probe())
  expect(probe.container).toMatch(/MP4/i)
  expect(probe.video).toMatchObject({ width: 640, height: 360, packets: 21 })
  expect(['avc', 'vp9']).toContain(probe.video.codec)
  expect(probe.video.end).toBeCloseTo(21 / 12, 6)
  expect(probe.audio).not.toBeNull()
  expect(['aac', 'opus']).toContain(probe.audio.codec)
  expect(probe.audio.channels).toBe(1)
  expect(Math.abs(probe.audio.end - probe.video.end)).toBeLessThanOrEqual(probe.audio.packetDuration + 1e-6)
  // the dialog says which codec it used
  await expect(page.getByTestId('animatic.result')).toContainText(probe.audio.codec === 'aac' ? 'AAC' : 'Opus')

  // the tone sits at 0.5..1.5 s on the sequence: silence before, sound inside
  const quiet = await page.evaluate(() => (window as any).__studio.animatic.rms(0.05, 0.4))
  const loud = await page.evaluate(() => (window as any).__studio.animatic.rms(0.7, 1.3))
  expect(quiet).toBeLessThan(0.02)
  // a half-scale sine is 0.354 RMS; at -6 dB about 0.177
  expect(loud).toBeGreaterThan(0.13)
  expect(loud).toBeLessThan(0.23)

  // Opus (the fallback where no AAC encoder can be had) lasts as long as the video too
  const opus = await page.evaluate(() => (window as any).__studio.animatic.render({ preferOpus: true, overlay: false }))
  expect(opus.ok, opus.errorMessage).toBe(true)
  expect(opus.result.audio).toMatchObject({ codec: 'opus', channels: 1 })
  const opusProbe = await page.evaluate(() => (window as any).__studio.animatic.probe())
  expect(opusProbe.audio.codec).toBe('opus')
  expect(opusProbe.video.packets).toBe(21)
  expect(Math.abs(opusProbe.audio.end - opusProbe.video.end)).toBeLessThanOrEqual(opusProbe.audio.packetDuration + 1e-6)

  // cancel: the render stops with AbortError
  const canceled = await page.evaluate(() => (window as any).__studio.animatic.render({ abortAfterFrames: 3 }))
  expect(canceled).toMatchObject({ ok: false, errorName: 'AbortError' })

  // saved with the project: after a reload the track and its waveform are back (bytes from IndexedDB)
  await expect(page.getByTestId('status.save')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  await expect(page.locator('canvas[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => scratch(page)).toMatchObject({ fileName: 'tone.wav', offsetS: 0.5, gainDb: -6 })
  await expect(page.getByTestId('timeline.audio-waveform')).toBeVisible()

  expect(errors).toEqual([])
})

/** Mean brightness (0..255) of a strip of columns of a PNG data URL. */
test('a shot’s chosen take goes into the animatic, letterboxed to the sequence size; the other shots are previs; no scratch track, no audio', async ({ page }) => {
  test.setTimeout(240_000)
  const { errors } = await openStudio(page)
  await page.evaluate(() => {
    const st = () => (window as any).__studio.store.getState()
    const clip = st().addPresetClip('orbit-left', { startS: 0 })
    st().setClipTiming(clip, 0, 0.5)
    st().updateShotSettings(st().selectedShotId, { durationS: 0.5, fps: 12, aspect: '16:9' })
    st().duplicateShot(st().selectedShotId)
    st().duplicateShot(st().selectedShotId)
    // shot 2 is square while its take is made
    st().selectShot(st().document.shots[1].id)
    st().updateShotSettings(st().selectedShotId, { aspect: '1:1' })
  })

  await page.getByTestId('takes.tab').click()
  await page.getByTestId('takes.size.480p').click()
  await page.getByTestId('takes.generate').click()
  const row = page.getByTestId('take').first()
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 120_000 })
  await row.getByTestId('take.choose').click()
  await page.evaluate(() => {
    const st = (window as any).__studio.store.getState()
    st.updateShotSettings(st.selectedShotId, { aspect: '16:9' })
  })

  await page.getByTestId('animatic.open').click()
  await expect(page.getByTestId('animatic.sources')).toContainText('Shot 2: chosen take (Previs)')
  await expect(page.getByTestId('animatic.sources')).toContainText('Shots 1 & 3: previs')
  await expect(page.getByTestId('animatic.audio')).toContainText('No scratch track')
  await page.keyboard.press('Escape')

  const r = await page.evaluate(() => (window as any).__studio.animatic.render({ width: 320, height: 180, overlay: false }))
  expect(r.ok, r.errorMessage).toBe(true)
  expect(r.result.sources.map((s: any) => s.kind)).toEqual(['previs', 'take', 'previs'])
  expect(r.result).toMatchObject({ frameCount: 18, audio: null, width: 320, height: 180 })
  const probe = await page.evaluate(() => (window as any).__studio.animatic.probe())
  expect(probe.video).toMatchObject({ packets: 18, width: 320, height: 180 })
  expect(probe.audio).toBeNull()

  // the square take is pillarboxed (dark bars left and right); the 16:9 previs fills the frame
  const frameAt = (t: number) => page.evaluate((t) => (window as any).__studio.animatic.frame(t), t)
  const shot1 = await frameAt(3 / 12)
  const shot2 = await frameAt(9 / 12)
  expect(await stripBrightness(page, shot2, 0, 50)).toBeLessThan(20)
  expect(await stripBrightness(page, shot2, 135, 185)).toBeGreaterThan(40)
  expect(await stripBrightness(page, shot1, 0, 50)).toBeGreaterThan(40)

  expect(errors).toEqual([])
})
