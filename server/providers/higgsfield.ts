/**
 * The Higgsfield DoP adapter (research/providers.md section 6, the official higgsfield-js SDK's v1
 * contract): headers `hf-api-key` / `hf-secret`; the start frame is uploaded the SDK's way
 * (POST /files/generate-upload-url, then a PUT of the bytes to the presigned URL with its
 * upload_headers) and its public URL replaces the payload's placeholder; motion names are resolved
 * to ids from GET /v1/motions (cached); POST /v1/image2video/dop with `{ params }`; GET
 * /v1/job-sets/{id} until completed / failed / nsfw / canceled, the video at
 * jobs[0].results.raw.url. v1 documents no cancel, so `cancel` is absent.
 */
import { HIGGSFIELD_MOTION_NAMES, type HiggsfieldPayload, START_FRAME_URL, resolveHiggsfieldMotions } from '../../src/compilers/higgsfield'
import type { ProviderAdapter, ProviderStatus, StartImage } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, ProviderError, classifyProviderError, providerFetch, providerMessage, readProviderJson } from './http'
import { type AdapterHttpOptions, envValues, errorsFor, failedTask, fetchVideo, httpOptions, originOf, reasonOf, record, succeededWith } from './shared'

export const HIGGSFIELD_DEFAULT_ORIGIN = 'https://platform.higgsfield.ai'
/** How long the motion list is trusted before it is fetched again. */
export const HIGGSFIELD_MOTIONS_TTL_MS = 60 * 60 * 1000

const FIELDS = ['model', 'prompt', 'input_images', 'image_url', 'motions', 'strength', 'seed', 'enhance_prompt', 'content_type']

export interface HiggsfieldAdapterOptions extends AdapterHttpOptions {
  readonly apiKey: string
  readonly apiSecret: string
  /** Replaces scheme, host and port (HIGGSFIELD_BASE_URL); paths stay Higgsfield's. */
  readonly baseUrl?: string
}

/** FastAPI's `detail[].loc` as one dotted field (`motions.0.strength`), without `body` and `params`. */
const locField = (body: unknown): string | undefined => {
  const d = record(body)?.detail
  const loc = Array.isArray(d) ? record(d[0])?.loc : undefined
  if (!Array.isArray(loc)) return undefined
  const parts = loc.filter((p) => p !== 'body' && p !== 'params').map(String)
  return parts.length > 0 && typeof parts[0] === 'string' && /^[A-Za-z]/.test(parts[0]) ? parts.join('.') : undefined
}

