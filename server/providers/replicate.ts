/**
 * The Replicate adapter (research/providers.md section 9b) through the official `replicate` SDK:
 * predictions.create on the model for the `minimax` target (minimax/video-01-director:
 * POST /v1/models/{owner}/{name}/predictions with `{ input }`), predictions.get until
 * succeeded / failed / canceled (the video is `output`), predictions.cancel.
 *
 * The SDK's own retries do not wait (its backoff and Retry-After handling never run in 1.4.0) and it
 * repeats a request whose fetch threw, timed-out creates included. So its `fetch` is the shared
 * `sdkTransport` (providerFetch: timeout per attempt covering the body, retries honouring Retry-After;
 * a create only after 429, as the SDK intends), which hands a failure to the SDK as a status it never
 * retries and throws the real ProviderError once the SDK gives up.
 */
import Replicate, { parseProgressFromLogs } from 'replicate'
import type { ProviderAdapter, ProviderStatus, StartImage } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, ProviderError, classifyProviderError, providerMessage } from './http'
import { sdkTransport } from './sdkTransport'
import { type AdapterHttpOptions, dataUri, envValues, errorsFor, failedTask, fetchVideo, httpOptions, originOf, reasonOf, record, succeededWith } from './shared'

export const REPLICATE_DEFAULT_ORIGIN = 'https://api.replicate.com'
/** The Replicate model for the `minimax` target (providers.md 9b): prompt brackets, 6 s at 720p. */
export const REPLICATE_MINIMAX_MODEL = 'minimax/video-01-director'

const FIELDS = ['prompt', 'prompt_optimizer', 'first_frame_image', 'camera_movement', 'duration', 'input']

export interface ReplicateAdapterOptions extends AdapterHttpOptions {
  readonly apiToken: string
  /** Replaces scheme, host and port (REPLICATE_BASE_URL); paths stay Replicate's (/v1/...). */
  readonly baseUrl?: string
  readonly model?: string
}

/** Replicate's 422 `invalid_fields[0].field` ("input.prompt" -> "prompt"). */
const invalidField = (body: unknown): string | undefined => {
  const f = Array.isArray(record(body)?.invalid_fields) ? record((record(body)!.invalid_fields as unknown[])[0])?.field : undefined
  return typeof f === 'string' ? f.replace(/^input\./, '') : undefined
}

export const createReplicateAdapter = (o: ReplicateAdapterOptions): ProviderAdapter => {
  const baseUrl = `${originOf(o.baseUrl, REPLICATE_DEFAULT_ORIGIN)}/v1`
  const model = (o.model ?? REPLICATE_MINIMAX_MODEL) as `${string}/${string}`
  const hints: ClassifyHints = { provider: 'Replicate', keyEnv: ['REPLICATE_API_TOKEN'], fields: FIELDS }
  const http = { ...httpOptions(o, 'Replicate'), now: o.now ?? Date.now }
  const fail = errorsFor(hints)

  /** A 422 names the input in `invalid_fields`. */
  const classify = (status: number, text: string, retryAfterS: number | undefined): ProviderError => {
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      /* classified as text */
    }
    const e = classifyProviderError(status, body, { ...hints, retryAfterS })
    const field = e.kind === 'invalid-parameter' ? invalidField(body) : undefined
    return field && /^[A-Za-z][\w.]{0,63}$/.test(field) ? new ProviderError(e.kind, providerMessage(e.kind, { ...hints, field }), { field, status }) : e
  }
  const isCreate = (r: { url: URL; method: string }) => r.method === 'POST' && /\/predictions$/.test(r.url.pathname)
  const sdk = sdkTransport({ ...http, hints, classify, retryable: (res, r) => !isCreate(r) || res.status === 429 })
  const client = new Replicate({ auth: o.apiToken, baseUrl, fetch: sdk.fetch as typeof fetch, userAgent: 'framewright' })

  const input = (payload: unknown, startImage: StartImage | undefined) => {
    const p = record(payload)
    if (!p || typeof p.prompt !== 'string') throw fail('invalid-parameter', p ? 'prompt' : undefined)
    if (p.duration !== undefined && p.duration !== 6)
      throw new ProviderError('invalid-parameter', `Replicate's ${model} renders 6 s only: make the shot 6 s, or use the MiniMax route for 10 s.`, { field: 'duration' })
    return {
      prompt: p.prompt,
      ...(typeof p.prompt_optimizer === 'boolean' ? { prompt_optimizer: p.prompt_optimizer } : {}),
      // A data URI string: the SDK passes strings through (its own data-uri encoding is broken in 1.4.0).
      ...(startImage ? { first_frame_image: dataUri(startImage) } : {}),
    }
  }

  return {
    route: 'replicate',

    async submit({ payload, startImage, signal }) {
      const body = input(payload, startImage)
      const prediction = record(await sdk.call(signal, () => client.predictions.create({ model, input: body, signal })))
      if (typeof prediction?.id !== 'string' || !prediction.id) throw fail('malformed-response')
      return { taskId: prediction.id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const p = record(await sdk.call(signal, () => client.predictions.get(taskId, { signal })))
      if (!p) throw fail('malformed-response')
      switch (p.status) {
        case 'starting':
          return { status: 'queued' }
        case 'processing': {
          const progress = parseProgressFromLogs(typeof p.logs === 'string' ? p.logs : '')?.percentage
          return progress !== undefined ? { status: 'running', progress } : { status: 'running' }
        }
        case 'succeeded': {
          const url = Array.isArray(p.output) ? p.output[0] : p.output
          return succeededWith(url, hints)
        }
        case 'failed':
          return failedTask(reasonOf(p.error, [o.apiToken]), hints)
        case 'canceled':
          return { status: 'canceled' }
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      await sdk.call(signal, () => client.predictions.cancel(taskId, { signal }))
    },

    fetchVideo(videoUrl, init) {
      // Output files on replicate.delivery are public: the token never goes with them.
      return fetchVideo(videoUrl, init, http, { hints, gone: 'Replicate no longer has this video (it deletes outputs after about an hour): generate it again.' })
    },
  }
}

/** The adapter from REPLICATE_API_TOKEN / REPLICATE_BASE_URL, or null without a token. */
export const replicateFromEnv = (env: ServerEnv, extra: Partial<ReplicateAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiToken: 'REPLICATE_API_TOKEN' }, { baseUrl: 'REPLICATE_BASE_URL' })
  return v && createReplicateAdapter({ ...extra, ...v })
}
