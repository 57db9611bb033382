/**
 * The Runway adapter (research/providers.md section 2) through the official `@runwayml/sdk`:
 * imageToVideo.create (POST /v1/image_to_video, X-Runway-Version 2024-11-06) with the start image as
 * a data URI `promptImage`, tasks.retrieve (GET /v1/tasks/{id}) until SUCCEEDED / FAILED /
 * CANCELLED, the video at output[0]; cancel is tasks.delete (DELETE /v1/tasks/{id}). Without a start
 * image only a model Runway documents for text_to_video (gen4.5) goes to POST /v1/text_to_video;
 * gen4_turbo is refused with an invalid-parameter error naming promptImage.
 */
import RunwayML from '@runwayml/sdk'
import type { ProviderAdapter, ProviderErrorKind, ProviderStatus, StartImage } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, type FetchLike, ProviderError, type Sleep, classifyProviderError, providerFetch, providerMessage, sanitizeProviderText } from './http'
import { sdkCall } from './sdkRetry'

export const RUNWAY_DEFAULT_ORIGIN = 'https://api.dev.runwayml.com'
export const RUNWAY_API_VERSION = '2024-11-06'
/** Models Runway documents on POST /v1/text_to_video (providers.md section 2). */
export const RUNWAY_TEXT_TO_VIDEO_MODELS: readonly string[] = ['gen4.5']
/** Runway takes data URIs up to 5 MB (SDK docs for promptImage). */
export const RUNWAY_MAX_DATA_URI = 5 * 1024 * 1024

const FIELDS = ['model', 'promptImage', 'promptText', 'ratio', 'duration', 'seed', 'contentModeration', 'publicFigureThreshold']

export interface RunwayAdapterOptions {
  readonly apiSecret: string
  /** Replaces scheme, host and port (RUNWAY_BASE_URL); paths stay Runway's. */
  readonly baseUrl?: string
  readonly fetch?: FetchLike
  /** Per request attempt, in ms (default 30 000). */
  readonly timeoutMs?: number
  readonly retries?: number
  readonly sleep?: Sleep
  readonly now?: () => number
  readonly random?: () => number
}

const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined)
const dataUri = (img: StartImage) => `data:${img.mimeType};base64,${Buffer.from(img.bytes).toString('base64')}`
/** A promptImage the payload itself carries (not the compiler's placeholder). */
const realImage = (v: unknown) => typeof v === 'string' && /^(https:\/\/|data:image\/)/.test(v)

