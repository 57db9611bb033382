/**
 * The fal.ai adapter (research/providers.md section 9a) through the official `@fal-ai/client`:
 * queue.submit / status / result / cancel on the fal model for the payload's target (kling,
 * pixverse, seedance or minimax, told apart by the compiled payload's shape), the payload mapped to
 * that model's input. FAL_BASE_URL replaces the origin the client builds (queue.fal.run) through its
 * `requestMiddleware`; paths stay fal's.
 *
 * The client's queue retries ignore Retry-After and sleep for real, so its `fetch` is the shared
 * `sdkTransport` (providerFetch: timeout per attempt covering the body; retries honouring Retry-After;
 * a submit only after 429 or 503, fal's queue taking no idempotency key), which hands a failure to
 * the client as a status it never retries and throws the real ProviderError once the client gives up.
 */
import { createFalClient } from '@fal-ai/client'
import type { ProviderAdapter, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, ProviderError, classifyProviderError, providerMessage } from './http'
import { sdkTransport } from './sdkTransport'
import { type AdapterHttpOptions, envValues, errorsFor, failedTask, fetchVideo, httpOptions, reasonOf, record, succeededWith } from './shared'

const FIELDS = ['prompt', 'negative_prompt', 'duration', 'aspect_ratio', 'resolution', 'camera_control', 'advanced_camera_control', 'camera_movement', 'camera_fixed', 'cfg_scale', 'prompt_optimizer', 'seed']

export type FalTarget = 'kling' | 'pixverse' | 'seedance' | 'minimax'

export interface FalAdapterOptions extends AdapterHttpOptions {
  readonly apiKey: string
  /** Replaces scheme, host and port of queue.fal.run (FAL_BASE_URL); paths stay fal's. */
  readonly baseUrl?: string
}

type Input = Record<string, unknown>
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
  const secrets = [o.apiKey, ...o.apiKey.split(':')]
  const hints: ClassifyHints = { provider: 'fal.ai', keyEnv: ['FAL_KEY'], fields: FIELDS }
  const http = { ...httpOptions(o, 'fal.ai'), now: o.now ?? Date.now }
  const fail = errorsFor(hints)

  /** fal answers an exhausted balance with 403 "User is locked": not a bad key. */
  const classify = (status: number, text: string, retryAfterS: number | undefined): ProviderError => {
    if (status === 403 && /\b(balance|credits?|billing)\b/i.test(text)) return new ProviderError('out-of-credits', providerMessage('out-of-credits', hints), { status: 403 })
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      /* classified as text */
    }
    return classifyProviderError(status, body, { ...hints, retryAfterS })
  }
  const sdk = sdkTransport({ ...http, hints, classify, retryable: (res, r) => r.method !== 'POST' || res.status === 429 || res.status === 503 })
  const client = createFalClient({
    credentials: o.apiKey,
    fetch: sdk.fetch as typeof globalThis.fetch,
    // FAL_BASE_URL: the same path on another origin.
    requestMiddleware: async (req) => (origin ? { ...req, url: `${origin}${new URL(req.url).pathname}${new URL(req.url).search}` } : req),
  })

  const noStartImage = () => new ProviderError('invalid-parameter', 'The fal.ai route makes text-to-video only: remove the start frame or use another route.', { field: 'image_url' })
  const failed = (reason: string): ProviderStatus => failedTask(reasonOf(reason, secrets), hints, { keep: ['moderation', 'out-of-credits', 'invalid-parameter'] })

  return {
    route: 'fal',

    check({ startImage }) {
      if (startImage) throw noStartImage()
    },

    async submit({ payload, startImage, signal }) {
      const p = record(payload)
      const req = p && falRequest(p)
      if (!req) throw new ProviderError('invalid-parameter', 'fal.ai takes payloads compiled for kling, pixverse, seedance or minimax: compile the shot for one of them.')
      if (startImage) throw noStartImage()
      const r = record(await sdk.call(signal, () => client.queue.submit(req.endpoint, { input: req.input, abortSignal: signal })))
      if (typeof r?.request_id !== 'string' || !r.request_id) throw fail('malformed-response')
      return { taskId: `${req.endpoint}::${r.request_id}` }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const t = splitTask(taskId)
      if (!t) throw fail('invalid-parameter', 'taskId')
      const s = record(await sdk.call(signal, () => client.queue.status(t.endpoint, { requestId: t.requestId, logs: false, abortSignal: signal })))
      switch (s?.status) {
        case 'IN_QUEUE':
          return { status: 'queued' }
        case 'IN_PROGRESS':
          return { status: 'running' }
        case 'COMPLETED': {
          if (typeof s.error === 'string' && s.error) return /\bcancel/i.test(s.error) ? { status: 'canceled' } : failed(s.error)
          let data: Input | undefined
          try {
            data = record(record(await sdk.call(signal, () => client.queue.result(t.endpoint, { requestId: t.requestId, abortSignal: signal })))?.data)
          } catch (e) {
            // A request the model refused surfaces on the result call (fal documents it so).
            if (e instanceof ProviderError && (e.kind === 'invalid-parameter' || e.kind === 'moderation')) return { status: 'failed', error: e.toGenerationError() }
            throw e
          }
          const url = record(data?.video)?.url
          return succeededWith(url, hints)
        }
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      const t = splitTask(taskId)
      if (!t) throw fail('invalid-parameter', 'taskId')
      await sdk.call(signal, () => client.queue.cancel(t.endpoint, { requestId: t.requestId, abortSignal: signal }))
    },

    fetchVideo(videoUrl, init) {
      // fal's output files (fal.media) are public: the key never goes with them.
      return fetchVideo(videoUrl, init, http, { hints, gone: 'fal.ai no longer has this video: generate it again.' })
    },
  }
}

/** The adapter from FAL_KEY / FAL_BASE_URL, or null without a key. */
export const falFromEnv = (env: ServerEnv, extra: Partial<FalAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiKey: 'FAL_KEY' }, { baseUrl: 'FAL_BASE_URL' })
  return v && createFalAdapter({ ...extra, ...v })
}
