/**
 * The MiniMax Hailuo adapter (research/providers.md section 7): `Authorization: Bearer <key>`,
 * POST /v1/video_generation, GET /v1/query/video_generation?task_id= until Success / Fail, then
 * GET /v1/files/retrieve?file_id= for the download URL. MiniMax reports most errors with HTTP 200
 * inside `base_resp { status_code, status_msg }`; those are classified by MiniMax's code table.
 * MiniMax documents no cancel, so `cancel` is absent.
 */
import type { ProviderAdapter, ProviderErrorKind, ProviderStatus, StartImage } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, backoffDelayMs, classifyProviderError, parseRetryAfter, providerFetch, providerMessage, readProviderJson, realSleep } from './http'
import { type AdapterHttpOptions, dataUri, envValues, errorsFor, failedTask, fetchVideo, httpOptions, originOf, reasonOf, record, succeededWith } from './shared'

export const MINIMAX_DEFAULT_ORIGIN = 'https://api.minimax.io'

/** MiniMax's `base_resp.status_code` table (API reference, "Error codes"). */
export const MINIMAX_CODES: Readonly<Record<string, ProviderErrorKind>> = {
  1000: 'provider-failure', 1001: 'timed-out', 1002: 'rate-limited', 1004: 'bad-key', 1008: 'out-of-credits',
  1013: 'provider-failure', 1024: 'provider-failure', 1026: 'moderation', 1027: 'moderation', 1033: 'provider-failure',
  1039: 'rate-limited', 1042: 'invalid-parameter', 2013: 'invalid-parameter', 2049: 'bad-key',
}

const FIELDS = ['model', 'prompt', 'prompt_optimizer', 'fast_pretreatment', 'duration', 'resolution', 'first_frame_image', 'last_frame_image', 'callback_url', 'aigc_watermark', 'task_id', 'file_id']

export interface MinimaxAdapterOptions extends AdapterHttpOptions {
  readonly apiKey: string
  /** Replaces scheme, host and port (MINIMAX_BASE_URL); paths stay MiniMax's. */
  readonly baseUrl?: string
}

export const createMinimaxAdapter = (o: MinimaxAdapterOptions): ProviderAdapter => {
  const origin = originOf(o.baseUrl, MINIMAX_DEFAULT_ORIGIN)
  const now = o.now ?? Date.now
  const sleep = o.sleep ?? realSleep
  const retries = o.retries ?? 3
  const hints: ClassifyHints = { provider: 'MiniMax', keyEnv: ['MINIMAX_API_KEY'], codes: MINIMAX_CODES, fields: FIELDS }
  const http = { ...httpOptions(o, 'MiniMax'), retries, sleep, now }
  const fail = errorsFor(hints)

  /**
   * One MiniMax call: the JSON, or a ProviderError (also for HTTP 200 with a non-zero base_resp).
   * A create is repeated only after 429 or 503 (MiniMax takes no idempotency key, so a 500 may mean
   * the task exists); reads after any 429/5xx. MiniMax's HTTP-200 rate limits (1002, 1039) are
   * waited out the same way.
   */
  const call = async (path: string, method: 'GET' | 'POST', body: unknown, signal: AbortSignal | undefined, accept?: (json: Record<string, unknown>) => boolean) => {
    for (let n = 0; ; n++) {
      const headers = { authorization: `Bearer ${o.apiKey}`, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }
      const init = { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }
      const retryable = method === 'POST' ? (res: Response) => res.status === 429 || res.status === 503 : undefined
      const res = await providerFetch(`${origin}${path}`, init, { ...http, signal, retryable })
      const json = record(await readProviderJson(res, hints, { signal, timeoutMs: o.timeoutMs, now }))
      const base = record(json?.base_resp)
      if (!json || !base) throw fail('malformed-response')
      const code = base.status_code
      if (code === 0 || code === '0' || accept?.(json)) return json
      const err = classifyProviderError(200, { code: String(code), message: typeof base.status_msg === 'string' ? base.status_msg : '' }, hints)
      if (err.kind !== 'rate-limited' || n >= retries) throw err
      await sleep(backoffDelayMs(n, parseRetryAfter(res.headers.get('retry-after'), now()), http), signal)
    }
  }

  const body = (payload: unknown, startImage: StartImage | undefined) => {
    const p = record(payload)
    if (!p) throw fail('invalid-parameter')
    if (!startImage) return p
    // MiniMax takes the first frame as a URL or a data URL (JPG, PNG or WebP).
    return { ...p, first_frame_image: dataUri(startImage) }
  }

  return {
    route: 'minimax',

    async submit({ payload, startImage, signal }) {
      const json = await call('/v1/video_generation', 'POST', body(payload, startImage), signal)
      const id = json.task_id
      if ((typeof id !== 'string' && typeof id !== 'number') || id === '') throw fail('malformed-response')
      return { taskId: String(id) }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const json = await call(`/v1/query/video_generation?task_id=${encodeURIComponent(taskId)}`, 'GET', undefined, signal, (j) => j.status === 'Fail')
      switch (json.status) {
        case 'Queueing':
        case 'Preparing':
          return { status: 'queued' }
        case 'Processing':
          return { status: 'running' }
        case 'Success': {
          const fileId = json.file_id
          if ((typeof fileId !== 'string' && typeof fileId !== 'number') || fileId === '') throw fail('malformed-response')
          const file = record((await call(`/v1/files/retrieve?file_id=${encodeURIComponent(String(fileId))}`, 'GET', undefined, signal)).file)
          const url = file?.download_url
          return succeededWith(url, hints)
        }
        case 'Fail': {
          const base = record(json.base_resp)
          const reason = reasonOf(base?.status_msg, [o.apiKey])
          const said = MINIMAX_CODES[String(base?.status_code)] ?? classifyProviderError(200, { message: reason }, { provider: 'MiniMax' }).kind
          return failedTask(reason === 'success' ? '' : reason, hints, { said, fallback: providerMessage('provider-failure', hints) })
        }
        default:
          throw fail('malformed-response')
      }
    },

    fetchVideo(videoUrl, init) {
      // download_url is a signed link that needs no Authorization (and must not get the key).
      return fetchVideo(videoUrl, init, http, { hints, gone: 'MiniMax no longer serves this download link (links last about 9 hours): poll the generation again for a fresh one.' })
    },
  }
}

/** The adapter from MINIMAX_API_KEY / MINIMAX_BASE_URL, or null without a key. */
export const minimaxFromEnv = (env: ServerEnv, extra: Partial<MinimaxAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiKey: 'MINIMAX_API_KEY' }, { baseUrl: 'MINIMAX_BASE_URL' })
  return v && createMinimaxAdapter({ ...extra, ...v })
}