export const createRunwayAdapter = (o: RunwayAdapterOptions): ProviderAdapter => {
  const origin = new URL(o.baseUrl ?? RUNWAY_DEFAULT_ORIGIN).origin
  const timeoutMs = o.timeoutMs ?? 30_000
  const hints: ClassifyHints = { provider: 'Runway', keyEnv: ['RUNWAYML_API_SECRET'], fields: FIELDS }
  // Retries and the per-attempt deadline are sdkCall's; the SDK's own timeout is only a backstop.
  const client = new RunwayML({
    apiKey: o.apiSecret,
    baseURL: origin,
    runwayVersion: RUNWAY_API_VERSION,
    maxRetries: 0,
    timeout: timeoutMs + 5000,
    logLevel: 'off',
    fetch: (o.fetch ?? fetch) as never,
  })
  const call = <T>(run: (signal: AbortSignal) => Promise<T>, idempotent: boolean, signal?: AbortSignal) =>
    sdkCall(run, { hints, idempotent, signal, timeoutMs, retries: o.retries, sleep: o.sleep, now: o.now, random: o.random })
  const fail = (kind: ProviderErrorKind, field?: string) => new ProviderError(kind, providerMessage(kind, { ...hints, field }), field ? { field } : {})
  const http = { timeoutMs, retries: o.retries, fetch: o.fetch, sleep: o.sleep, now: o.now, random: o.random, provider: 'Runway' }

  return {
    route: 'runway',

    async submit({ payload, startImage, signal }) {
      const p = record(payload)
      if (!p) throw fail('invalid-parameter')
      const { promptImage, ...rest } = p
      let create: (s: AbortSignal) => Promise<unknown>
      if (startImage || realImage(promptImage)) {
        const image = startImage ? dataUri(startImage) : (promptImage as string)
        if (image.length > RUNWAY_MAX_DATA_URI && image.startsWith('data:'))
          throw new ProviderError('invalid-parameter', 'The start image is larger than Runway takes (5 MB as a data URI): use a smaller image and try again.', { field: 'promptImage' })
        create = (s) => client.imageToVideo.create({ ...rest, promptImage: image } as never, { signal: s })
      } else if (RUNWAY_TEXT_TO_VIDEO_MODELS.includes(String(rest.model))) {
        create = (s) => client.textToVideo.create(rest as never, { signal: s })
      } else {
        const model = typeof rest.model === 'string' && /^[\w.-]{1,32}$/.test(rest.model) ? `Runway's ${rest.model}` : 'This Runway model'
        throw new ProviderError('invalid-parameter', `${model} makes video only from a start image (promptImage): add a start image to the shot and try again.`, { field: 'promptImage' })
      }
      const id = record(await call(create, false, signal))?.id
      if (typeof id !== 'string' || !id) throw fail('malformed-response')
      return { taskId: id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const t = record(await call((s) => client.tasks.retrieve(taskId, { signal: s }), true, signal))
      switch (t?.status) {
        case 'PENDING':
        case 'THROTTLED':
          return { status: 'queued' }
        case 'RUNNING':
          return typeof t.progress === 'number' && t.progress >= 0 && t.progress <= 1 ? { status: 'running', progress: t.progress } : { status: 'running' }
        case 'SUCCEEDED': {
          const url = Array.isArray(t.output) ? t.output[0] : undefined
          if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw fail('malformed-response')
          return { status: 'succeeded', progress: 1, videoUrl: url }
        }
        case 'FAILED': {
          const reason = typeof t.failure === 'string' ? sanitizeProviderText(t.failure, [o.apiSecret]) : ''
          const code = typeof t.failureCode === 'string' ? t.failureCode : ''
          const said = /SAFETY/i.test(code) ? 'moderation' : classifyProviderError(200, { message: reason }, { provider: 'Runway' }).kind
          const kind = said === 'moderation' || said === 'out-of-credits' ? said : 'provider-failure'
          const message = reason ? `Runway could not make the video: ${reason.replace(/[.!?…]?$/, '.')}` : providerMessage(kind, hints)
          return { status: 'failed', error: { kind, message } }
        }
        case 'CANCELLED':
          return { status: 'canceled' }
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      try {
        await call((s) => client.tasks.delete(taskId, { signal: s }), true, signal)
      } catch (e) {
        // Already deleted (Runway forgets cancelled tasks): nothing left to stop.
        if (!(e instanceof ProviderError && e.status === 404)) throw e
      }
    },

    async fetchVideo(videoUrl, init) {
      // Runway's output URLs are signed links that expire: no Authorization header goes with them.
      const headers: Record<string, string> = init.range ? { range: init.range } : {}
      const res = await providerFetch(videoUrl, { method: 'GET', headers }, { ...http, signal: init.signal, timeoutCovers: 'headers' })
      if (res.ok || res.status === 416) return res
      await res.body?.cancel().catch(() => undefined)
      if (res.status === 403 || res.status === 404 || res.status === 410)
        throw new ProviderError('provider-failure', "Runway no longer has this video (its output links expire): generate it again.", { status: res.status })
      throw new ProviderError('provider-failure', providerMessage('provider-failure', hints), { status: res.status })
    },
  }
}

/** The adapter from RUNWAYML_API_SECRET / RUNWAY_BASE_URL, or null without a secret. */
export const runwayFromEnv = (env: ServerEnv, extra: Partial<RunwayAdapterOptions> = {}): ProviderAdapter | null => {
  const apiSecret = env.RUNWAYML_API_SECRET?.trim()
  if (!apiSecret) return null
  const baseUrl = env.RUNWAY_BASE_URL?.trim() || undefined
  return createRunwayAdapter({ ...extra, apiSecret, baseUrl })
}
