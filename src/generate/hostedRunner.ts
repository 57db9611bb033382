/**
 * Hosted routes: the take's compiled payload goes to the Framewright server (which holds the keys)
 * with an idempotency key, then the generation is polled through TanStack Query's cache until it
 * ends; the finished video is fetched once through the server and kept with the take, so it outlives
 * the provider's expiring URL. A take the server accepted remembers its generation id: after a
 * reload the runner resumes polling instead of sending again. Cancel asks the server to cancel.
 */
import { ApiError, type Fetch, type Generation, cancelGeneration, createGeneration, fetchGenerationVideo, generationQuery, routeKeys, uploadStartImage } from '../api-client'
import { aspectValue } from '../core/camera/lens'
import { loadProject } from '../schema'
import type { Scene, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { registryFor } from '../camera-presets/custom'
import { queryClient } from '../api-client/queryClient'
import { type RenderRoute, type RouteStartImage, START_IMAGE_USES } from '../api-client/routes'
import type { TakeMedia } from '../takes/model'
import type { ReferenceImage } from '../timeline/media'
import { ASPECT_TOLERANCE, cropToAspect } from '../reference-image/core/aspect'
import { startPictureFor } from '../reference-image/core/startImage'
import type { RouteRunner, StartImageSource } from './runners'

/** The hosted route ids of CONTRACTS.md section 4, with the compile target each takes by default. */
export const HOSTED_ROUTE_IDS: readonly { readonly id: string; readonly target: string }[] = [
  { id: 'kling', target: 'kling' },
  { id: 'luma', target: 'luma' },
  { id: 'runway', target: 'runway' },
  { id: 'veo', target: 'veo' },
  { id: 'veo-vertex', target: 'veo-vertex' },
  { id: 'sora', target: 'sora' },
  { id: 'higgsfield', target: 'higgsfield' },
  { id: 'minimax', target: 'minimax' },
  { id: 'fal', target: 'kling' },
  { id: 'replicate', target: 'minimax' },
  { id: 'comfyui', target: 'comfyui-wan-camera' },
]

/**
 * Routes that begin from a start image: the shot's reference image is sent where it has one, else
 * the previs first frame is rendered and sent. Kling is sent text-to-video, since its camera control on
 * image-to-video needs another model than the compiler's; Luma keyframes need a public URL.
 */
export const START_IMAGE_ROUTES: ReadonlySet<string> = new Set(['runway', 'veo', 'veo-vertex', 'higgsfield', 'comfyui'])

/**
 * What a route does with a start image, as GET /api/routes reports it per route (`startImage`):
 * sends it, can send it only once the server has a public URL, or takes none.
 */
export type StartImageUse = RouteStartImage

/** The route's start image use: as the server reported it, else (an older server) from START_IMAGE_ROUTES. */
export const startImageUse = (routeId: string, reported?: unknown): StartImageUse =>
  (START_IMAGE_USES as readonly unknown[]).includes(reported) ? (reported as StartImageUse) : START_IMAGE_ROUTES.has(routeId) ? 'accepted' : 'not-taken'

/** The route's start image use from the routes the app last read from the server (TanStack Query's cache). */
export const startImageUseFromServer = (routeId: string): StartImageUse =>
  startImageUse(routeId, queryClient.getQueryData<RenderRoute[]>(routeKeys.all)?.find((r) => r.id === routeId)?.startImage)

export interface VideoFacts {
  readonly media: TakeMedia
  readonly thumbnail: Blob | null
}

export interface HostedRunnerDeps {
  readonly fetch?: Fetch
  /** Reads a generation's status (default: through the app's query cache). */
  readonly readGeneration?: (id: string, signal: AbortSignal) => Promise<Generation>
  /** Reads a video's facts and makes its thumbnail (default: mediabunny in the lazy previs chunk). */
  readonly describeVideo?: (blob: Blob) => Promise<VideoFacts>
  readonly pollMs?: number
  /** Renders the take's start frame at `timeS` of its shot (default: the previs renderer, lazily loaded, at 720p). */
  readonly renderStartFrame?: (design: { shot: Shot; scene: Scene; timeS: number; registry?: MoveRegistry }) => Promise<Blob>
  /**
   * The last frame of a video as an image, cropped to `aspect` (width over height) where the video's
   * frame differs from it (default: decoded in the browser with the lazy previs inspector). A part of
   * a chained generation starts from the last frame of the part before.
   */
  readonly lastFrameOf?: (video: Blob, aspect: number) => Promise<Blob>
  /**
   * The shot's reference image as sent, cropped (centred) to `aspect` where it differs from it
   * (default: read from the asset store in the browser). Throws when the bytes are not here.
   */
  readonly referenceImageOf?: (image: ReferenceImage, aspect: number) => Promise<Blob>
}

const renderWithPrevis = async ({ shot, scene, timeS, registry }: { shot: Shot; scene: Scene; timeS: number; registry?: MoveRegistry }) =>
  (await import('../previs')).renderStillPng(shot, scene, timeS, '720p', registry)

const dataUrlToBlob = async (url: string): Promise<Blob> => (await fetch(url)).blob()

/** The last frame of a video, decoded with mediabunny in the lazy previs chunk, centre-cropped to `aspect` (PNG). */
const lastFrameInBrowser = async (video: Blob, aspect: number): Promise<Blob> => {
  const { probeVideo, decodeFramePng } = await import('../previs/inspect')
  const probe = await probeVideo(video, [])
  if (!(probe.durationS > 0) || probe.width <= 0 || probe.height <= 0) throw new Error('The video of the part before has no frames to continue from.')
  // the frame shown at the end: the last one (mediabunny gives the last frame starting at or before a time)
  const png = await dataUrlToBlob(await decodeFramePng(video, probe.durationS, probe.width, probe.height))
  const frameAspect = probe.width / probe.height
  if (Math.abs(frameAspect / aspect - 1) <= 0.002) return png
  return cropInBrowser(png, aspect, 'image/png', 'the last frame')
}

/** The middle of an image at `aspect` (width over height), encoded as `type`. */
const cropInBrowser = async (image: Blob, aspect: number, type: string, what: string): Promise<Blob> => {
  const bitmap = await createImageBitmap(image)
  try {
    const r = cropToAspect(bitmap.width, bitmap.height, aspect)
    const canvas = document.createElement('canvas')
    canvas.width = r.width
    canvas.height = r.height
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error(`This browser cannot draw ${what} (no 2D canvas).`)
    ctx.drawImage(bitmap, r.x, r.y, r.width, r.height, 0, 0, r.width, r.height)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`${what[0].toUpperCase()}${what.slice(1)} could not be encoded.`))), type, 0.92))
  } finally {
    bitmap.close()
  }
}

