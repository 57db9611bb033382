/**
 * The Kling adapter (research/providers.md section 1): an HS256 JWT minted from the access and secret
 * keys, POST /v1/videos/text2video (or image2video with a start image), GET /v1/videos/<kind>/<id>
 * until `succeed` / `failed`, the video at data.task_result.videos[0].url. Kling has no cancel
 * endpoint, so `cancel` is absent. Task ids are returned as "<kind>:<kling id>" so poll knows the path.
 */
import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'
import type { ProviderAdapter, ProviderErrorKind, ProviderStatus, StartImage } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, ProviderError, classifyProviderError, providerFetch, readProviderJson } from './http'
import { type AdapterHttpOptions, base64Of, envValues, errorsFor, failedTask, fetchVideo, httpOptions, originOf, reasonOf, record, succeededWith } from './shared'

export const KLING_DEFAULT_ORIGIN = 'https://api-singapore.klingai.com'
/** Kling's documented token lifetime and clock-skew allowance, in seconds. */
export const KLING_JWT_TTL_S = 1800
const RESIGN_MARGIN_S = 300

/** Kling's error codes (developer docs, "Error Codes"). */
export const KLING_CODES: Readonly<Record<string, ProviderErrorKind>> = {
  1000: 'bad-key', 1001: 'bad-key', 1002: 'bad-key', 1003: 'bad-key', 1004: 'bad-key',
  1100: 'bad-key', 1101: 'out-of-credits', 1102: 'out-of-credits', 1103: 'bad-key',
  1200: 'invalid-parameter', 1201: 'invalid-parameter', 1202: 'invalid-parameter', 1203: 'invalid-parameter',
  1300: 'moderation', 1301: 'moderation',
  1302: 'rate-limited', 1303: 'rate-limited', 1304: 'bad-key',
  5000: 'provider-failure', 5001: 'provider-failure', 5002: 'provider-failure',
}

const FIELDS = ['model_name', 'mode', 'prompt', 'negative_prompt', 'cfg_scale', 'aspect_ratio', 'duration', 'camera_control', 'image', 'image_tail', 'external_task_id', 'callback_url', 'sound']

export interface KlingAdapterOptions extends AdapterHttpOptions {
  readonly accessKey: string
  readonly secretKey: string
  /** Replaces scheme, host and port (KLING_BASE_URL); paths stay Kling's. */
  readonly baseUrl?: string
}

type Kind = 'text2video' | 'image2video'

const KLING_IMAGE_TYPES: readonly StartImage['mimeType'][] = ['image/png', 'image/jpeg']

