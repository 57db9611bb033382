/**
 * The Replicate adapter (research/providers.md section 9b) through the official `replicate` SDK:
 * predictions.create on the model for the `minimax` target (minimax/video-01-director:
 * POST /v1/models/{owner}/{name}/predictions with `{ input }`), predictions.get until
 * succeeded / failed / canceled (the video is `output`), predictions.cancel.
 *
 * The SDK's own retries do not wait (its backoff and Retry-After handling never run in 1.4.0) and it
 * repeats a request whose fetch threw, timed-out creates included. So its `fetch` is the shared
 * `providerFetch` (timeout per attempt covering the body, retries honouring Retry-After; a create only
 * after 429, as the SDK intends), and a failure is handed to the SDK as a status it never retries
 * while the real ProviderError is kept aside and thrown once the SDK gives up.
 */
import Replicate, { parseProgressFromLogs } from 'replicate'
import type { ProviderAdapter, ProviderErrorKind, ProviderStatus, StartImage } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, type FetchLike, ProviderError, type Sleep, classifyProviderError, parseRetryAfter, providerFetch, providerMessage, sanitizeProviderText } from './http'

export const REPLICATE_DEFAULT_ORIGIN = 'https://api.replicate.com'
/** The Replicate model for the `minimax` target (providers.md 9b): prompt brackets, 6 s at 720p. */
export const REPLICATE_MINIMAX_MODEL = 'minimax/video-01-director'
/** Handed to the SDK in place of a failed answer: not 429 and below 500, so it is never retried. */
const HANDED_BACK = 499

const FIELDS = ['prompt', 'prompt_optimizer', 'first_frame_image', 'camera_movement', 'duration', 'input']

export interface ReplicateAdapterOptions {
  readonly apiToken: string
  /** Replaces scheme, host and port (REPLICATE_BASE_URL); paths stay Replicate's (/v1/...). */
  readonly baseUrl?: string
  readonly model?: string
  readonly fetch?: FetchLike
  /** Per request attempt, in ms (default 30 000). */
  readonly timeoutMs?: number
  readonly retries?: number
  readonly sleep?: Sleep
  readonly now?: () => number
  readonly random?: () => number
}

const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined)

/** Replicate's 422 `invalid_fields[0].field` ("input.prompt" -> "prompt"). */
const invalidField = (body: unknown): string | undefined => {
  const f = Array.isArray(record(body)?.invalid_fields) ? record((record(body)!.invalid_fields as unknown[])[0])?.field : undefined
  return typeof f === 'string' ? f.replace(/^input\./, '') : undefined
}

