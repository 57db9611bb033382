/**
 * The Luma Dream Machine adapter (research/providers.md section 3) through the official `lumaai`
 * SDK: generations.create (POST /dream-machine/v1/generations/video), generations.get until
 * `completed` / `failed`, the video at assets.video; cancel is generations.delete (Luma documents
 * deleting a generation, not cancelling one). A start image becomes keyframes.frame0, which Luma
 * only takes as a public URL: `${FRAMEWRIGHT_PUBLIC_URL}${path}`, the path from the payload's
 * `startImageUrl` (stripped before sending) or the `startImagePath` option.
 */
import LumaAI from 'lumaai'
import type { ProviderAdapter, ProviderErrorKind, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, type FetchLike, ProviderError, type Sleep, classifyProviderError, providerFetch, providerMessage, sanitizeProviderText } from './http'
import { sdkCall } from './sdkRetry'

export const LUMA_DEFAULT_ORIGIN = 'https://api.lumalabs.ai'
/** The SDK's base path; LUMA_BASE_URL replaces only the origin in front of it. */
export const LUMA_API_PATH = '/dream-machine/v1'

const FIELDS = ['model', 'prompt', 'aspect_ratio', 'resolution', 'duration', 'concepts', 'keyframes', 'loop', 'callback_url', 'startImageUrl']

export interface LumaAdapterOptions {
  readonly apiKey: string
  /** Replaces scheme, host and port (LUMA_BASE_URL); paths stay Luma's. */
  readonly baseUrl?: string
  /** FRAMEWRIGHT_PUBLIC_URL: a public base URL of this server, needed to send a start image. */
  readonly publicUrl?: string
  /** Where this server serves the start image (appended to publicUrl) when the payload has no `startImageUrl`. */
  readonly startImagePath?: string
  readonly fetch?: FetchLike
  /** Per request attempt, in ms (default 30 000). */
  readonly timeoutMs?: number
  readonly retries?: number
  readonly sleep?: Sleep
  readonly now?: () => number
  readonly random?: () => number
}

const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined)

export const createLumaAdapter = (o: LumaAdapterOptions): ProviderAdapter => {
  const origin = new URL(o.baseUrl ?? LUMA_DEFAULT_ORIGIN).origin
  const timeoutMs = o.timeoutMs ?? 30_000
  const hints: ClassifyHints = { provider: 'Luma', keyEnv: ['LUMAAI_API_KEY'], fields: FIELDS }
  // Retries and the per-attempt deadline are sdkCall's; the SDK's own timeout is only a backstop.
  const client = new LumaAI({ authToken: o.apiKey, baseURL: `${origin}${LUMA_API_PATH}`, maxRetries: 0, timeout: timeoutMs + 5000, fetch: (o.fetch ?? fetch) as never })
  const call = <T>(run: (signal: AbortSignal) => Promise<T>, idempotent: boolean, signal?: AbortSignal) =>
    sdkCall(run, { hints, idempotent, signal, timeoutMs, retries: o.retries, sleep: o.sleep, now: o.now, random: o.random })
  const fail = (kind: ProviderErrorKind, field?: string) => new ProviderError(kind, providerMessage(kind, { ...hints, field }), field ? { field } : {})
  const http = { timeoutMs, retries: o.retries, fetch: o.fetch, sleep: o.sleep, now: o.now, random: o.random, provider: 'Luma' }

  /** The public URL of the start image, or an invalid-parameter error that says what to set. */
  const keyframeUrl = (path: unknown): string => {
    const base = o.publicUrl?.trim()
    if (!base)
      throw new ProviderError('invalid-parameter', 'Luma takes a start image only as a public URL: set FRAMEWRIGHT_PUBLIC_URL on the server to a public base URL of this server, then try again.', { field: 'keyframes' })
    if (!/^https?:\/\/[^/]/.test(base)) throw new ProviderError('invalid-parameter', 'FRAMEWRIGHT_PUBLIC_URL is not an http(s) URL: set it to a public base URL of this server, then try again.', { field: 'keyframes' })
    const p = path ?? o.startImagePath
    if (typeof p !== 'string' || !/^\/(?!\/)\S*$/.test(p)) throw new ProviderError('invalid-parameter', 'The server did not say where it serves the start image (startImageUrl, a path starting with /): Luma needs its public URL.', { field: 'startImageUrl' })
    return `${base.replace(/\/+$/, '')}${p}`
  }

  return {
    route: 'luma',

    async submit({ payload, startImage, signal }) {
      const p = record(payload)
      if (!p) throw fail('invalid-parameter')
      const { startImageUrl, ...rest } = p
      const body = startImage ? { ...rest, keyframes: { ...record(rest.keyframes), frame0: { type: 'image', url: keyframeUrl(startImageUrl) } } } : rest
      const g = await call((s) => client.generations.create(body as never, { signal: s }), false, signal)
      const id = record(g)?.id
      if (typeof id !== 'string' || !id) throw fail('malformed-response')
      return { taskId: id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const g = record(await call((s) => client.generations.get(taskId, { signal: s }), true, signal))
      switch (g?.state) {
        case 'queued':
          return { status: 'queued' }
        case 'dreaming':
          return { status: 'running' }
        case 'completed': {
          const url = record(g.assets)?.video
          if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw fail('malformed-response')
          return { status: 'succeeded', progress: 1, videoUrl: url }
        }
        case 'failed': {
          const reason = typeof g.failure_reason === 'string' ? sanitizeProviderText(g.failure_reason, [o.apiKey]) : ''
          const said = classifyProviderError(200, { message: reason }, { provider: 'Luma' }).kind
          const kind = said === 'moderation' || said === 'out-of-credits' ? said : 'provider-failure'
          const message = reason ? `Luma could not make the video: ${reason.replace(/[.!?…]?$/, '.')}` : providerMessage('provider-failure', hints)
          return { status: 'failed', error: { kind, message } }
        }
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      try {
        await call((s) => client.generations.delete(taskId, { signal: s }), true, signal)
      } catch (e) {
        // Already gone: nothing left to stop.
        if (!(e instanceof ProviderError && e.status === 404)) throw e
      }
    },

    async fetchVideo(videoUrl, init) {
      // Luma's assets are public CDN links: no Authorization header goes with them.
      const headers: Record<string, string> = init.range ? { range: init.range } : {}
      const res = await providerFetch(videoUrl, { method: 'GET', headers }, { ...http, signal: init.signal, timeoutCovers: 'headers' })
      if (res.ok || res.status === 416) return res
      await res.body?.cancel().catch(() => undefined)
      if (res.status === 403 || res.status === 404 || res.status === 410) throw new ProviderError('provider-failure', 'Luma no longer has this video: generate it again.', { status: res.status })
      throw new ProviderError('provider-failure', providerMessage('provider-failure', hints), { status: res.status })
    },
  }
}

/** The adapter from LUMAAI_API_KEY / LUMA_BASE_URL / FRAMEWRIGHT_PUBLIC_URL, or null without a key. */
export const lumaFromEnv = (env: ServerEnv, extra: Partial<LumaAdapterOptions> = {}): ProviderAdapter | null => {
  const apiKey = env.LUMAAI_API_KEY?.trim()
  if (!apiKey) return null
  const baseUrl = env.LUMA_BASE_URL?.trim() || undefined
  const publicUrl = env.FRAMEWRIGHT_PUBLIC_URL?.trim() || undefined
  return createLumaAdapter({ ...extra, apiKey, baseUrl, publicUrl })
}