export const createHiggsfieldAdapter = (o: HiggsfieldAdapterOptions): ProviderAdapter => {
  const origin = originOf(o.baseUrl, HIGGSFIELD_DEFAULT_ORIGIN)
  const now = o.now ?? Date.now
  const secrets = [o.apiKey, o.apiSecret]
  const hints: ClassifyHints = { provider: 'Higgsfield', keyEnv: ['HF_API_KEY', 'HF_API_SECRET'], fields: FIELDS }
  const http = { ...httpOptions(o, 'Higgsfield'), now }
  const fail = errorsFor(hints)
  let motions: { list: { id: string; name: string }[]; at: number } | undefined

  /**
   * One API call with the key headers: the JSON or a ProviderError. 403 is "not enough credits" (as
   * the SDK reads it). The DoP create is repeated only after 429 or 503 (no idempotency key).
   */
  const call = async (path: string, method: 'GET' | 'POST', body: unknown, signal: AbortSignal | undefined, once = false): Promise<unknown> => {
    const headers = { 'hf-api-key': o.apiKey, 'hf-secret': o.apiSecret, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }
    const init = { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }
    const retryable = once ? (res: Response) => res.status === 429 || res.status === 503 : undefined
    const res = await providerFetch(`${origin}${path}`, init, { ...http, signal, retryable })
    if (res.status === 403) {
      await res.body?.cancel().catch(() => undefined)
      throw new ProviderError('out-of-credits', providerMessage('out-of-credits', hints), { status: 403 })
    }
    if (res.status === 400 || res.status === 422) {
      const text = await res.text().catch(() => '')
      let parsed: unknown = text
      try {
        parsed = JSON.parse(text)
      } catch {
        /* classified as text */
      }
      const field = locField(parsed)
      const e = classifyProviderError(res.status, parsed, hints)
      throw field && e.kind === 'invalid-parameter' ? new ProviderError(e.kind, providerMessage(e.kind, { ...hints, field }), { field, status: res.status }) : e
    }
    return readProviderJson(res, hints, { signal, timeoutMs: o.timeoutMs, now })
  }

  const motionList = async (signal?: AbortSignal) => {
    if (motions && now() - motions.at < HIGGSFIELD_MOTIONS_TTL_MS) return motions.list
    const json = await call('/v1/motions', 'GET', undefined, signal)
    if (!Array.isArray(json)) throw fail('malformed-response')
    const list = json.map(record).filter((m): m is Record<string, unknown> => typeof m?.id === 'string' && typeof m.name === 'string') as { id: string; name: string }[]
    motions = { list, at: now() }
    return list
  }

  /** The SDK's upload: a presigned URL, then a PUT of the bytes (no key headers go to storage). */
  const upload = async (image: StartImage, signal?: AbortSignal): Promise<string> => {
    const link = record(await call('/files/generate-upload-url', 'POST', { content_type: image.mimeType }, signal))
    const uploadUrl = link?.upload_url
    const publicUrl = link?.public_url
    if (typeof uploadUrl !== 'string' || !/^https?:\/\//.test(uploadUrl) || typeof publicUrl !== 'string' || !/^https?:\/\//.test(publicUrl)) throw fail('malformed-response')
    const signed = Object.fromEntries(Object.entries(record(link?.upload_headers) ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>
    const res = await providerFetch(uploadUrl, { method: 'PUT', headers: { 'content-type': image.mimeType, ...signed }, body: new Uint8Array(image.bytes) as Uint8Array<ArrayBuffer> }, { ...http, signal })
    await res.body?.cancel().catch(() => undefined)
    if (!res.ok) throw new ProviderError('provider-failure', 'Higgsfield did not accept the start frame upload: try again later.', { status: res.status })
    return publicUrl
  }

  const params = async (payload: unknown, startImage: StartImage | undefined, signal?: AbortSignal) => {
    const p = record(payload) as (Partial<HiggsfieldPayload> & Record<string, unknown>) | undefined
    if (!p || !Array.isArray(p.input_images)) throw fail('invalid-parameter', p ? 'input_images' : undefined)
    const given = record(p.input_images[0])?.image_url
    let imageUrl: string
    if (startImage) imageUrl = await upload(startImage, signal)
    else if (typeof given === 'string' && given !== START_FRAME_URL && /^https?:\/\//.test(given)) imageUrl = given
    else throw new ProviderError('invalid-parameter', 'Higgsfield DoP animates a start frame: add one to the shot and try again.', { field: 'input_images' })
    const named = (Array.isArray(p.motions) ? p.motions : []).map((m) => record(m) ?? {})
    const list = named.length > 0 ? await motionList(signal) : []
    const resolved = resolveHiggsfieldMotions({ ...p, motions: named } as unknown as HiggsfieldPayload, list)
    if (!resolved.ok) {
      // Names come from the compiler's own list; anything else is not repeated.
      const known = resolved.missing.filter((n) => (HIGGSFIELD_MOTION_NAMES as readonly string[]).includes(n))
      const what = known.length > 0 ? `has no motion named ${known.map((n) => `"${n}"`).join(' or ')}` : 'has no motion by a name the shot uses'
      throw new ProviderError('invalid-parameter', `Higgsfield ${what}: pick another camera move and try again.`, { field: 'motions' })
    }
    return { ...resolved.body, input_images: [{ type: 'image_url', image_url: imageUrl }] }
  }

  return {
    route: 'higgsfield',

    async submit({ payload, startImage, signal }) {
      const body = { params: await params(payload, startImage, signal) }
      const set = record(await call('/v1/image2video/dop', 'POST', body, signal, true))
      if (typeof set?.id !== 'string' || !set.id) throw fail('malformed-response')
      return { taskId: set.id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const set = record(await call(`/v1/job-sets/${encodeURIComponent(taskId)}`, 'GET', undefined, signal))
      const job = Array.isArray(set?.jobs) ? record(set.jobs[0]) : undefined
      if (!job) throw fail('malformed-response')
      switch (job.status) {
        case 'queued':
          return { status: 'queued' }
        case 'in_progress':
          return { status: 'running' }
        case 'completed': {
          const url = record(record(job.results)?.raw)?.url
          return succeededWith(url, hints)
        }
        case 'nsfw':
          return { status: 'failed', error: { kind: 'moderation', message: 'Higgsfield flagged the video as unsafe (the credits are refunded): change the prompt or the start frame and try again.' } }
        case 'failed':
          return failedTask(reasonOf(job.error, secrets), hints, { said: 'provider-failure', fallback: 'Higgsfield could not make the video (the credits are refunded): try again later.' })
        case 'canceled':
          return { status: 'canceled' }
        default:
          throw fail('malformed-response')
      }
    },

    fetchVideo(videoUrl, init) {
      // Result URLs are public CDN links: the key headers never go with them.
      return fetchVideo(videoUrl, init, http, { hints, gone: 'Higgsfield no longer has this video: generate it again.' })
    },
  }
}

/** The adapter from HF_API_KEY / HF_API_SECRET / HIGGSFIELD_BASE_URL, or null without both. */
export const higgsfieldFromEnv = (env: ServerEnv, extra: Partial<HiggsfieldAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiKey: 'HF_API_KEY', apiSecret: 'HF_API_SECRET' }, { baseUrl: 'HIGGSFIELD_BASE_URL' })
  return v && createHiggsfieldAdapter({ ...extra, ...v })
}
