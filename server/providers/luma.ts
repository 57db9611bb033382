/**
 * The Luma Dream Machine adapter (research/providers.md section 3) through the official `lumaai`
 * SDK: generations.create (POST /dream-machine/v1/generations/video), generations.get until
 * `completed` / `failed`, the video at assets.video; cancel is generations.delete (Luma documents
 * deleting a generation, not cancelling one). A start image becomes keyframes.frame0, which Luma
 * only takes as a public URL: `${FRAMEWRIGHT_PUBLIC_URL}${path}`, the path the server gives with the
 * generation (`startImagePath`, its public start-image link), else the payload's `startImageUrl`
 * (stripped before sending), else the `startImagePath` option. `check` refuses a start image without
 * FRAMEWRIGHT_PUBLIC_URL before anything is recorded or sent.
 */
import LumaAI from 'lumaai'
import type { ProviderAdapter, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, ProviderError } from './http'
import { retryCreateOnlyIfRefused, sdkTransport } from './sdkTransport'
import { type AdapterHttpOptions, envValues, errorsFor, failedTask, fetchVideo, httpOptions, originOf, reasonOf, record, succeededWith, unlessGone } from './shared'

export const LUMA_DEFAULT_ORIGIN = 'https://api.lumalabs.ai'
/** The SDK's base path; LUMA_BASE_URL replaces only the origin in front of it. */
export const LUMA_API_PATH = '/dream-machine/v1'

const FIELDS = ['model', 'prompt', 'aspect_ratio', 'resolution', 'duration', 'concepts', 'keyframes', 'loop', 'callback_url', 'startImageUrl']

export interface LumaAdapterOptions extends AdapterHttpOptions {
  readonly apiKey: string
  /** Replaces scheme, host and port (LUMA_BASE_URL); paths stay Luma's. */
  readonly baseUrl?: string
  /** FRAMEWRIGHT_PUBLIC_URL: a public base URL of this server, needed to send a start image. */
  readonly publicUrl?: string
  /** Where this server serves the start image (appended to publicUrl) when the payload has no `startImageUrl`. */
  readonly startImagePath?: string
}

export const createLumaAdapter = (o: LumaAdapterOptions): ProviderAdapter => {
  const origin = originOf(o.baseUrl, LUMA_DEFAULT_ORIGIN)
  const timeoutMs = o.timeoutMs ?? 30_000
  const hints: ClassifyHints = { provider: 'Luma', keyEnv: ['LUMAAI_API_KEY'], fields: FIELDS }
  const http = httpOptions(o, 'Luma')
  // Luma takes no idempotency key: a create is repeated only after 429/503 (its only POST)
  const sdk = sdkTransport({ ...http, hints, retryable: retryCreateOnlyIfRefused((r) => r.method === 'POST') })
  // Retries and the per-attempt deadline are the transport's; the SDK's own timeout is only a backstop.
  const client = new LumaAI({ authToken: o.apiKey, baseURL: `${origin}${LUMA_API_PATH}`, maxRetries: 0, timeout: timeoutMs + 5000, fetch: sdk.fetch as never })
  const fail = errorsFor(hints)

  /** FRAMEWRIGHT_PUBLIC_URL, or an invalid-parameter error that says what to set. */
  const publicBase = (): string => {
    const base = o.publicUrl?.trim()
    if (!base)
      throw new ProviderError('invalid-parameter', 'Luma takes a start image only as a public URL: set FRAMEWRIGHT_PUBLIC_URL on the server to a public base URL of this server, then try again.', { field: 'keyframes' })
    if (!/^https?:\/\/[^/]/.test(base)) throw new ProviderError('invalid-parameter', 'FRAMEWRIGHT_PUBLIC_URL is not an http(s) URL: set it to a public base URL of this server, then try again.', { field: 'keyframes' })
    return base
  }

  /** The public URL of the start image, or an invalid-parameter error that says what to set. */
  const keyframeUrl = (given: string | undefined, fromPayload: unknown): string => {
    const base = publicBase()
    const p = given ?? fromPayload ?? o.startImagePath
    if (typeof p !== 'string' || !/^\/(?!\/)\S*$/.test(p)) throw new ProviderError('invalid-parameter', 'The server did not say where it serves the start image (startImageUrl, a path starting with /): Luma needs its public URL.', { field: 'startImageUrl' })
    return `${base.replace(/\/+$/, '')}${p}`
  }

  return {
    route: 'luma',

    check({ startImage }) {
      if (startImage) publicBase()
    },

    async submit({ payload, startImage, startImagePath, signal }) {
      const p = record(payload)
      if (!p) throw fail('invalid-parameter')
      const { startImageUrl, ...rest } = p
      const body = startImage ? { ...rest, keyframes: { ...record(rest.keyframes), frame0: { type: 'image', url: keyframeUrl(startImagePath, startImageUrl) } } } : rest
      const g = await sdk.call(signal, () => client.generations.create(body as never, { signal }))
      const id = record(g)?.id
      if (typeof id !== 'string' || !id) throw fail('malformed-response')
      return { taskId: id }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const g = record(await sdk.call(signal, () => client.generations.get(taskId, { signal })))
      switch (g?.state) {
        case 'queued':
          return { status: 'queued' }
        case 'dreaming':
          return { status: 'running' }
        case 'completed': {
          const url = record(g.assets)?.video
          return succeededWith(url, hints)
        }
        case 'failed':
          return failedTask(reasonOf(g.failure_reason, [o.apiKey]), hints)
        default:
          throw fail('malformed-response')
      }
    },

    async cancel(taskId, signal) {
      // Already gone: nothing left to stop.
      await unlessGone(sdk.call(signal, () => client.generations.delete(taskId, { signal })))
    },

    fetchVideo(videoUrl, init) {
      // Luma's assets are public CDN links: no Authorization header goes with them.
      return fetchVideo(videoUrl, init, http, { hints, gone: 'Luma no longer has this video: generate it again.' })
    },
  }
}

/** The adapter from LUMAAI_API_KEY / LUMA_BASE_URL / FRAMEWRIGHT_PUBLIC_URL, or null without a key. */
export const lumaFromEnv = (env: ServerEnv, extra: Partial<LumaAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiKey: 'LUMAAI_API_KEY' }, { baseUrl: 'LUMA_BASE_URL', publicUrl: 'FRAMEWRIGHT_PUBLIC_URL' })
  return v && createLumaAdapter({ ...extra, ...v })
}
