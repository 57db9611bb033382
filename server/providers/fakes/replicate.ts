/**
 * A stand-in for Replicate's HTTP API on 127.0.0.1 (port 0), following its documented contract
 * (research/providers.md section 9b): `Authorization: Bearer <token>` (401 problem JSON otherwise),
 * POST /v1/models/{owner}/{name}/predictions with `{ input }` checked against the model's inputs (422
 * `invalid_fields` naming the field), GET /v1/predictions/{id} going starting -> processing ->
 * succeeded with `output` a file URL, POST /v1/predictions/{id}/cancel, and the output with Range.
 * For tests only; point REPLICATE_BASE_URL here.
 */
import { randomBytes } from 'node:crypto'
import { type Reply, type ScriptStep, type ScriptedServer, fakeVideoBytes, startScriptedServer, videoReply } from './scripted'

export type FakeReplicatePath = 'create' | 'get' | 'cancel' | 'output'

const problem = (status: number, title: string, detail: string, extra: Record<string, unknown> = {}) => ({ title, detail, status, ...extra })

export const REPLICATE_FAKE_ERRORS = {
  unauthorized: { type: 'respond', status: 401, body: problem(401, 'Unauthenticated', 'You did not pass a valid authentication token') },
  throttled: (retryAfterS: number): ScriptStep => ({ type: 'respond', status: 429, body: problem(429, 'Request was throttled', `Request was throttled. Expected available in ${retryAfterS} seconds.`), headers: { 'retry-after': String(retryAfterS) } }),
  serverError: { type: 'respond', status: 500, body: problem(500, 'Internal Server Error', 'Something went wrong') },
  paymentRequired: { type: 'respond', status: 402, body: problem(402, 'Payment Required', 'You have insufficient credit to run this model.') },
} as const satisfies Record<string, ScriptStep | ((s: number) => ScriptStep)>

export interface FakePrediction {
  readonly id: string
  readonly model: string
  readonly input: Record<string, unknown>
  status: 'starting' | 'processing' | 'succeeded' | 'failed' | 'canceled'
  polls: number
  readonly failWith?: string
}

export interface FakeReplicate extends ScriptedServer<FakeReplicatePath> {
  readonly predictions: ReadonlyMap<string, FakePrediction>
  readonly video: Uint8Array
  /** The next prediction ends `failed` with this error. */
  failNextPrediction(error: string): void
}

/** minimax/video-01-director's inputs (Replicate's model page). */
const INPUTS: Record<string, (v: unknown) => boolean> = {
  prompt: (v) => typeof v === 'string' && v.length > 0,
  prompt_optimizer: (v) => typeof v === 'boolean',
  first_frame_image: (v) => typeof v === 'string' && /^(https?:\/\/|data:image\/(png|jpeg|webp);base64,)/.test(v),
}

const invalid = (field: string, description: string): Reply => ({
  status: 422,
  body: problem(422, 'Input validation failed', `- input.${field}: ${description}`, { invalid_fields: [{ type: 'invalid', field: `input.${field}`, description }] }),
})

export const startFakeReplicate = async (o: { readonly apiToken: string; readonly pollsToFinish?: number; readonly video?: Uint8Array }): Promise<FakeReplicate> => {
  const video = o.video ?? fakeVideoBytes()
  const predictions = new Map<string, FakePrediction>()
  const failures: string[] = []
  let baseUrl = ''

  const view = (p: FakePrediction) => ({
    id: p.id,
    model: p.model,
    version: 'hidden',
    input: p.input,
    logs: p.status === 'processing' ? ' 40%|████      | 2/5 [00:02<00:03]\n' : '',
    output: p.status === 'succeeded' ? `${baseUrl}/delivery/${p.id}/output.mp4` : null,
    error: p.status === 'failed' ? p.failWith : null,
    status: p.status,
    created_at: new Date().toISOString(),
    urls: { get: `${baseUrl}/v1/predictions/${p.id}`, cancel: `${baseUrl}/v1/predictions/${p.id}/cancel` },
  })

  const handle = (path: FakeReplicatePath, { req, url, body }: { req: { headers: Record<string, string | undefined> }; url: URL; body: string }): Reply => {
    if (path === 'output') {
      const id = url.pathname.split('/')[2]
      return predictions.get(id)?.status === 'succeeded' ? videoReply(video, req.headers.range) : { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } }
    }
    if (req.headers.authorization !== `Bearer ${o.apiToken}`) return { status: 401, body: REPLICATE_FAKE_ERRORS.unauthorized.body }
    if (path === 'create') {
      const model = url.pathname.split('/').slice(3, 5).join('/')
      if (model !== 'minimax/video-01-director') return { status: 404, body: problem(404, 'Not found', 'The requested resource could not be found.') }
      let parsed: { input?: Record<string, unknown> }
      try {
        parsed = JSON.parse(body)
      } catch {
        return { status: 400, body: problem(400, 'Bad request', 'The request body is not valid JSON.') }
      }
      const input = parsed?.input
      if (!input || typeof input !== 'object') return invalid('input', 'Invalid type. Expected: object')
      for (const [k, v] of Object.entries(input)) {
        if (!INPUTS[k]) return invalid(k, 'Additional property is not allowed')
        if (!INPUTS[k](v)) return invalid(k, 'Invalid value')
      }
      if (input.prompt === undefined) return invalid('prompt', 'prompt is required')
      const failWith = failures.shift()
      const p: FakePrediction = { id: randomBytes(13).toString('hex').slice(0, 26), model, input, status: 'starting', polls: 0, ...(failWith ? { failWith } : {}) }
      predictions.set(p.id, p)
      return { status: 201, body: view(p) }
    }
    const p = predictions.get(url.pathname.split('/')[3])
    if (!p) return { status: 404, body: problem(404, 'Not found', 'The requested resource could not be found.') }
    if (path === 'cancel') {
      if (p.status === 'starting' || p.status === 'processing') p.status = 'canceled'
      return { status: 200, body: view(p) }
    }
    if (p.status === 'starting' || p.status === 'processing') {
      p.polls++
      p.status = p.polls >= (o.pollsToFinish ?? 2) ? (p.failWith ? 'failed' : 'succeeded') : 'processing'
    }
    return { status: 200, body: view(p) }
  }

  const server = await startScriptedServer<FakeReplicatePath>({
    route: (method, p) => {
      if (method === 'POST' && /^\/v1\/models\/[^/]+\/[^/]+\/predictions$/.test(p)) return 'create'
      if (method === 'GET' && /^\/v1\/predictions\/[^/]+$/.test(p)) return 'get'
      if (method === 'POST' && /^\/v1\/predictions\/[^/]+\/cancel$/.test(p)) return 'cancel'
      if (method === 'GET' && p.startsWith('/delivery/')) return 'output'
      return undefined
    },
    handle: (path, call) => handle(path, call as never),
    notFound: { status: 404, body: problem(404, 'Not found', 'The requested resource could not be found.') },
    lost: { status: 500, body: REPLICATE_FAKE_ERRORS.serverError.body },
  })
  baseUrl = server.baseUrl
  return { ...server, predictions, video, failNextPrediction: (error) => void failures.push(error) }
}
