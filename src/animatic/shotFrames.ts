/**
 * The pictures of one shot of the animatic, frame by frame, drawn letterboxed into the animatic's
 * 2D canvas: from a take's video (decoded with mediabunny; past its end the last frame holds), or
 * from the previs renderer (the lazy previs chunk, the shot's lens view at each frame's time).
 */
import { ALL_FORMATS, BlobSource, CanvasSink, Input } from 'mediabunny'
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { letterbox } from './core/sequencePlan'

export interface ShotFrameSource {
  /** Draws frame k of the shot (at k / fps) into the canvas. */
  draw(k: number): Promise<void>
  dispose(): void
}

const BACKGROUND = '#07090c'

export const openTakeFrames = async (video: Blob, g: CanvasRenderingContext2D, width: number, height: number, fps: number, frameCount: number): Promise<ShotFrameSource> => {
  const input = new Input({ source: new BlobSource(video), formats: ALL_FORMATS })
  const track = await input.getPrimaryVideoTrack()
  if (!track) throw new Error('The take has no video track.')
  if (!(await track.canDecode())) throw new Error(`This browser cannot decode the take’s ${track.codec ?? 'unknown'} video.`)
  const first = await track.getFirstTimestamp()
  const sink = new CanvasSink(track, { poolSize: 2 })
  const rect = letterbox(width, height, track.displayWidth / track.displayHeight)
  const frames = sink.canvasesAtTimestamps(Array.from({ length: frameCount }, (_, k) => first + k / fps))
  let done = false
  return {
    async draw() {
      const next = done ? null : await frames.next()
      if (next?.done) done = true
      g.fillStyle = BACKGROUND
      g.fillRect(0, 0, width, height)
      const wrapped = next && !next.done ? next.value : null
      if (wrapped) g.drawImage(wrapped.canvas, rect.x, rect.y, rect.w, rect.h)
    },
    dispose() {
      void frames.return(undefined)
      input.dispose?.()
    },
  }
}

export const openPrevisFrames = async (shot: Shot, scene: Scene, registry: MoveRegistry, g: CanvasRenderingContext2D, width: number, height: number, fps: number): Promise<ShotFrameSource> => {
  const previs = await import('../previs')
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const live = previs.createLiveFrameRenderer(canvas, shot, scene, registry)
  live.resize(width, height)
  return {
    async draw(k) {
      live.draw(k / fps)
      g.drawImage(canvas, 0, 0, width, height) // same task as the render: the drawing buffer is still there
    },
    dispose() {
      live.dispose()
    },
  }
}
