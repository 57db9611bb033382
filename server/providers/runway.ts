/**
 * The Runway adapter (research/providers.md section 2) through the official `@runwayml/sdk`:
 * imageToVideo.create (POST /v1/image_to_video, X-Runway-Version 2024-11-06) with the start image as
 * a data URI `promptImage`, tasks.retrieve (GET /v1/tasks/{id}) until SUCCEEDED / FAILED /
 * CANCELLED, the video at output[0]; cancel is tasks.delete (DELETE /v1/tasks/{id}). Without a start
 * image only a model Runway documents for text_to_video (gen4.5) goes to POST /v1/text_to_video;
 * gen4_turbo is refused with an invalid-parameter error naming promptImage.
 */
import RunwayML from '@runwayml/sdk'
import type { ProviderAdapter, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, ProviderError } from './http'
import { retryCreateOnlyIfRefused, sdkTransport } from './sdkTransport'
import { type AdapterHttpOptions, dataUri, envValues, errorsFor, failedTask, fetchVideo, httpOptions, originOf, reasonOf, record, succeededWith, unlessGone } from './shared'

export const RUNWAY_DEFAULT_ORIGIN = 'https://api.dev.runwayml.com'
export const RUNWAY_API_VERSION = '2024-11-06'
/** Models Runway documents on POST /v1/text_to_video (providers.md section 2). */
export const RUNWAY_TEXT_TO_VIDEO_MODELS: readonly string[] = ['gen4.5']
/** Runway takes data URIs up to 5 MB (SDK docs for promptImage). */
export const RUNWAY_MAX_DATA_URI = 5 * 1024 * 1024

const FIELDS = ['model', 'promptImage', 'promptText', 'ratio', 'duration', 'seed', 'contentModeration', 'publicFigureThreshold']

export interface RunwayAdapterOptions extends AdapterHttpOptions {
  readonly apiSecret: string
  /** Replaces scheme, host and port (RUNWAY_BASE_URL); paths stay Runway's. */
  readonly baseUrl?: string
}

/** A promptImage the payload itself carries (not the compiler's placeholder). */
const realImage = (v: unknown) => typeof v === 'string' && /^(https:\/\/|data:image\/)/.test(v)

export const createRunwayAdapter = (o: RunwayAdapterOptions): ProviderAdapter => {
  const origin = originOf(o.baseUrl, RUNWAY_DEFAULT_ORIGIN)
  const timeoutMs = o.timeoutMs ?? 30_000
  const hints: ClassifyHints = { provider: 'Runway', keyEnv: ['RUNWAYML_API_SECRET'], fields: FIELDS }
  const http = httpOptions(o, 'Runway')
  // Runway takes no idempotency key: a create (its only POSTs) is repeated only after 429/503
  const sdk = sdkTransport({ ...http, hints, retryable: retryCreateOnlyIfRefused((r) => r.method === 'POST') })
  // Retries and the per-attempt deadline are the transport's; the SDK's own timeout is only a backstop.
  const client = new RunwayML({
    apiKey: o.apiSecret,
    baseURL: origin,
    runwayVersion: RUNWAY_API_VERSION,
    maxRetries: 0,
    timeout: timeoutMs + 5000,
    logLevel: 'off',
    fetch: sdk.fetch as never,
  })
  const fail = errorsFor(hints)

  return {
    route: 'runway',

    async submit({ payload, startImage, signal }) {
      const p = record(payload)
      if (!p) throw fail('invalid-parameter')
      const { promptImage, ...rest } = p
      let create: () => Promise<unknown>
      if (startImage || realImage(promptImage)) {
        const image = startImage ? dataUri(startImage) : (promptImage as string)
        if (image.length > RUNWAY_MAX_DATA_URI && image.startsWith('data:'))
          throw new ProviderError('invalid-parameter', 'The start image is larger than Runway takes (5 MB as a data URI): use a smaller image and try again.', { field: 'promptImage' })
        create = () => client.imageToVideo.create({ ...rest, promptImage: image } as never, { signal })
      } else if (RUNWAY_TEXT_TO_VIDEO_MODELS.includes(String(rest.model))) {
        create = () => client.textToVideo.create(rest as never, { signal })
      } else {
        const model = typeof rest.model === 'string' && /^[\w.-]{1,32}$/.test(rest.model) ? `Runway's ${rest.model}` : 'This Runway model'
        throw new ProviderError('invalid-parameter', `${model} makes video only from a start image (promptImage): add a start image to the shot and try again.`, { field: 'promptImage' })
      }
      const id = record(await sdk.call(signal, create))?.id
      if (typeof id !== 'string' || !id) throw fail('malformed-response')
      return { taskId: id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const t = record(await sdk.call(signal, () => client.tasks.retrieve(taskId, { signal })))
      switch (t?.status) {
        case 'PENDING':
        case 'THROTTLED':
          return { status: 'queued' }
        case 'RUNNING':
          return typeof t.progress === 'number' && t.progress >= 0 && t.progress <= 1 ? { status: 'running', progress: t.progress } : { status: 'running' }
        case 'SUCCEEDED': {
          const url = Array.isArray(t.output) ? t.output[0] : undefined
          return succeededWith(url, hints)
        }
        case 'FAILED': {
          const code = typeof t.failureCode === 'string' ? t.failureCode : ''
          return failedTask(reasonOf(t.failure, [o.apiSecret]), hints, /SAFETY/i.test(code) ? { said: 'moderation' } : {})
        }
        case 'CANCELLED':
          return { status: 'canceled' }
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      // Already deleted (Runway forgets cancelled tasks): nothing left to stop.
      await unlessGone(sdk.call(signal, () => client.tasks.delete(taskId, { signal })))
    },

    fetchVideo(videoUrl, init) {
      // Runway's output URLs are signed links that expire: no Authorization header goes with them.
      return fetchVideo(videoUrl, init, http, { hints, gone: 'Runway no longer has this video (its output links expire): generate it again.' })
    },
  }
}

/** The adapter from RUNWAYML_API_SECRET / RUNWAY_BASE_URL, or null without a secret. */
export const runwayFromEnv = (env: ServerEnv, extra: Partial<RunwayAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiSecret: 'RUNWAYML_API_SECRET' }, { baseUrl: 'RUNWAY_BASE_URL' })
  return v && createRunwayAdapter({ ...extra, ...v })
}
