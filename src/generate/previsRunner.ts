/**
 * The embedded `previs` route: renders the take's design snapshot through its camera path in the
 * browser. The renderer and its muxer (mediabunny) load on first use, as a separate chunk.
 */
import { registryFor } from '../camera-presets/custom'
import { loadProject } from '../schema'
import type { TakeMedia } from '../takes/model'
import type { RouteRunner } from './runners'

const mediaOf = (v: { blob: Blob; mimeType: string; container: 'mp4' | 'webm'; codec: string; width: number; height: number; frameCount: number; fps: number; durationS: number }): TakeMedia => ({
  mimeType: v.mimeType,
  container: v.container,
  codec: v.codec,
  width: v.width,
  height: v.height,
  frameCount: v.frameCount,
  fps: v.fps,
  durationS: v.durationS,
  bytes: v.blob.size,
})

export const previsRunner: RouteRunner = {
  routeId: 'previs',
  target: 'trajectory',
  kind: 'embedded',
  async run(take, { signal, onProgress }) {
    const design = loadProject(take.design)
    if (!design.ok) throw new Error(`This take's design could not be read (${design.error.message}).`)
    onProgress({ fraction: 0, phase: 'Loading the renderer' })
    const previs = await import('../previs')
    signal.throwIfAborted()
    const result = await previs.renderPrevis({
      shot: design.project.shots[0],
      scene: design.project.scene,
      registry: registryFor(design.project),
      size: take.settings.size,
      depth: take.settings.depth,
      signal,
      onProgress: (p) =>
        onProgress({
          fraction: p.frameCount > 0 ? p.framesDone / p.frameCount : 0,
          framesDone: p.framesDone,
          frameCount: p.frameCount,
          framesPerSecond: p.framesPerSecond,
          secondsLeft: p.secondsLeft,
          phase: 'Rendering',
        }),
    })
    return {
      outcome: {
        video: mediaOf(result.video),
        depth: result.depth ? { ...mediaOf(result.depth), nearM: result.depth.nearM, farM: result.depth.farM } : null,
        hasStartFrame: true,
        hasThumbnail: true,
        note: result.fallbackNote,
      },
      media: {
        video: result.video.blob,
        ...(result.depth ? { depth: result.depth.blob } : {}),
        startFrame: result.startFramePng,
        thumbnail: result.thumbnailJpeg,
      },
    }
  },
}
