/**
 * Browser benchmark of the previs path (used by `npm run bench` through the e2e test hook): frames
 * rendered + encoded per second of wall time, then the same frames rendered only (each captured as
 * a video frame) and encoded only, so the figures show where the time goes.
 */
import { BufferTarget, Mp4OutputFormat, Output, VideoSample, VideoSampleSource, WebMOutputFormat } from 'mediabunny'
import type { Scene, Shot } from '../timeline/model'
import { chooseCodec } from './encoder'
import { createFrameRenderer } from './frameRenderer'
import { renderPrevis } from './renderPrevis'
import { nextTask } from './schedule'
import { type PrevisSize, previsDimensions } from './size'
import { frameTimestamp, frameTiming, previsBitrate } from './timing'

export interface PrevisBenchResult {
  width: number
  height: number
  fps: number
  frames: number
  codec: 'avc' | 'vp9'
  /** renderPrevis end to end (no depth): frames per second of wall time. */
  renderEncodeFps: number
  /** Rendering each frame (waited for with a 1-pixel read) and capturing it as a video frame, no encoder. */
  renderOnlyFps: number
  /** Encoding the pre-rendered frames only (mux included). */
  encodeOnlyFps: number
}

export const benchPrevis = async (shot: Shot, scene: Scene, size: PrevisSize = '720p'): Promise<PrevisBenchResult> => {
  const { width, height } = previsDimensions(shot.aspect, size)
  const { fps, frameCount: n } = frameTiming(shot.durationS, shot.fps)
  const bitrate = previsBitrate(width, height, fps)
  const choice = await chooseCodec(width, height, bitrate)

  let t0 = performance.now()
  await renderPrevis({ shot, scene, size, depth: false })
  const renderEncodeFps = n / ((performance.now() - t0) / 1000)

  const renderer = createFrameRenderer(shot, scene)
  const samples: VideoSample[] = []
  try {
    renderer.setSize(width, height)
    const gl = renderer.renderer.getContext()
    const pixel = new Uint8Array(4)
    t0 = performance.now()
    for (let i = 0; i < n; i++) {
      renderer.drawColour(renderer.evaluate(i / fps))
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel) // waits for the GPU: the render's real cost
      samples.push(new VideoSample(renderer.canvas, frameTimestamp(i, fps)))
      await nextTask()
    }
    const renderOnlyFps = n / ((performance.now() - t0) / 1000)

    const output = new Output({
      format: choice.container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
      target: new BufferTarget(),
    })
    const source = new VideoSampleSource({ codec: choice.codec, bitrate, latencyMode: 'quality' })
    output.addVideoTrack(source, { frameRate: fps })
    await output.start()
    t0 = performance.now()
    for (const s of samples) await source.add(s)
    await output.finalize()
    const encodeOnlyFps = n / ((performance.now() - t0) / 1000)
    return { width, height, fps, frames: n, codec: choice.codec, renderEncodeFps, renderOnlyFps, encodeOnlyFps }
  } finally {
    for (const s of samples) s.close()
    renderer.dispose()
  }
}
