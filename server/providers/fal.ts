/**
 * The fal.ai adapter (research/providers.md section 9a) through the official `@fal-ai/client`:
 * queue.submit / status / result / cancel on the fal model for the payload's target (kling,
 * pixverse, seedance or minimax, told apart by the compiled payload's shape), the payload mapped to
 * that model's input. FAL_BASE_URL replaces the origin the client builds (queue.fal.run) through its
 * `requestMiddleware`; paths stay fal's.
 *
 * The client's queue retries ignore Retry-After and sleep for real, so its `fetch` is the shared
 * `providerFetch` (timeout per attempt covering the body; retries honouring Retry-After; a submit only
 * after 429 or 503, fal's queue taking no idempotency key) and a failure reaches the client as a
 * status it never retries, the real ProviderError kept aside and thrown once the client gives up.
 */
import { createFalClient } from '@fal-ai/client'
import type { ProviderAdapter, ProviderErrorKind, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, type FetchLike, ProviderError, type Sleep, classifyProviderError, parseRetryAfter, providerFetch, providerMessage, sanitizeProviderText } from './http'

const HANDED_BACK = 499
const FIELDS = ['prompt', 'negative_prompt', 'duration', 'aspect_ratio', 'resolution', 'camera_control', 'advanced_camera_control', 'camera_movement', 'camera_fixed', 'cfg_scale', 'prompt_optimizer', 'seed']

export type FalTarget = 'kling' | 'pixverse' | 'seedance' | 'minimax'

export interface FalAdapterOptions {
  readonly apiKey: string
  /** Replaces scheme, host and port of queue.fal.run (FAL_BASE_URL); paths stay fal's. */
  readonly baseUrl?: string
  readonly fetch?: FetchLike
  /** Per request attempt, in ms (default 30 000). */
  readonly timeoutMs?: number
  readonly retries?: number
  readonly sleep?: Sleep
  readonly now?: () => number
  readonly random?: () => number
}

type Input = Record<string, unknown>
const record = (v: unknown): Input | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Input) : undefined)
const pick = (p: Input, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]))

/** Which compile target made the payload. */
export const falTargetOf = (p: Input): FalTarget | undefined => {
  if (typeof p.model_name === 'string') return 'kling'
  if (Array.isArray(p.content)) return 'seedance'
  if (typeof p.model === 'string' && /^(MiniMax-|T2V-01|I2V-01)/.test(p.model)) return 'minimax'
  if (typeof p.model === 'string' && /^v\d+(\.\d+)?$/.test(p.model)) return 'pixverse'
  return undefined
}

/** The fal endpoint and its input for a compiled payload (fal model ids: providers.md 9a and fal's model pages). */
export const falRequest = (p: Input): { endpoint: string; input: Input } | undefined => {
  switch (falTargetOf(p)) {
    case 'kling': {
      // fal flattens Kling's camera: a preset name, or one axis as advanced_camera_control.
      const cam = record(p.camera_control)
      const axis = cam?.type === 'simple' ? Object.entries(record(cam.config) ?? {}).find(([, v]) => typeof v === 'number' && v !== 0) : undefined
      const camera = cam && cam.type !== 'simple' ? { camera_control: cam.type } : axis ? { advanced_camera_control: { movement_type: axis[0], movement_value: axis[1] } } : {}
      return { endpoint: 'fal-ai/kling-video/v1/standard/text-to-video', input: { ...pick(p, ['prompt', 'negative_prompt', 'cfg_scale', 'aspect_ratio']), duration: String(p.duration ?? '5'), ...camera } }
    }
    case 'pixverse':
      return {
        endpoint: `fal-ai/pixverse/${p.model as string}/text-to-video`,
        input: { ...pick(p, ['prompt', 'negative_prompt', 'aspect_ratio', 'camera_movement', 'seed', 'style']), ...(p.quality ? { resolution: p.quality } : {}), ...(p.duration !== undefined ? { duration: String(p.duration) } : {}) },
      }
    case 'seedance': {
      const model = String(p.model ?? '')
      const tier = /1-5-pro/.test(model) ? 'v1.5/pro' : /lite/.test(model) ? 'v1/lite' : /pro-fast/.test(model) ? 'v1/pro/fast' : 'v1/pro'
      const prompt = (p.content as unknown[]).map(record).filter((c) => c?.type === 'text' && typeof c.text === 'string').map((c) => c!.text as string).join('\n')
      return {
        endpoint: `fal-ai/bytedance/seedance/${tier}/text-to-video`,
        input: { prompt, ...(p.ratio ? { aspect_ratio: p.ratio } : {}), ...pick(p, ['resolution', 'camera_fixed', 'seed']), ...(p.duration !== undefined ? { duration: String(p.duration) } : {}) },
      }
    }
    case 'minimax': {
      const model = String(p.model)
      if (/Director/.test(model)) return { endpoint: 'fal-ai/minimax/video-01-director', input: pick(p, ['prompt', 'prompt_optimizer']) }
      const version = /2\.3/.test(model) ? 'hailuo-2.3' : 'hailuo-02'
      // fal's pro tier is 1080P (6 s, no duration field); standard is 768P, 6 or 10 s.
      if (p.resolution === '1080P') return { endpoint: `fal-ai/minimax/${version}/pro/text-to-video`, input: pick(p, ['prompt', 'prompt_optimizer']) }
      return { endpoint: `fal-ai/minimax/${version}/standard/text-to-video`, input: { ...pick(p, ['prompt', 'prompt_optimizer']), ...(p.duration !== undefined ? { duration: String(p.duration) } : {}) } }
    }
    default:
      return undefined
  }
}

