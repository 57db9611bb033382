/** renderStillPng: one frame of the shot's lens view at a time, at a previs size, as PNG. */
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { toUserError } from './errors'
import { createFrameRenderer } from './frameRenderer'
import { snapshot, toBlob } from './images'
import { type PrevisSize, previsDimensions } from './size'

/** `registry`: the moves the shot's clips name (registryFor(project)); default: the built-ins. */
export const renderStillPng = async (shot: Shot, scene: Scene, timeS: number, size: PrevisSize, registry?: MoveRegistry): Promise<Blob> => {
  const { width, height } = previsDimensions(shot.aspect, size)
  let copy: HTMLCanvasElement
  const renderer = createFrameRenderer(shot, scene, { registry })
  try {
    renderer.setSize(width, height)
    renderer.drawColour(renderer.evaluate(timeS))
    copy = snapshot(renderer.canvas)
  } catch (e) {
    throw toUserError(e, 'render')
  } finally {
    renderer.dispose()
  }
  return toBlob(copy, 'image/png')
}
