/**
 * renderStillsPng: several frames of one shot's lens view as PNGs with one renderer (one WebGL
 * context for all of them), yielding to the event loop between frames; the storyboard's frames.
 * Abort → AbortError between frames; any other failure → a PrevisError with one sentence.
 */
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { throwIfAborted, toUserError } from './errors'
import { createFrameRenderer } from './frameRenderer'
import { snapshot, toBlob } from './images'
import { nextTask } from './schedule'
import { type PrevisSize, previsDimensions } from './size'

export interface StillsOptions {
  /** The moves the shot's clips name (registryFor(project)); default: the built-ins. */
  readonly registry?: MoveRegistry
  readonly signal?: AbortSignal
  /** Called as each frame is done (index into `timesS`). */
  readonly onFrame?: (index: number, png: Blob) => void
}

export const renderStillsPng = async (shot: Shot, scene: Scene, timesS: readonly number[], size: PrevisSize, options: StillsOptions = {}): Promise<Blob[]> => {
  throwIfAborted(options.signal)
  const { width, height } = previsDimensions(shot.aspect, size)
  const renderer = createFrameRenderer(shot, scene, { registry: options.registry })
  const out: Blob[] = []
  try {
    renderer.setSize(width, height)
    for (let i = 0; i < timesS.length; i++) {
      throwIfAborted(options.signal)
      renderer.drawColour(renderer.evaluate(timesS[i]))
      const copy = snapshot(renderer.canvas)
      const png = await toBlob(copy, 'image/png')
      out.push(png)
      options.onFrame?.(i, png)
      await nextTask()
    }
  } catch (e) {
    throw toUserError(e, 'render')
  } finally {
    renderer.dispose()
  }
  return out
}
