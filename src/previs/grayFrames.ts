/**
 * The shot's lens view as the camera-motion estimator's grey frames, one per frame of the shot's
 * frame grid (frame i at i / fps, as the previs video and `designedMotion` sample it), drawn by one
 * offscreen renderer and read back at the analysis size. Yields to the event loop between frames.
 * What the studio measures a take's design by, so the estimator's bias cancels in the comparison.
 */
import { grayFromRgba } from '../camera-measure/grayscale'
import type { GrayFrame } from '../camera-measure/types'
import { frameCount as frameCountOf } from '../timeline/sample'
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { throwIfAborted, toUserError } from './errors'
import { createFrameRenderer } from './frameRenderer'
import { nextTask } from './schedule'

export interface GrayFramesOptions {
  readonly fps: number
  readonly widthPx: number
  readonly heightPx: number
  /** The moves the shot's clips name (registryFor(project)); default: the built-ins. */
  readonly registry?: MoveRegistry
  readonly signal?: AbortSignal
}

/** How many frames `renderGrayFrames` yields for a shot at `fps`. */
export const grayFrameCount = (shot: Shot, fps: number): number => frameCountOf(shot.durationS, fps)

export async function* renderGrayFrames(shot: Shot, scene: Scene, options: GrayFramesOptions): AsyncGenerator<GrayFrame> {
  throwIfAborted(options.signal)
  const { widthPx, heightPx, fps } = options
  const renderer = createFrameRenderer(shot, scene, { registry: options.registry })
  const read = new OffscreenCanvas(widthPx, heightPx).getContext('2d', { willReadFrequently: true })
  try {
    if (!read) throw new Error('no 2D canvas context')
    renderer.setSize(widthPx, heightPx)
    const n = grayFrameCount(shot, fps)
    for (let i = 0; i < n; i++) {
      throwIfAborted(options.signal)
      renderer.drawColour(renderer.evaluate(i / fps))
      read.drawImage(renderer.canvas, 0, 0)
      yield grayFromRgba(read.getImageData(0, 0, widthPx, heightPx).data, widthPx, heightPx)
      await nextTask()
    }
  } catch (e) {
    throw toUserError(e, 'render')
  } finally {
    renderer.dispose()
  }
}