/** The reference image from the asset store (a lazy chunk), its middle at the shot's aspect where the image's differs. */
const referenceImageInBrowser = async (image: ReferenceImage, aspect: number): Promise<Blob> => {
  const blob = await (await import('../persistence/assetStore')).getAssetBlob(image.assetId)
  if (!blob) throw new Error(`The reference image ${image.fileName} is not in this browser: choose the file again in the Inspector, or remove it to start from the previs frame.`)
  if (Math.abs(image.widthPx / image.heightPx / aspect - 1) <= ASPECT_TOLERANCE) return blob
  return cropInBrowser(blob, aspect, image.mimeType, 'the reference image')
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(t)
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('canceled', 'AbortError'))
      },
      { once: true },
    )
  })

const readThroughCache = (id: string) => queryClient.fetchQuery({ ...generationQuery(id), staleTime: 0 })

/** Facts and a thumbnail of a returned video, decoded in the browser (loads the previs chunk's reader). */
const describeInBrowser = async (blob: Blob): Promise<VideoFacts> => {
  const { probeVideo, decodeFramePng } = await import('../previs/inspect')
  const probe = await probeVideo(blob, [])
  const fps = probe.durationS > 0 ? Math.round((probe.packetCount / probe.durationS) * 1000) / 1000 : 0
  const width = 192
  const height = Math.max(2, Math.round((width * probe.height) / Math.max(1, probe.width)))
  const thumbnail = await decodeFramePng(blob, 0, width, height)
    .then((url) => fetch(url).then((r) => r.blob()))
    .catch(() => null)
  const container = /webm/.test(blob.type) ? 'webm' : 'mp4'
  return {
    media: { mimeType: blob.type || 'video/mp4', container, codec: probe.codec ?? 'unknown', width: probe.width, height: probe.height, frameCount: probe.packetCount, fps, durationS: probe.durationS, bytes: blob.size },
    thumbnail,
  }
}

const messageOf = (g: Generation): string => {
  const e = g.error
  if (!e) return 'The provider could not make this video.'
  return e.field ? `${e.message} (${e.field})` : e.message
}

