/**
 * createLiveFrameRenderer: draws the shot's lens view at a time into a visible canvas (the compare
 * view), letterboxed to the shot's aspect. `draw` renders synchronously.
 */
import { Color } from 'three'
import { shotOptics } from '../stage'
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { fitRect } from '../core/math/fitRect'
import { createFrameRenderer } from './frameRenderer'

export interface LiveFrameRenderer {
  draw(timeS: number): void
  resize(width: number, height: number): void
  dispose(): void
}

const LETTERBOX = new Color('#07090c')

/** `registry`: the moves the shot's clips name (registryFor(project)); default: the built-ins. */
export const createLiveFrameRenderer = (canvas: HTMLCanvasElement, shot: Shot, scene: Scene, registry?: MoveRegistry): LiveFrameRenderer => {
  const r = createFrameRenderer(shot, scene, { canvas, registry })
  let width = Math.max(1, canvas.width)
  let height = Math.max(1, canvas.height)
  r.setSize(width, height)
  let disposed = false
  return {
    draw(timeS) {
      if (disposed) return
      const gl = r.renderer
      gl.setScissorTest(false)
      gl.setClearColor(LETTERBOX, 1)
      gl.clear(true, true, false)
      const rect = fitRect(width, height, shotOptics(shot).aspect)
      r.drawColour(r.evaluate(timeS), rect)
    },
    resize(w, h) {
      if (disposed) return
      width = Math.max(1, Math.floor(w))
      height = Math.max(1, Math.floor(h))
      r.setSize(width, height)
    },
    dispose() {
      if (disposed) return
      disposed = true
      r.dispose()
    },
  }
}
