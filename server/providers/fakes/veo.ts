/**
 * A stand-in for Veo on 127.0.0.1 (port 0), in one of two documented shapes (research/providers.md
 * section 4), answering errors as google.rpc.Status `{ error: { code, message, status, details } }`:
 * - `gemini`: `x-goog-api-key` checked (a wrong key gets Google's 400 API_KEY_INVALID), POST
 *   /v1beta/models/{model}:predictLongRunning, GET /v1beta/models/{model}/operations/{id}, the video
 *   at /v1beta/files/{id}:download?alt=media (key required), which redirects to a signed path.
 * - `vertex`: `Authorization: Bearer <token>` checked (401 UNAUTHENTICATED), POST
 *   /v1/projects/{p}/locations/{l}/publishers/google/models/{model}:predictLongRunning and
 *   :fetchPredictOperation `{ operationName }`; videos inline (bytesBase64Encoded) or, with
 *   parameters.storageUri, in GCS at /storage/v1/b/{bucket}/o/{object}?alt=media (Bearer required).
 * Operations finish after `pollsToFinish` polls; Range is served; misbehaviour is scripted per path.
 */
import { randomUUID } from 'node:crypto'
import { type IncomingMessage, createServer } from 'node:http'
import { fakeVideoBytes, listenLocal, videoTriple } from './scripted'
import { type GoogleStatus, validateVeoBody } from './veoBody'

export type FakeVeoPath = 'submit' | 'poll' | 'download'
export type FakeVeoStep =
  | { readonly type: 'error'; readonly error: GoogleStatus; readonly headers?: Readonly<Record<string, string>> }
  | { readonly type: 'malformed' }
  | { readonly type: 'slow'; readonly delayMs: number }
  | { readonly type: 'lose-response' }

const STATUS_OF: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' }
const status = (code: number, message: string, details?: Record<string, unknown>[]): GoogleStatus => ({ code, message, status: STATUS_OF[code] ?? 'UNKNOWN', ...(details ? { details } : {}) })

