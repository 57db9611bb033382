/**
 * renderPrevis: the shot's lens view rendered offscreen frame by frame (frame i at i / fps) and
 * encoded as it goes, plus an optional depth video of the same path, the start frame as PNG and a
 * thumbnail. Rendering and encoding overlap: each frame is handed to the encoder without reading
 * pixels back, the loop waits only for the encoder's backpressure and yields to the event loop
 * between frames. Cancel with the signal; every GPU and encoder resource is freed on every exit.
 */
import { presetRegistry } from '../camera-presets/registry'
import { evaluateShot } from '../timeline/evaluate'
import { depthComment, chooseDepthRange } from './depthRange'
import { type CanvasVideoOutput, chooseCodec, createCanvasVideoOutput } from './encoder'
import { abortError, throwIfAborted, toUserError } from './errors'
import { type FrameRenderer, createFrameRenderer } from './frameRenderer'
import { snapshot, thumbnailSize, toBlob } from './images'
import { nextTask } from './schedule'
import { previsDimensions } from './size'
import { ProgressMeter, frameTiming, previsBitrate } from './timing'
import type { PrevisRequest, PrevisResult } from './types'

/** Resolves with `p`, or rejects with AbortError as soon as the signal aborts. */
const unlessAborted = <T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
  if (!signal) return p
  if (signal.aborted) return Promise.reject(abortError())
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError())
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

export const renderPrevis = async (req: PrevisRequest): Promise<PrevisResult> => {
  const { shot, scene, size, signal, onProgress } = req
  const registry = req.registry ?? presetRegistry
  throwIfAborted(signal)
  const { width, height } = previsDimensions(shot.aspect, size)
  const timing = frameTiming(shot.durationS, shot.fps)
  const { fps, frameCount: n } = timing
  const bitrate = previsBitrate(width, height, fps)
  const outputs: CanvasVideoOutput[] = []
  let renderer: FrameRenderer | null = null
  let phase: 'render' | 'encode' = 'encode'
  const stills: Promise<Blob>[] = []
  try {
    const choice = await unlessAborted(chooseCodec(width, height, bitrate), signal)
    const frames = Array.from({ length: n }, (_, i) => evaluateShot(shot, i / fps, registry))
    const range = req.depth
      ? chooseDepthRange(
          frames.map((f) => f.position),
          frames.map((f) => f.subject.point),
          scene.setPieces,
        )
      : null

    phase = 'render'
    renderer = createFrameRenderer(shot, scene, { registry })
    renderer.setSize(width, height)
    phase = 'encode'
    const colour = await createCanvasVideoOutput({ canvas: renderer.canvas, choice, fps, bitrate })
    outputs.push(colour)
    const depth = range ? await createCanvasVideoOutput({ canvas: renderer.canvas, choice, fps, bitrate, comment: depthComment(range) }) : null
    if (depth) outputs.push(depth)

    const meter = new ProgressMeter(n, performance.now())
    for (let i = 0; i < n; i++) {
      throwIfAborted(signal)
      phase = 'render'
      renderer.drawColour(frames[i])
      if (i === 0) {
        const full = snapshot(renderer.canvas)
        const t = thumbnailSize(width, height)
        stills.push(toBlob(full, 'image/png'), toBlob(snapshot(full, t.width, t.height), 'image/jpeg', 0.85))
        for (const s of stills) s.catch(() => {}) // awaited below; no unhandled rejection if we stop first
      }
      phase = 'encode'
      const handedOver = [colour.addFrame(i)]
      if (depth && range) {
        phase = 'render'
        renderer.drawDepth(frames[i], range.nearM, range.farM)
        phase = 'encode'
        handedOver.push(depth.addFrame(i))
      }
      await unlessAborted(Promise.all(handedOver), signal)
      onProgress?.(meter.at(i + 1, performance.now()))
      await nextTask()
    }
    throwIfAborted(signal)
    phase = 'encode'
    const [videoBlob, depthBlob] = await unlessAborted(Promise.all([colour.finish(), depth ? depth.finish() : Promise.resolve(null)]), signal)
    const [startFramePng, thumbnailJpeg] = await Promise.all(stills)
    const base = { mimeType: choice.mimeType, container: choice.container, codec: choice.codec, width, height, frameCount: n, fps, durationS: timing.durationS }
    return {
      video: { ...base, blob: videoBlob },
      depth: depthBlob && range ? { ...base, blob: depthBlob, nearM: range.nearM, farM: range.farM } : null,
      startFramePng,
      thumbnailJpeg,
      fallbackNote: choice.fallbackNote,
    }
  } catch (e) {
    await Promise.allSettled(outputs.map((o) => o.cancel()))
    throw toUserError(e, phase)
  } finally {
    renderer?.dispose()
  }
}
