/**
 * The Sora adapter (research/providers.md section 5) on the official `openai` SDK (v6):
 * `client.videos.create` (multipart, as the SDK sends it; the start image as `input_reference`),
 * `client.videos.retrieve` until `completed` / `failed`, and `client.videos.downloadContent` for
 * the bytes (the download needs the key). The SDK's transport is `sdkTransport` (providerFetch
 * underneath, SDK retries off). OpenAI documents no cancel for a running video (DELETE removes a
 * finished one), so `cancel` is absent. The video URL is the documented content path.
 */
import OpenAI, { toFile } from 'openai'
import type { ProviderAdapter, ProviderErrorKind, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, classifyProviderError, providerMessage } from './http'
import { DownloadAnswer, retryCreateOnlyIfRefused, sdkTransport } from './sdkTransport'
import { type AdapterHttpOptions, envValues, errorsFor, failedTask, httpOptions, originOf, reasonOf, record, videoAnswer } from './shared'

export const SORA_DEFAULT_ORIGIN = 'https://api.openai.com'

/** OpenAI's error codes (`error.code`) that say more than the status. */
export const SORA_CODES: Readonly<Record<string, ProviderErrorKind>> = {
  invalid_api_key: 'bad-key',
  insufficient_quota: 'out-of-credits',
  billing_hard_limit_reached: 'out-of-credits',
  moderation_blocked: 'moderation',
  content_policy_violation: 'moderation',
  rate_limit_exceeded: 'rate-limited',
}

const FIELDS = ['model', 'prompt', 'seconds', 'size', 'input_reference']
const EXT = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as const

/** `fetch` is the transport under the SDK (tests). */
export interface SoraAdapterOptions extends AdapterHttpOptions {
  readonly apiKey: string
  /** Replaces scheme, host and port (SORA_BASE_URL); the SDK's paths (/v1/videos...) stay. */
  readonly baseUrl?: string
}

export const createSoraAdapter = (o: SoraAdapterOptions): ProviderAdapter => {
  const origin = originOf(o.baseUrl, SORA_DEFAULT_ORIGIN)
  const hints: ClassifyHints = { provider: 'OpenAI', keyEnv: ['OPENAI_API_KEY'], codes: SORA_CODES, fields: FIELDS }
  const fail = errorsFor(hints)
  const contentPath = /^\/v1\/videos\/([A-Za-z0-9_-]+)\/content$/

  /** "insufficient_quota" comes as a 429 that no wait will clear. */
  const retryable = async (res: Response) => {
    if (res.status !== 429) return true
    const code = String(record(record(await res.clone().json().catch(() => undefined))?.error)?.code ?? '')
    return SORA_CODES[code] === undefined || SORA_CODES[code] === 'rate-limited'
  }
  const timeoutMs = o.timeoutMs ?? 30_000
  const retries = o.retries ?? 3
  // OpenAI takes no idempotency key for videos: a create (POST /v1/videos) is repeated only after 429/503
  const isCreate = (r: { method: string; url: URL }) => r.method === 'POST' && /\/v1\/videos$/.test(r.url.pathname)
  const sdk = sdkTransport({ ...httpOptions(o, 'OpenAI'), timeoutMs, retries, hints, retryable: retryCreateOnlyIfRefused(isCreate, retryable), isDownload: (u) => contentPath.test(u.pathname) })
  const client = new OpenAI({
    apiKey: o.apiKey,
    // Only what this adapter is given: nothing from process.env (OPENAI_ORG_ID, OPENAI_BASE_URL...).
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    baseURL: `${origin}/v1`,
    maxRetries: 0,
    // The whole retry cycle of one call, as a backstop: each attempt has its own timeoutMs.
    timeout: (timeoutMs + 30_000) * (retries + 1),
    logLevel: 'off',
    fetch: sdk.fetch,
  })

  return {
    route: 'sora',

    async submit({ payload, startImage, signal }) {
      const p = record(payload)
      if (!p || typeof p.prompt !== 'string' || !p.prompt.trim()) throw fail('invalid-parameter', 'prompt')
      const body = { ...p } as unknown as OpenAI.Videos.VideoCreateParams
      if (startImage) {
        // OpenAI wants the reference at the video's size.
        const size = typeof p.size === 'string' ? p.size : '720x1280'
        if (`${startImage.width}x${startImage.height}` !== size)
          throw fail('invalid-parameter', 'input_reference', `OpenAI needs the start image at the video's size (${size.replace(/[^0-9x]/g, '')}): resize it and try again.`)
        body.input_reference = await toFile(startImage.bytes, `start.${EXT[startImage.mimeType]}`, { type: startImage.mimeType })
      }
      const video = await sdk.call(signal, () => client.videos.create(body, { signal }))
      if (typeof video?.id !== 'string' || !video.id) throw fail('malformed-response')
      return { taskId: video.id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const video = await sdk.call(signal, () => client.videos.retrieve(taskId, { signal }))
      const progress = typeof video?.progress === 'number' ? Math.min(1, Math.max(0, video.progress / 100)) : undefined
      switch (video?.status) {
        case 'queued':
          return { status: 'queued', ...(progress ? { progress } : {}) }
        case 'in_progress':
          return { status: 'running', ...(progress !== undefined ? { progress } : {}) }
        case 'completed':
          return { status: 'succeeded', progress: 1, videoUrl: `${origin}/v1/videos/${encodeURIComponent(video.id)}/content` }
        case 'failed': {
          const err = record(video.error)
          const reason = reasonOf(err?.message, [o.apiKey])
          const said = classifyProviderError(200, { error: { code: err?.code, message: reason } }, { provider: 'OpenAI', codes: SORA_CODES }).kind
          return failedTask(reason, hints, { said, fallback: providerMessage('provider-failure', hints) })
        }
        default:
          throw fail('malformed-response')
      }
    },

    async fetchVideo(videoUrl, init) {
      // The key goes only to this adapter's own content path.
      const url = new URL(videoUrl)
      const id = url.origin === origin ? contentPath.exec(url.pathname)?.[1] : undefined
      if (!id) throw fail('provider-failure', undefined, 'That is not an OpenAI video this server made.')
      const headers = init.range ? { Range: init.range } : {}
      try {
        return await sdk.call(init.signal, () => client.videos.downloadContent(id, { variant: 'video' }, { headers, signal: init.signal }))
      } catch (e) {
        if (!(e instanceof DownloadAnswer)) throw e
        return videoAnswer(e.response, {
          hints,
          gone: 'OpenAI no longer has this video (it keeps files for a limited time): generate it again.',
          goneStatuses: [404, 410],
          classify: (status, text) => classifyProviderError(status, text, hints),
        })
      }
    },
  }
}

/** The adapter from OPENAI_API_KEY / SORA_BASE_URL, or null without a key. */
export const soraFromEnv = (env: ServerEnv, extra: Partial<SoraAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiKey: 'OPENAI_API_KEY' }, { baseUrl: 'SORA_BASE_URL' })
  return v && createSoraAdapter({ ...extra, ...v })
}