export const createReplicateAdapter = (o: ReplicateAdapterOptions): ProviderAdapter => {
  const baseUrl = `${new URL(o.baseUrl ?? REPLICATE_DEFAULT_ORIGIN).origin}/v1`
  const model = (o.model ?? REPLICATE_MINIMAX_MODEL) as `${string}/${string}`
  const now = o.now ?? Date.now
  const hints: ClassifyHints = { provider: 'Replicate', keyEnv: ['REPLICATE_API_TOKEN'], fields: FIELDS }
  const http = { timeoutMs: o.timeoutMs, retries: o.retries, fetch: o.fetch, sleep: o.sleep, now, random: o.random, provider: 'Replicate' }
  const fail = (kind: ProviderErrorKind, field?: string) => new ProviderError(kind, providerMessage(kind, { ...hints, field }), field ? { field } : {})

  /** The answer read whole inside the timeout, or a ProviderError for the SDK's caller. */
  const transport = async (url: string, init: RequestInit): Promise<Response | ProviderError | unknown> => {
    const create = init.method === 'POST' && /\/predictions$/.test(new URL(url).pathname)
    let res: Response
    try {
      res = await providerFetch(url, init, { ...http, signal: init.signal ?? undefined, retryable: create ? (r) => r.status === 429 : undefined })
    } catch (e) {
      return e
    }
    let bytes: ArrayBuffer
    try {
      bytes = await res.arrayBuffer()
    } catch {
      if (init.signal?.aborted) return init.signal.reason
      return new ProviderError('timed-out', providerMessage('timed-out', { ...hints, timeoutS: (o.timeoutMs ?? 30_000) / 1000 }))
    }
    if (res.ok) return new Response(bytes, { status: res.status, headers: res.headers })
    const text = new TextDecoder().decode(bytes)
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      /* classified as text */
    }
    const e = classifyProviderError(res.status, body, { ...hints, retryAfterS: parseRetryAfter(res.headers.get('retry-after'), now()) })
    const field = e.kind === 'invalid-parameter' ? invalidField(body) : undefined
    return field && /^[A-Za-z][\w.]{0,63}$/.test(field) ? new ProviderError(e.kind, providerMessage(e.kind, { ...hints, field }), { field, status: res.status }) : e
  }

  /** Runs one SDK call on a client whose fetch is `transport`; throws the kept ProviderError. */
  const sdk = async <T>(run: (client: Replicate) => Promise<T>): Promise<T> => {
    let kept: unknown
    const fetch = async (input: Request | string, init?: RequestInit): Promise<Response> => {
      const out = await transport(String(input instanceof Request ? input.url : input), init ?? {})
      if (out instanceof Response) return out
      kept ??= out
      return new Response('{}', { status: HANDED_BACK, headers: { 'content-type': 'application/json' } })
    }
    try {
      return await run(new Replicate({ auth: o.apiToken, baseUrl, fetch, userAgent: 'framewright' }))
    } catch (e) {
      if (kept !== undefined) throw kept
      if (e instanceof SyntaxError) throw fail('malformed-response')
      throw fail('provider-failure')
    }
  }

  const input = (payload: unknown, startImage: StartImage | undefined) => {
    const p = record(payload)
    if (!p || typeof p.prompt !== 'string') throw fail('invalid-parameter', p ? 'prompt' : undefined)
    if (p.duration !== undefined && p.duration !== 6)
      throw new ProviderError('invalid-parameter', `Replicate's ${model} renders 6 s only: make the shot 6 s, or use the MiniMax route for 10 s.`, { field: 'duration' })
    return {
      prompt: p.prompt,
      ...(typeof p.prompt_optimizer === 'boolean' ? { prompt_optimizer: p.prompt_optimizer } : {}),
      // A data URI string: the SDK passes strings through (its own data-uri encoding is broken in 1.4.0).
      ...(startImage ? { first_frame_image: `data:${startImage.mimeType};base64,${Buffer.from(startImage.bytes).toString('base64')}` } : {}),
    }
  }

  return {
    route: 'replicate',

    async submit({ payload, startImage, signal }) {
      const body = input(payload, startImage)
      const prediction = record(await sdk((r) => r.predictions.create({ model, input: body, signal })))
      if (typeof prediction?.id !== 'string' || !prediction.id) throw fail('malformed-response')
      return { taskId: prediction.id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const p = record(await sdk((r) => r.predictions.get(taskId, { signal })))
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
          if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw fail('malformed-response')
          return { status: 'succeeded', progress: 1, videoUrl: url }
        }
        case 'failed': {
          const reason = typeof p.error === 'string' ? sanitizeProviderText(p.error, [o.apiToken]) : ''
          const said = classifyProviderError(200, { message: reason }, { provider: 'Replicate' }).kind
          const kind = said === 'moderation' || said === 'out-of-credits' ? said : 'provider-failure'
          const message = reason ? `Replicate could not make the video: ${reason.replace(/[.!?…]?$/, '.')}` : providerMessage('provider-failure', hints)
          return { status: 'failed', error: { kind, message } }
        }
        case 'canceled':
          return { status: 'canceled' }
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      await sdk((r) => r.predictions.cancel(taskId, { signal }))
    },

    async fetchVideo(videoUrl, init) {
      // Output files on replicate.delivery are public: the token never goes with them.
      const headers: Record<string, string> = init.range ? { range: init.range } : {}
      const res = await providerFetch(videoUrl, { method: 'GET', headers }, { ...http, signal: init.signal, timeoutCovers: 'headers' })
      if (res.ok || res.status === 416) return res
      await res.body?.cancel().catch(() => undefined)
      if (res.status === 403 || res.status === 404 || res.status === 410)
        throw new ProviderError('provider-failure', 'Replicate no longer has this video (it deletes outputs after about an hour): generate it again.', { status: res.status })
      throw new ProviderError('provider-failure', providerMessage('provider-failure', hints), { status: res.status })
    },
  }
}

/** The adapter from REPLICATE_API_TOKEN / REPLICATE_BASE_URL, or null without a token. */
export const replicateFromEnv = (env: ServerEnv, extra: Partial<ReplicateAdapterOptions> = {}): ProviderAdapter | null => {
  const apiToken = env.REPLICATE_API_TOKEN?.trim()
  if (!apiToken) return null
  return createReplicateAdapter({ ...extra, apiToken, baseUrl: env.REPLICATE_BASE_URL?.trim() || undefined })
}
