/**
 * The Veo adapter on Vertex AI (research/providers.md section 4) through the official
 * `@google/genai` SDK with `vertexai: true`, GOOGLE_CLOUD_PROJECT / GOOGLE_CLOUD_LOCATION and
 * application default credentials (google-auth-library, which the SDK depends on; an `authClient`
 * can be injected instead): `models.generateVideos` (POST /v1/projects/{p}/locations/{l}/publishers/
 * google/models/{model}:predictLongRunning) with `instances[0].cameraControl` sent through
 * `httpOptions.extraBody` (the SDK has no typed slot for it), and `operations.getVideosOperation`
 * (POST ...:fetchPredictOperation). Vertex returns the video inline (base64) unless
 * parameters.storageUri names a GCS prefix: inline videos are kept as "vertex-operation:<name>" and
 * served from the operation (a small cache), gs:// ones downloaded from the GCS JSON API with the
 * same credentials. No cancel: Vertex documents none for predictLongRunning operations.
 */
import { GenerateVideosOperation, GoogleGenAI } from '@google/genai'
import { type AuthClient, GoogleAuth } from 'google-auth-library'
import { VEO_VERTEX_MODEL } from '../../src/compilers/veo-vertex'
import type { ProviderAdapter, ProviderStatus } from '../generations/types'
import type { ServerEnv } from '../routes'
import { classifyGoogleError } from './googleErrors'
import { type ClassifyHints, ProviderError, providerFetch, providerMessage } from './http'
import { retryCreateOnlyIfRefused, sdkTransport } from './sdkTransport'
import { type AdapterHttpOptions, envValues, httpOptions, videoAnswer } from './shared'
import { VEO_FIELDS, isVeoCreate, veoRequest, veoStatus } from './veoShared'

const CLOUD_SCOPE = 'https://www.googleapis.com/auth/cloud-platform'
const STORAGE_ORIGIN = 'https://storage.googleapis.com'
const INLINE = 'vertex-operation:'

export interface VeoVertexAdapterOptions extends AdapterHttpOptions {
  readonly project: string
  readonly location: string
  /** Replaces scheme, host and port of Vertex (VEO_VERTEX_BASE_URL), and of GCS downloads; paths stay. */
  readonly baseUrl?: string
  /** Credentials to use instead of application default credentials (tests, or a caller's own). */
  readonly authClient?: AuthClient
  /** A service-account or ADC JSON file (GOOGLE_APPLICATION_CREDENTIALS from the server's env). */
  readonly keyFile?: string
}

