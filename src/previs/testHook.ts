/**
 * What the dev/e2e test API (`window.__studio.previs`, src/app/testApi.ts) runs, loaded lazily:
 * renders through the public API, keeps the last result, and returns plain, serialisable summaries
 * (a test's page.evaluate cannot return Blobs). Never loaded by the production studio.
 */
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { benchPrevis } from './bench'
import { type FrameRegion, decodeFramePng, probeVideo } from './inspect'
import { renderPrevis } from './renderPrevis'
import type { PrevisSize } from './size'
import { renderStillPng } from './still'
import type { EncodedVideo, PrevisProgress, PrevisResult } from './types'

let last: PrevisResult | null = null

const describe = ({ blob, ...rest }: EncodedVideo) => ({ ...rest, bytes: blob.size, blobType: blob.type })

const imageInfo = async (blob: Blob) => {
  const bmp = await createImageBitmap(blob)
  const info = { type: blob.type, bytes: blob.size, width: bmp.width, height: bmp.height }
  bmp.close()
  return info
}

const dataUrl = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(r.result as string)
    r.onerror = () => reject(r.error)
    r.readAsDataURL(blob)
  })

export interface TestRenderOptions {
  size?: PrevisSize
  depth?: boolean
  /** Abort after this many frames (tests cancellation). */
  abortAfterFrames?: number
  /** The project's registry (registryFor(project)) when the shot plays custom presets. */
  registry?: MoveRegistry
}

export const render = async (shot: Shot, scene: Scene, opts: TestRenderOptions = {}) => {
  const progress: PrevisProgress[] = []
  const controller = new AbortController()
  const t0 = performance.now()
  try {
    last = await renderPrevis({
      shot,
      scene,
      registry: opts.registry,
      size: opts.size ?? '480p',
      depth: opts.depth ?? false,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p)
        if (opts.abortAfterFrames !== undefined && p.framesDone >= opts.abortAfterFrames) controller.abort()
      },
    })
  } catch (e) {
    return { ok: false as const, errorName: (e as Error).name, errorMessage: (e as Error).message, progress, liveCanvases: document.querySelectorAll('canvas').length }
  }
  return {
    ok: true as const,
    wallS: (performance.now() - t0) / 1000,
    video: describe(last.video),
    depth: last.depth ? { ...describe(last.depth), nearM: last.depth.nearM, farM: last.depth.farM } : null,
    fallbackNote: last.fallbackNote,
    startFramePng: await imageInfo(last.startFramePng),
    thumbnailJpeg: await imageInfo(last.thumbnailJpeg),
    progress,
  }
}

/** Decodes the last render's colour or depth video at `times` (see probeVideo). */
export const probe = async (which: 'video' | 'depth', times: number[], region?: FrameRegion, withPng = false) => {
  const v = which === 'video' ? last?.video : last?.depth
  if (!v) throw new Error(`no ${which} video rendered yet`)
  return probeVideo(v.blob, times, region, withPng)
}

/** The last render's start frame PNG as a data URL. */
export const startFrame = async () => (last ? dataUrl(last.startFramePng) : null)

export const still = async (shot: Shot, scene: Scene, timeS: number, size: PrevisSize = '480p', registry?: MoveRegistry) =>
  dataUrl(await renderStillPng(shot, scene, timeS, size, registry))

export const bench = (shot: Shot, scene: Scene, size: PrevisSize = '720p') => benchPrevis(shot, scene, size)

/** Decodes the frame at `timeS` of any video file (base64 bytes) at a size, as a PNG data URL. */
export const decodeFrame = async (base64: string, mimeType: string, timeS: number, width: number, height: number) => {
  const bin = atob(base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return decodeFramePng(new Blob([bytes], { type: mimeType }), timeS, width, height)
}
