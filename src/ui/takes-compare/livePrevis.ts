/**
 * The one door to the previs chunk: loaded on first use through a dynamic import, so three.js and
 * the renderer stay out of the studio's main bundle. Types are declared here, by the API we use.
 */
import type { MoveRegistry } from '../../timeline/moves'
import type { Scene, Shot } from '../../timeline/model'

/** Draws a shot's lens view at a time into a canvas, synchronously. */
export interface LiveFrameRenderer {
  draw(timeS: number): void
  resize(width: number, height: number): void
  dispose(): void
}

export interface PrevisLiveApi {
  createLiveFrameRenderer(canvas: HTMLCanvasElement, shot: Shot, scene: Scene, registry?: MoveRegistry): LiveFrameRenderer
}

export const loadPrevisLive = async (): Promise<PrevisLiveApi> => {
  const previs: PrevisLiveApi = await import('../../previs')
  return previs
}