/** `bytes` as the answer to `range` (200, 206 or 416), like a file server would give it. */
const rangeResponse = (bytes: Uint8Array, range: string | undefined): Response => {
  const size = bytes.length
  const base = { 'content-type': 'video/mp4', 'accept-ranges': 'bytes' }
  if (!range) return new Response(bytes.slice(), { status: 200, headers: { ...base, 'content-length': String(size) } })
  const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim())
  const suffix = m?.[1] === ''
  const start = m ? Math.max(0, suffix ? size - Number(m[2]) : Number(m[1])) : NaN
  const end = m ? (suffix || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)) : NaN
  if (!m || (suffix && m[2] === '') || !(start <= end) || start >= size) return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${size}` } })
  return new Response(bytes.slice(start, end + 1), { status: 206, headers: { ...base, 'content-range': `bytes ${start}-${end}/${size}` } })
}

export const createVeoVertexAdapter = (o: VeoVertexAdapterOptions): ProviderAdapter => {
  const origin = o.baseUrl ? new URL(o.baseUrl).origin : undefined
  const keyEnv = ['GOOGLE_CLOUD_PROJECT', 'GOOGLE_CLOUD_LOCATION', 'GOOGLE_APPLICATION_CREDENTIALS']
  const hints: ClassifyHints = { provider: 'Google Vertex AI', keyEnv, fields: VEO_FIELDS }
  const http = { ...httpOptions(o, 'Google Vertex AI'), timeoutMs: o.timeoutMs ?? 30_000 }
  const classify = (status: number, text: string, retryAfterS?: number) => classifyGoogleError(status, text, hints, retryAfterS)
  // Vertex takes no idempotency key for predictLongRunning: a create is repeated only after 429/503
  // (polls are POSTs too, to :fetchPredictOperation, and are repeated after any 429/5xx)
  const sdk = sdkTransport({ ...http, hints, classify, retryable: retryCreateOnlyIfRefused(isVeoCreate) })
  const authOptions = { scopes: [CLOUD_SCOPE], ...(o.authClient ? { authClient: o.authClient } : o.keyFile ? { keyFilename: o.keyFile } : {}) }
  const ai = new GoogleGenAI({
    vertexai: true,
    project: o.project,
    location: o.location,
    apiVersion: 'v1',
    googleAuthOptions: authOptions,
    httpOptions: { ...(origin ? { baseUrl: `${origin}/` } : {}), apiVersion: 'v1', fetch: sdk.fetch },
  })
  /** For GCS downloads (the SDK keeps its own). */
  const auth = new GoogleAuth(authOptions)
  const noCredentials = () =>
    new ProviderError('bad-key', 'The server has no usable Google credentials: set GOOGLE_APPLICATION_CREDENTIALS (or run gcloud auth application-default login) and check GOOGLE_CLOUD_PROJECT.')
  // The SDK drops the signal of a Vertex poll: the transport's call races the caller's abort.
  const guard = <T>(signal: AbortSignal | undefined, f: () => Promise<T>): Promise<T> =>
    sdk.call(signal, f, (out, e) => {
      // Failures to get a token (no ADC, a revoked refresh token) come from google-auth-library.
      const authish = e instanceof Error && /credential|refresh token|invalid_grant|unauthorized_client|access token/i.test(e.message)
      return out instanceof ProviderError && out.kind === 'provider-failure' && authish ? noCredentials() : out
    })
  const operation = (name: string, signal?: AbortSignal) => guard(signal, () => ai.operations.getVideosOperation({ operation: Object.assign(new GenerateVideosOperation(), { name }) }))
  const cache = new Map<string, Uint8Array>()

  return {
    route: 'veo-vertex',

    async submit({ payload, startImage, signal }) {
      const { params, extraBody } = veoRequest(payload, startImage, { model: VEO_VERTEX_MODEL, vertex: true, hints })
      if (extraBody && !startImage) throw new ProviderError('invalid-parameter', 'Veo on Vertex AI needs a start image for a camera move: add one and try again.', { field: 'image' })
      const config = { ...params.config, abortSignal: signal, ...(extraBody ? { httpOptions: { extraBody } } : {}) }
      const op = await guard(signal, () => ai.models.generateVideos({ ...params, config }))
      if (typeof op?.name !== 'string' || !op.name) throw new ProviderError('malformed-response', providerMessage('malformed-response', hints))
      return { taskId: op.name }
    },

    async poll(taskId, signal): Promise<ProviderStatus> {
      const op = await operation(taskId, signal)
      return veoStatus(op, hints, [], (v) => (typeof v.uri === 'string' && v.uri.startsWith('gs://') ? v.uri : v.videoBytes ? `${INLINE}${taskId}` : undefined))
    },

    async fetchVideo(videoUrl, init) {
      if (videoUrl.startsWith(INLINE)) {
        const name = videoUrl.slice(INLINE.length)
        let bytes = cache.get(name)
        if (!bytes) {
          const b64 = (await operation(name, init.signal)).response?.generatedVideos?.find((g) => g.video?.videoBytes)?.video?.videoBytes
          if (!b64) throw new ProviderError('provider-failure', 'Google Vertex AI no longer has this video: generate it again.')
          bytes = new Uint8Array(Buffer.from(b64, 'base64'))
          cache.set(name, bytes)
          for (const k of cache.keys()) if (cache.size > 2) cache.delete(k)
        }
        return rangeResponse(bytes, init.range)
      }
      const gs = /^gs:\/\/([a-z0-9._-]+)\/(.+)$/.exec(videoUrl)
      if (!gs) throw new ProviderError('provider-failure', 'That is not a Vertex AI video this server made.')
      const url = `${origin ?? STORAGE_ORIGIN}/storage/v1/b/${gs[1]}/o/${encodeURIComponent(gs[2])}?alt=media`
      const authHeaders = await guard(init.signal, () => auth.getRequestHeaders(url))
      const headers: Record<string, string> = { authorization: authHeaders.get('authorization') ?? '', ...(init.range ? { range: init.range } : {}) }
      const res = await providerFetch(url, { headers }, { ...http, signal: init.signal, timeoutCovers: 'headers' })
      return videoAnswer(res, {
        hints,
        gone: 'The video is no longer in its Cloud Storage bucket: generate it again.',
        goneStatuses: [404, 410],
        classify: (status, text) => classify(status, text),
      })
    },
  }
}

/** The adapter from GOOGLE_CLOUD_PROJECT / GOOGLE_CLOUD_LOCATION / VEO_VERTEX_BASE_URL, or null without them. */
export const veoVertexFromEnv = (env: ServerEnv, extra: Partial<VeoVertexAdapterOptions> = {}): ProviderAdapter | null => {
  const v = envValues(env, { project: 'GOOGLE_CLOUD_PROJECT', location: 'GOOGLE_CLOUD_LOCATION' }, { baseUrl: 'VEO_VERTEX_BASE_URL', keyFile: 'GOOGLE_APPLICATION_CREDENTIALS' })
  if (!v) return null
  // The env may come from .env, which google-auth-library (reading process.env) would not see.
  const { keyFile, ...rest } = v
  return createVeoVertexAdapter({ ...(keyFile ? { keyFile } : {}), ...extra, ...rest })
}