/** The task id carries the endpoint (status, result and cancel need it): "<endpoint>::<request id>". */
const splitTask = (taskId: string) => {
  const at = taskId.lastIndexOf('::')
  return at > 0 ? { endpoint: taskId.slice(0, at), requestId: taskId.slice(at + 2) } : undefined
}

export const createFalAdapter = (o: FalAdapterOptions): ProviderAdapter => {
  const origin = o.baseUrl ? new URL(o.baseUrl).origin : undefined
  const now = o.now ?? Date.now
  const secrets = [o.apiKey, ...o.apiKey.split(':')]
  const hints: ClassifyHints = { provider: 'fal.ai', keyEnv: ['FAL_KEY'], fields: FIELDS }
  const http = { timeoutMs: o.timeoutMs, retries: o.retries, fetch: o.fetch, sleep: o.sleep, now, random: o.random, provider: 'fal.ai' }
  const fail = (kind: ProviderErrorKind, field?: string) => new ProviderError(kind, providerMessage(kind, { ...hints, field }), field ? { field } : {})

  /** The answer read whole inside the timeout, or the ProviderError for the caller. */
  const transport = async (url: string, init: RequestInit): Promise<Response | unknown> => {
    const submit = init.method === 'POST'
    let res: Response
    try {
      res = await providerFetch(url, init, { ...http, signal: init.signal ?? undefined, retryable: submit ? (r) => r.status === 429 || r.status === 503 : undefined })
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
    // fal answers an exhausted balance with 403 "User is locked": not a bad key.
    if (res.status === 403 && /\b(balance|credits?|billing)\b/i.test(text)) return new ProviderError('out-of-credits', providerMessage('out-of-credits', hints), { status: 403 })
    return classifyProviderError(res.status, body, { ...hints, retryAfterS: parseRetryAfter(res.headers.get('retry-after'), now()) })
  }

  const sdk = async <T>(run: (client: ReturnType<typeof createFalClient>) => Promise<T>): Promise<T> => {
    let kept: unknown
    const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const out = await transport(input instanceof Request ? input.url : String(input), init ?? {})
      if (out instanceof Response) return out
      kept ??= out
      return new Response('{}', { status: HANDED_BACK, headers: { 'content-type': 'application/json' } })
    }
    const client = createFalClient({
      credentials: o.apiKey,
      fetch: fetch as typeof globalThis.fetch,
      // FAL_BASE_URL: the same path on another origin.
      requestMiddleware: async (req) => (origin ? { ...req, url: `${origin}${new URL(req.url).pathname}${new URL(req.url).search}` } : req),
    })
    try {
      return await run(client)
    } catch (e) {
      if (kept !== undefined) throw kept
      if (e instanceof SyntaxError) throw fail('malformed-response')
      throw fail('provider-failure')
    }
  }

  const failed = (reason: string, kind?: ProviderErrorKind): ProviderStatus => {
    const text = sanitizeProviderText(reason, secrets)
    const said = kind ?? classifyProviderError(200, { message: text }, { provider: 'fal.ai' }).kind
    const k = said === 'moderation' || said === 'out-of-credits' || said === 'invalid-parameter' ? said : 'provider-failure'
    return { status: 'failed', error: { kind: k, message: text ? `fal.ai could not make the video: ${text.replace(/[.!?…]?$/, '.')}` : providerMessage('provider-failure', hints) } }
  }

  return {
    route: 'fal',

    async submit({ payload, startImage, signal }) {
      const p = record(payload)
      const req = p && falRequest(p)
      if (!req) throw new ProviderError('invalid-parameter', 'fal.ai takes payloads compiled for kling, pixverse, seedance or minimax: compile the shot for one of them.')
      if (startImage) throw new ProviderError('invalid-parameter', 'The fal.ai route makes text-to-video only: remove the start frame or use another route.', { field: 'image_url' })
      const r = record(await sdk((c) => c.queue.submit(req.endpoint, { input: req.input, abortSignal: signal })))
      if (typeof r?.request_id !== 'string' || !r.request_id) throw fail('malformed-response')
      return { taskId: `${req.endpoint}::${r.request_id}` }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const t = splitTask(taskId)
      if (!t) throw fail('invalid-parameter', 'taskId')
      const s = record(await sdk((c) => c.queue.status(t.endpoint, { requestId: t.requestId, logs: false, abortSignal: signal })))
      switch (s?.status) {
        case 'IN_QUEUE':
          return { status: 'queued' }
        case 'IN_PROGRESS':
          return { status: 'running' }
        case 'COMPLETED': {
          if (typeof s.error === 'string' && s.error) return /\bcancel/i.test(s.error) ? { status: 'canceled' } : failed(s.error)
          let data: Input | undefined
          try {
            data = record(record(await sdk((c) => c.queue.result(t.endpoint, { requestId: t.requestId, abortSignal: signal })))?.data)
          } catch (e) {
            // A request the model refused surfaces on the result call (fal documents it so).
            if (e instanceof ProviderError && (e.kind === 'invalid-parameter' || e.kind === 'moderation')) return { status: 'failed', error: e.toGenerationError() }
            throw e
          }
          const url = record(data?.video)?.url
          if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw fail('malformed-response')
          return { status: 'succeeded', progress: 1, videoUrl: url }
        }
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      const t = splitTask(taskId)
      if (!t) throw fail('invalid-parameter', 'taskId')
      await sdk((c) => c.queue.cancel(t.endpoint, { requestId: t.requestId, abortSignal: signal }))
    },

    async fetchVideo(videoUrl, init) {
      // fal's output files (fal.media) are public: the key never goes with them.
      const headers: Record<string, string> = init.range ? { range: init.range } : {}
      const res = await providerFetch(videoUrl, { method: 'GET', headers }, { ...http, signal: init.signal, timeoutCovers: 'headers' })
      if (res.ok || res.status === 416) return res
      await res.body?.cancel().catch(() => undefined)
      if (res.status === 403 || res.status === 404 || res.status === 410) throw new ProviderError('provider-failure', 'fal.ai no longer has this video: generate it again.', { status: res.status })
      throw new ProviderError('provider-failure', providerMessage('provider-failure', hints), { status: res.status })
    },
  }
}

/** The adapter from FAL_KEY / FAL_BASE_URL, or null without a key. */
export const falFromEnv = (env: ServerEnv, extra: Partial<FalAdapterOptions> = {}): ProviderAdapter | null => {
  const apiKey = env.FAL_KEY?.trim()
  if (!apiKey) return null
  return createFalAdapter({ ...extra, apiKey, baseUrl: env.FAL_BASE_URL?.trim() || undefined })
}