export const createKlingAdapter = (o: KlingAdapterOptions): ProviderAdapter => {
  const origin = originOf(o.baseUrl, KLING_DEFAULT_ORIGIN)
  const now = o.now ?? Date.now
  const secrets = [o.accessKey, o.secretKey]
  const hints: ClassifyHints = { provider: 'Kling', keyEnv: ['KLING_ACCESS_KEY', 'KLING_SECRET_KEY'], codes: KLING_CODES, fields: FIELDS }
  const http = { ...httpOptions(o, 'Kling'), now }
  const fail = errorsFor(hints)

  let token: { jwt: string; expS: number } | undefined
  const bearer = async () => {
    const t = Math.floor(now() / 1000)
    if (!token || token.expS - t < RESIGN_MARGIN_S) {
      const jwt = await new SignJWT({ iss: o.accessKey, exp: t + KLING_JWT_TTL_S, nbf: t - 5 })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(new TextEncoder().encode(o.secretKey))
      token = { jwt, expS: t + KLING_JWT_TTL_S }
    }
    return `Bearer ${token.jwt}`
  }

  /** A 429 that means "no credits" or "account blocked" will not clear by waiting. */
  const retryable = async (res: Response) => {
    if (res.status !== 429) return true
    const body = await res.clone().json().catch(() => undefined)
    const code = String(record(body)?.code ?? '')
    return !code || KLING_CODES[code] === 'rate-limited' || KLING_CODES[code] === undefined
  }

  /** One Kling API call: the envelope's `data`, or a ProviderError (also for a 200 with code != 0). */
  const call = async (path: string, init: RequestInit, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    const headers = { authorization: await bearer(), accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) }
    const res = await providerFetch(`${origin}${path}`, { ...init, headers }, { ...http, signal, retryable })
    const json = record(await readProviderJson(res, hints, { signal, timeoutMs: o.timeoutMs, now }))
    if (!json) throw fail('malformed-response')
    if (json.code !== undefined && json.code !== 0 && json.code !== '0') throw classifyProviderError(res.status >= 400 ? res.status : 400, json, hints)
    const data = record(json.data)
    if (!data) throw fail('malformed-response')
    return data
  }

  const taskPath = (kind: Kind, id: string) => `/v1/videos/${kind}/${encodeURIComponent(id)}`

  const body = (payload: unknown, startImage: StartImage | undefined, externalId: string) => {
    const p = record(payload)
    if (!p) throw fail('invalid-parameter')
    if (!startImage) return { external_task_id: externalId, ...p }
    if (!KLING_IMAGE_TYPES.includes(startImage.mimeType)) throw fail('invalid-parameter', 'image')
    // image2video takes no aspect_ratio: the video follows the image.
    const { aspect_ratio: _aspect, ...rest } = p
    return { external_task_id: externalId, ...rest, image: base64Of(startImage) }
  }

  return {
    route: 'kling',

    async submit({ payload, startImage, signal }) {
      const kind: Kind = startImage ? 'image2video' : 'text2video'
      const sent = body(payload, startImage, `fw-${randomUUID()}`)
      try {
        const data = await call(`/v1/videos/${kind}`, { method: 'POST', body: JSON.stringify(sent) }, signal)
        if (typeof data.task_id !== 'string' || !data.task_id) throw fail('malformed-response')
        return { taskId: `${kind}:${data.task_id}` }
      } catch (e) {
        // A retried submit whose first attempt landed: Kling refuses the repeated external_task_id,
        // so look the task up by that id (Kling accepts it in place of task_id) instead of making two.
        if (!(e instanceof ProviderError) || e.kind !== 'invalid-parameter' || e.field !== 'external_task_id') throw e
        const data = await call(taskPath(kind, String(sent.external_task_id)), { method: 'GET' }, signal)
        if (typeof data.task_id !== 'string' || !data.task_id) throw fail('malformed-response')
        return { taskId: `${kind}:${data.task_id}` }
      }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const m = /^(text2video|image2video):(.+)$/.exec(taskId)
      const [kind, id] = m ? [m[1] as Kind, m[2]] : ['text2video' as Kind, taskId]
      const data = await call(taskPath(kind, id), { method: 'GET' }, signal)
      switch (data.task_status) {
        case 'submitted':
          return { status: 'queued' }
        case 'processing':
          return { status: 'running' }
        case 'succeed': {
          const videos = record(data.task_result)?.videos
          const url = Array.isArray(videos) ? record(videos[0])?.url : undefined
          return succeededWith(url, hints)
        }
        case 'failed':
          return failedTask(reasonOf(data.task_status_msg, secrets), hints)
        default:
          throw fail('malformed-response')
      }
    },

    fetchVideo(videoUrl, init) {
      // Kling's result URLs are public CDN links: no Authorization header goes with them.
      return fetchVideo(videoUrl, init, http, { hints, gone: 'Kling no longer has this video (it keeps files about 30 days): generate it again.' })
    },
  }
}

/** The adapter from KLING_ACCESS_KEY / KLING_SECRET_KEY / KLING_BASE_URL, or null without keys. */
export const klingFromEnv = (env: ServerEnv, extra: Partial<KlingAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { accessKey: 'KLING_ACCESS_KEY', secretKey: 'KLING_SECRET_KEY' }, { baseUrl: 'KLING_BASE_URL' })
  return v && createKlingAdapter({ ...extra, ...v })
}
