/**
 * The Veo adapter on the Gemini API (research/providers.md section 4) through the official
 * `@google/genai` SDK with GEMINI_API_KEY: `models.generateVideos` (POST
 * /v1beta/models/{model}:predictLongRunning, the start image as base64 bytes) and
 * `operations.getVideosOperation` (GET /v1beta/{operation name}) until `done`; the video is
 * `response.generateVideoResponse.generatedSamples[0].video.uri`, downloaded with the key in
 * `x-goog-api-key` (sent only to the API's own origin; a redirect is followed without it). The SDK's
 * transport is `sdkTransport` (providerFetch underneath, SDK retries off). The Gemini API documents no
 * cancel for video operations, so `cancel` is absent.
 */
import { GenerateVideosOperation, GoogleGenAI } from '@google/genai'
import { VEO_GEMINI_MODEL } from '../../src/compilers/veo'
import type { ProviderAdapter, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { classifyGoogleError } from './googleErrors'
import { type ClassifyHints, ProviderError, providerFetch, providerMessage } from './http'
import { retryCreateOnlyIfRefused, sdkTransport } from './sdkTransport'
import { type AdapterHttpOptions, envValues, httpOptions, originOf, videoAnswer } from './shared'
import { VEO_FIELDS, isVeoCreate, veoRequest, veoStatus } from './veoShared'

export const VEO_DEFAULT_ORIGIN = 'https://generativelanguage.googleapis.com'

export interface VeoAdapterOptions extends AdapterHttpOptions {
  readonly apiKey: string
  /** Replaces scheme, host and port (VEO_BASE_URL); the SDK's paths (/v1beta/...) stay. */
  readonly baseUrl?: string
}

export const createVeoAdapter = (o: VeoAdapterOptions): ProviderAdapter => {
  const origin = originOf(o.baseUrl, VEO_DEFAULT_ORIGIN)
  const hints: ClassifyHints = { provider: 'Google Veo', keyEnv: ['GEMINI_API_KEY'], fields: VEO_FIELDS }
  const http = { ...httpOptions(o, 'Google Veo'), timeoutMs: o.timeoutMs ?? 30_000 }
  const classify = (status: number, text: string, retryAfterS?: number) => classifyGoogleError(status, text, hints, retryAfterS)
  // the Gemini API takes no idempotency key: a create (:predictLongRunning) is repeated only after 429/503
  const sdk = sdkTransport({ ...http, hints, classify, retryable: retryCreateOnlyIfRefused(isVeoCreate) })
  const ai = new GoogleGenAI({
    apiKey: o.apiKey,
    vertexai: false,
    apiVersion: 'v1beta',
    httpOptions: { baseUrl: `${origin}/`, apiVersion: 'v1beta', fetch: sdk.fetch },
  })

  return {
    route: 'veo',

    async submit({ payload, startImage, signal }) {
      const { params } = veoRequest(payload, startImage, { model: VEO_GEMINI_MODEL, vertex: false, hints })
      const op = await sdk.call(signal, () => ai.models.generateVideos({ ...params, config: { ...params.config, abortSignal: signal } }))
      if (typeof op?.name !== 'string' || !op.name) throw new ProviderError('malformed-response', providerMessage('malformed-response', hints))
      return { taskId: op.name }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const operation = Object.assign(new GenerateVideosOperation(), { name: taskId })
      const op = await sdk.call(signal, () => ai.operations.getVideosOperation({ operation, config: { abortSignal: signal } }))
      return veoStatus(op, hints, [o.apiKey], (v) => (typeof v.uri === 'string' && /^https?:\/\//.test(v.uri) ? v.uri : undefined))
    },

    async fetchVideo(videoUrl, init) {
      const url = new URL(videoUrl)
      const range: Record<string, string> = init.range ? { range: init.range } : {}
      const opts = { ...http, signal: init.signal, timeoutCovers: 'headers' as const }
      // The key only to the API's own origin, and not along a redirect (to the signed file URL).
      const key: Record<string, string> = url.origin === origin ? { 'x-goog-api-key': o.apiKey } : {}
      let res = await providerFetch(url.href, { headers: { ...range, ...key }, redirect: 'manual' }, opts)
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null
      if (location) {
        await res.body?.cancel().catch(() => undefined)
        res = await providerFetch(new URL(location, url).href, { headers: range }, opts)
      }
      return videoAnswer(res, {
        hints,
        gone: 'Google no longer has this video (the Gemini API keeps generated videos for 2 days): generate it again.',
        goneStatuses: [404, 410],
        classify: (status, text) => classify(status, text),
      })
    },
  }
}

/** The adapter from GEMINI_API_KEY / VEO_BASE_URL, or null without a key. */
export const veoFromEnv = (env: ServerEnv, extra: Partial<VeoAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { apiKey: 'GEMINI_API_KEY' }, { baseUrl: 'VEO_BASE_URL' })
  return v && createVeoAdapter({ ...extra, ...v })
}
