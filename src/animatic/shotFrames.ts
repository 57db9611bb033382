/**
 * The pictures of one shot of the animatic, frame by frame, drawn letterboxed into the animatic's
 * 2D canvas: from a take's video (decoded with mediabunny; past its end the last frame holds), from
 * the videos of a chained generation's parts (each fitted to its window of the shot), or from the
 * previs renderer (the lazy previs chunk, the shot's lens view at each frame's time).
 */
import { ALL_FORMATS, BlobSource, CanvasSink, Input } from 'mediabunny'
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { letterbox } from './core/sequencePlan'
import { type ChainSourcePart, chainTimeAt, takeTimeAt } from './core/sources'

export interface ShotFrameSource {
  /** Draws frame k of the shot (at k / fps) into the canvas. */
  draw(k: number): Promise<void>
  dispose(): void
}

const BACKGROUND = '#07090c'

/** A time in a clip of `clipS` seconds, kept a millisecond inside it (its last instant is past its last frame). */
const insideClip = (t: number, clipS: number): number => Math.max(0, Math.min(t, clipS - 0.001))

/** Draws a video's frames at `timestampsS` (from its first frame), one a call, letterboxed; past its end the last frame holds. */
const openVideoFrames = async (video: Blob, g: CanvasRenderingContext2D, width: number, height: number, timestampsS: readonly number[]) => {
  const input = new Input({ source: new BlobSource(video), formats: ALL_FORMATS })
  const track = await input.getPrimaryVideoTrack()
  if (!track) throw new Error('The take has no video track.')
  if (!(await track.canDecode())) throw new Error(`This browser cannot decode the take’s ${track.codec ?? 'unknown'} video.`)
  const first = await track.getFirstTimestamp()
  const sink = new CanvasSink(track, { poolSize: 2 })
  const rect = letterbox(width, height, track.displayWidth / track.displayHeight)
  const frames = sink.canvasesAtTimestamps(timestampsS.map((t) => first + t))
  let done = false
  return {
    async drawNext() {
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

/** A take's frames: frame k of the shot from the video at `takeTimeAt` (1:1, or fitted to a shot of another length). */
export const openTakeFrames = async (
  video: Blob,
  g: CanvasRenderingContext2D,
  width: number,
  height: number,
  fps: number,
  frameCount: number,
  lengths: { readonly shotDurationS: number; readonly videoDurationS: number },
): Promise<ShotFrameSource> => {
  const { shotDurationS, videoDurationS } = lengths
  const times = Array.from({ length: frameCount }, (_, k) => insideClip(takeTimeAt(shotDurationS, videoDurationS, k / fps, fps), videoDurationS))
  const frames = await openVideoFrames(video, g, width, height, times)
  return { draw: () => frames.drawNext(), dispose: () => frames.dispose() }
}

/**
 * A chained generation's frames: each frame of the shot from the part whose window holds it, its
 * video fitted to that window (`chainTimeAt`). Every part is opened first, so an unreadable one
 * fails before anything is drawn.
 */
export const openChainFrames = async (
  videos: readonly Blob[],
  parts: readonly ChainSourcePart[],
  g: CanvasRenderingContext2D,
  width: number,
  height: number,
  fps: number,
  frameCount: number,
): Promise<ShotFrameSource> => {
  const at = Array.from({ length: frameCount }, (_, k) => chainTimeAt(parts, k / fps))
  const times = parts.map((p, i) => at.filter((a) => a.part === i).map((a) => insideClip(a.videoTimeS, p.videoDurationS)))
  const opened: Awaited<ReturnType<typeof openVideoFrames>>[] = []
  try {
    for (const [i, video] of videos.entries()) opened.push(await openVideoFrames(video, g, width, height, times[i]))
  } catch (e) {
    for (const o of opened) o.dispose()
    throw e
  }
  return {
    draw: (k) => opened[at[k].part].drawNext(),
    dispose: () => opened.forEach((o) => o.dispose()),
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