export const createHostedRunner = (routeId: string, target: string, deps: HostedRunnerDeps = {}): RouteRunner => ({
  routeId,
  target,
  kind: 'hosted',
  async run(take, { signal, onProgress, onSubmitted, startImage }) {
    const read = deps.readGeneration ?? ((id: string) => readThroughCache(id))
    const describe = deps.describeVideo ?? describeInBrowser
    const pollMs = deps.pollMs ?? 2000
    let remote = take.remote
    /** The start image sent (kept with the take); unknown when a reload resumed the generation. */
    let sentImage: Blob | undefined
    if (!remote) {
      // one key per attempt: a network retry of this request is the same generation, a Retry a new one
      const idempotencyKey = `${take.id.replace(/[^A-Za-z0-9._:-]/g, '-')}.a${take.attempts}`
      let start: { startImage: string; aspect: number } | null = null
      // a part of a chain starts where its window starts; the routes that begin from an image get the previs frame there
      const source: StartImageSource | undefined =
        startImage ?? ((take.settings.startImage ?? START_IMAGE_ROUTES.has(routeId)) ? { kind: 'previs', timeS: take.chain?.startS ?? 0 } : undefined)
      if (source) {
        const design = loadProject(take.design)
        if (!design.ok) throw new Error(`This take's design could not be read (${design.error.message}).`)
        const shot = design.project.shots[0]
        const aspect = aspectValue(shot.aspect)
        let image: Blob
        if (source.kind === 'image') image = source.image
        else if (source.kind === 'last-frame') {
          onProgress({ fraction: 0, phase: take.chain && take.chain.part > 1 ? `Taking the last frame of part ${take.chain.part - 1}` : 'Taking the last frame' })
          image = await (deps.lastFrameOf ?? lastFrameInBrowser)(source.video, aspect)
        } else {
          // the shot's own picture where it has one (a take from the shot's start), else the previs frame
          const picture = startPictureFor(shot, source.timeS)
          if (picture.kind === 'reference') {
            onProgress({ fraction: 0, phase: 'Reading the reference image' })
            image = await (deps.referenceImageOf ?? referenceImageInBrowser)(picture.image, aspect)
          } else {
            onProgress({ fraction: 0, phase: 'Rendering the start frame' })
            image = await (deps.renderStartFrame ?? renderWithPrevis)({ shot, scene: design.project.scene, timeS: source.timeS, registry: registryFor(design.project) })
          }
        }
        signal.throwIfAborted()
        const uploaded = await uploadStartImage(image, { fetch: deps.fetch, signal })
        start = { startImage: uploaded.id, aspect }
        sentImage = image
      }
      onProgress({ fraction: 0, phase: 'Sending' })
      const g = await createGeneration({ route: routeId, target: take.target, payload: JSON.parse(take.payload), idempotencyKey, ...(start ?? {}) }, { fetch: deps.fetch, signal })
      remote = { generationId: g.id, idempotencyKey }
      onSubmitted?.(remote)
    }
    const generationId = remote.generationId
    const onAbort = () => void cancelGeneration(generationId, { fetch: deps.fetch }).catch(() => undefined)
    signal.addEventListener('abort', onAbort, { once: true })
    try {
      for (;;) {
        signal.throwIfAborted()
        let g: Generation
        try {
          g = await read(generationId, signal)
        } catch (e) {
          if (e instanceof ApiError && e.status === 404) throw new Error('The server no longer knows this generation (its data folder was reset).', { cause: e })
          throw e
        }
        if (g.status === 'succeeded') break
        if (g.status === 'failed') throw new Error(messageOf(g))
        if (g.status === 'canceled') throw new DOMException('The generation was canceled.', 'AbortError')
        onProgress({ fraction: g.progress ?? 0, phase: g.status === 'queued' ? 'Queued at the provider' : 'Generating at the provider' })
        await sleep(pollMs, signal)
      }
      onProgress({ fraction: 1, phase: 'Fetching the video' })
      const video = await fetchGenerationVideo(generationId, { fetch: deps.fetch, signal })
      const { media, thumbnail } = await describe(video)
      return {
        outcome: { video: media, depth: null, hasStartFrame: sentImage !== undefined, hasThumbnail: thumbnail !== null, note: null },
        media: { video, ...(thumbnail ? { thumbnail } : {}), ...(sentImage ? { startFrame: sentImage } : {}) },
      }
    } finally {
      signal.removeEventListener('abort', onAbort)
    }
  },
})