export const VEO_FAKE_ERRORS = {
  rateLimited: (retryAfterS: number): FakeVeoStep => ({
    type: 'error',
    error: status(429, 'Resource has been exhausted (e.g. check quota).', [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${retryAfterS}s` }]),
    headers: { 'retry-after': String(retryAfterS) },
  }),
  serverError: { type: 'error', error: status(500, 'Internal error encountered.') },
  unavailable: { type: 'error', error: status(503, 'The model is overloaded. Please try again later.') },
  safety: { type: 'error', error: status(400, 'The prompt could not be submitted. This prompt contains words that violate our usage guidelines (safety filter).') },
} as const satisfies Record<string, FakeVeoStep | ((s: number) => FakeVeoStep)>

export interface FakeVeoOperation {
  readonly name: string
  readonly model: string
  readonly body: Record<string, unknown>
  done: boolean
  polls: number
  readonly outcome: { kind: 'video' } | { kind: 'error'; code: number; message: string } | { kind: 'filtered'; reason: string }
}

export interface FakeVeoRequest {
  readonly method: string
  readonly path: string
  status: number
  readonly apiKey?: string
  readonly authorization?: string
  readonly range?: string
}

export interface FakeVeo {
  readonly baseUrl: string
  readonly submits: number
  readonly operations: ReadonlyMap<string, FakeVeoOperation>
  readonly requests: readonly FakeVeoRequest[]
  readonly video: Uint8Array
  script(path: FakeVeoPath, ...steps: FakeVeoStep[]): void
  /** The next operation ends with this error, or filtered by the safety filters. */
  failNextOperation(outcome: { code: number; message: string } | { filtered: string }): void
  close(): Promise<void>
}

export type FakeVeoOptions =
  | { readonly mode: 'gemini'; readonly apiKey: string; readonly pollsToFinish?: number }
  | { readonly mode: 'vertex'; readonly token: string; readonly project: string; readonly location: string; readonly pollsToFinish?: number }

const readJson = (req: IncomingMessage) =>
  new Promise<unknown>((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch {
        resolve(undefined)
      }
    })
  })

type Out = [number, string | Uint8Array, Record<string, string>?]

export const startFakeVeo = async (o: FakeVeoOptions): Promise<FakeVeo> => {
  const video = fakeVideoBytes()
  const operations = new Map<string, FakeVeoOperation>()
  const requests: FakeVeoRequest[] = []
  const scripts: Record<FakeVeoPath, FakeVeoStep[]> = { submit: [], poll: [], download: [] }
  const outcomes: FakeVeoOperation['outcome'][] = []
  let submits = 0
  let baseUrl = ''
  const vertexPrefix = o.mode === 'vertex' ? `/v1/projects/${o.project}/locations/${o.location}/publishers/google/models/` : ''
  const json = (code: number, body: unknown, headers: Record<string, string> = {}): Out => [code, JSON.stringify(body), headers]
  const fail = (s: GoogleStatus, headers?: Record<string, string>): Out => json(s.code, { error: s }, headers)

  const auth = (req: IncomingMessage, url: URL): Out | undefined => {
    if (o.mode === 'gemini') {
      const key = (req.headers['x-goog-api-key'] as string | undefined) ?? url.searchParams.get('key') ?? undefined
      if (!key) return fail(status(403, "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API."))
      if (key !== o.apiKey)
        return fail(status(400, 'API key not valid. Please pass a valid API key.', [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } }]))
      return undefined
    }
    if (req.headers.authorization !== `Bearer ${o.token}`)
      return fail(status(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_TYPE_UNSUPPORTED', domain: 'googleapis.com' }]))
    return undefined
  }

  const opJson = (op: FakeVeoOperation) => {
    if (!op.done) return { name: op.name }
    const id = op.name.split('/').pop()
    if (op.outcome.kind === 'error') return { name: op.name, done: true, error: { code: op.outcome.code, message: op.outcome.message } }
    const filtered = op.outcome.kind === 'filtered' ? { raiMediaFilteredCount: 1, raiMediaFilteredReasons: [op.outcome.reason] } : {}
    if (o.mode === 'gemini') {
      const samples = op.outcome.kind === 'video' ? { generatedSamples: [{ video: { uri: `${baseUrl}/v1beta/files/${id}:download?alt=media` } }] } : {}
      return { name: op.name, done: true, response: { '@type': 'type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse', generateVideoResponse: { ...samples, ...filtered } } }
    }
    const storage = (op.body.parameters as Record<string, unknown> | undefined)?.storageUri
    const one = storage ? { gcsUri: `${String(storage).replace(/\/?$/, '/')}${id}/sample_0.mp4`, mimeType: 'video/mp4' } : { bytesBase64Encoded: Buffer.from(video).toString('base64'), mimeType: 'video/mp4' }
    const videos = op.outcome.kind === 'video' ? { videos: [one] } : {}
    return { name: op.name, done: true, response: { '@type': 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse', ...videos, ...filtered } }
  }

  const serveVideo = (req: IncomingMessage): Out => {
    return videoTriple(video, req.headers.range)
  }

  const handle = async (req: IncomingMessage, path: FakeVeoPath, url: URL): Promise<Out> => {
    const p = decodeURIComponent(url.pathname)
    if (path === 'download') {
      const signed = p.startsWith('/signed/') ? p.slice('/signed/'.length) : undefined
      if (signed) return [...operations.keys()].some((n) => n.endsWith(`/${signed}`)) ? serveVideo(req) : fail(status(404, 'Not found.'))
      const denied = auth(req, url)
      if (denied) return denied
      if (o.mode === 'gemini') {
        const id = /^\/v1beta\/files\/([\w-]+):download$/.exec(p)?.[1] ?? ''
        const op = [...operations.values()].find((x) => x.name.endsWith(`/${id}`) && x.done)
        return op ? [302, '', { location: `/signed/${op.name.split('/').pop()}?sig=${randomUUID()}` }] : fail(status(404, 'File not found.'))
      }
      const object = /^\/storage\/v1\/b\/[^/]+\/o\/(.+)$/.exec(p)?.[1] ?? ''
      const op = [...operations.values()].find((x) => x.done && object.includes(String(x.name.split('/').pop())))
      return op && url.searchParams.get('alt') === 'media' ? serveVideo(req) : fail(status(404, 'No such object.'))
    }
    const denied = auth(req, url)
    if (denied) return denied
    const model = (o.mode === 'gemini' ? /^\/v1beta\/models\/([\w.-]+)[:/]/ : /\/models\/([\w.-]+)[:/]/).exec(p)?.[1] ?? ''
    if (!/^veo-[\w.-]+$/.test(model)) return fail(status(404, `models/${model} is not found for API version ${o.mode === 'gemini' ? 'v1beta' : 'v1'}.`))
    if (path === 'submit') {
      const body = await readJson(req)
      const problem = validateVeoBody(body, { vertex: o.mode === 'vertex', model })
      if (problem) return fail(problem)
      const id = o.mode === 'gemini' ? randomUUID().replace(/-/g, '').slice(0, 12) : randomUUID()
      const name = o.mode === 'gemini' ? `models/${model}/operations/${id}` : `projects/${o.project}/locations/${o.location}/publishers/google/models/${model}/operations/${id}`
      operations.set(name, { name, model, body: body as Record<string, unknown>, done: false, polls: 0, outcome: outcomes.shift() ?? { kind: 'video' } })
      return json(200, { name })
    }
    const name = o.mode === 'gemini' ? p.slice('/v1beta/'.length) : String(((await readJson(req)) as Record<string, unknown> | undefined)?.operationName ?? '')
    const op = operations.get(name)
    if (!op) return fail(status(404, 'Operation not found.'))
    if (!op.done && ++op.polls >= (o.pollsToFinish ?? 2)) op.done = true
    return json(200, opJson(op))
  }

  const pathOf = (method: string, p: string): FakeVeoPath | undefined => {
    if (o.mode === 'gemini') {
      if (method === 'POST' && /^\/v1beta\/models\/[\w.-]+:predictLongRunning$/.test(p)) return 'submit'
      if (method === 'GET' && /^\/v1beta\/models\/[\w.-]+\/operations\/[\w-]+$/.test(p)) return 'poll'
    } else if (p.startsWith(vertexPrefix) && method === 'POST') {
      if (p.endsWith(':predictLongRunning')) return 'submit'
      if (p.endsWith(':fetchPredictOperation')) return 'poll'
    }
    if (method === 'GET' && (/^\/v1beta\/files\/[\w-]+:download$/.test(p) || p.startsWith('/signed/') || p.startsWith('/storage/v1/b/'))) return 'download'
    return undefined
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const path = pathOf(method, decodeURIComponent(url.pathname))
    const entry: FakeVeoRequest = { method, path: url.pathname, status: 0, apiKey: req.headers['x-goog-api-key'] as string | undefined, authorization: req.headers.authorization, range: req.headers.range }
    requests.push(entry)
    const respond = async () => {
      if (path === 'submit') submits++
      const step = path ? scripts[path].shift() : undefined
      if (step?.type === 'slow') await new Promise((r) => setTimeout(r, step.delayMs))
      let out: Out
      if (!path) out = fail(status(404, `Method not found: ${method} ${url.pathname}`))
      else if (step?.type === 'error') out = fail(step.error, { ...step.headers })
      else if (step?.type === 'malformed') out = [200, '{"name": "models/', {}]
      else out = await handle(req, path, url)
      if (step?.type === 'lose-response') out = fail(status(500, 'Internal error encountered.'))
      entry.status = out[0]
      if (res.destroyed) return
      res.writeHead(out[0], { 'content-type': 'application/json; charset=UTF-8', ...out[2] })
      res.end(out[1])
    }
    respond().catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  const listening = await listenLocal(server)
  baseUrl = listening.baseUrl

  return {
    baseUrl,
    get submits() {
      return submits
    },
    operations,
    requests,
    video,
    script: (path, ...steps) => void scripts[path].push(...steps),
    failNextOperation: (x) => void outcomes.push('filtered' in x ? { kind: 'filtered', reason: x.filtered } : { kind: 'error', ...x }),
    close: listening.close,
  }
}
