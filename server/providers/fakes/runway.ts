/**
 * A stand-in for Runway's API on 127.0.0.1 (port 0), following the official SDK (@runwayml/sdk,
 * generated from Runway's OpenAPI spec) and research/providers.md section 2: `Authorization: Bearer
 * <secret>` (else 401 `{ error }`), `X-Runway-Version: 2024-11-06` (else 400), POST
 * /v1/image_to_video and /v1/text_to_video with the body checked per model (400 `{ error }` naming
 * the field, as Runway answers "Invalid parameter 'promptText'"), GET /v1/tasks/{id} through PENDING
 * / RUNNING (progress) / SUCCEEDED (output URLs) or FAILED (failure, failureCode), DELETE
 * /v1/tasks/{id} (cancelled and deleted tasks are gone: 404 after), and the output served with Range.
 * For tests only; point RUNWAY_BASE_URL at it.
 */
import { randomUUID } from 'node:crypto'
import { type CommonStep, type FakeServerCall, type Reply, fakeVideoBytes, jsonReply, startFakeServer, videoReply } from './scripted'

export type FakeRunwayPath = 'submit' | 'poll' | 'delete' | 'video'

export type FakeRunwayStep =
  | { readonly type: 'error'; readonly status: number; readonly error: string; readonly headers?: Readonly<Record<string, string>> }
  | CommonStep

export const RUNWAY_FAKE_ERRORS = {
  unauthorized: { type: 'error', status: 401, error: 'Invalid API secret' },
  rateLimited: (retryAfterS: number | string): FakeRunwayStep => ({ type: 'error', status: 429, error: 'Too many requests', headers: { 'retry-after': String(retryAfterS) } }),
  serverError: { type: 'error', status: 502, error: 'Bad gateway' },
  unavailable: { type: 'error', status: 503, error: 'Service unavailable' },
  noCredits: { type: 'error', status: 400, error: 'You do not have enough credits to run this task.' },
} as const satisfies Record<string, FakeRunwayStep | ((s: number) => FakeRunwayStep)>

export interface FakeRunwayTask {
  readonly id: string
  readonly endpoint: 'image_to_video' | 'text_to_video'
  readonly body: Record<string, unknown>
  status: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED'
  polls: number
  deleted: boolean
  readonly failWith?: { readonly failure: string; readonly failureCode: string }
}

export interface FakeRunwayRequest {
  readonly method: string
  readonly path: string
  status: number
  readonly authorization?: string
  readonly version?: string
  readonly range?: string
}

export interface FakeRunway {
  readonly baseUrl: string
  readonly submits: number
  readonly tasks: ReadonlyMap<string, FakeRunwayTask>
  readonly requests: readonly FakeRunwayRequest[]
  readonly video: Uint8Array
  script(path: FakeRunwayPath, ...steps: FakeRunwayStep[]): void
  failNextTask(failure: string, failureCode?: string): void
  close(): Promise<void>
}

const I2V_RATIOS = ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672']
const T2V_RATIOS = ['1280:720', '720:1280']
const KNOWN = ['model', 'promptImage', 'promptText', 'ratio', 'duration', 'seed', 'contentModeration']
const bad = (field: string) => `Invalid parameter '${field}'`

/** The first problem with a create body (as Runway words it, naming the field), or undefined. */
export const validateRunwayBody = (endpoint: FakeRunwayTask['endpoint'], b: unknown): string | undefined => {
  if (!b || typeof b !== 'object' || Array.isArray(b)) return 'Invalid request body'
  const body = b as Record<string, unknown>
  const extra = Object.keys(body).find((k) => !KNOWN.includes(k))
  if (extra) return bad(extra)
  const models = endpoint === 'image_to_video' ? ['gen4_turbo', 'gen4.5'] : ['gen4.5']
  if (!models.includes(String(body.model))) return bad('model')
  if (endpoint === 'image_to_video') {
    const img = body.promptImage
    const ok = typeof img === 'string' && (/^https:\/\/[^/]/.test(img) || (/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/.test(img) && img.length <= 5 * 1024 * 1024))
    if (!ok) return bad('promptImage')
  } else if (body.promptImage !== undefined) return bad('promptImage')
  const textRequired = body.model === 'gen4.5'
  if ((textRequired || body.promptText !== undefined) && (typeof body.promptText !== 'string' || !body.promptText || body.promptText.length > 1000)) return bad('promptText')
  if (!(endpoint === 'text_to_video' ? T2V_RATIOS : I2V_RATIOS).includes(String(body.ratio))) return bad('ratio')
  const d = body.duration
  if (body.model === 'gen4.5' ? !(Number.isInteger(d) && (d as number) >= 2 && (d as number) <= 10) : d !== undefined && d !== 5 && d !== 10) return bad('duration')
  if (body.seed !== undefined && !(Number.isInteger(body.seed) && (body.seed as number) >= 0 && (body.seed as number) <= 4294967295)) return bad('seed')
  return undefined
}

export const startFakeRunway = async (o: { apiSecret: string; pollsToFinish?: number; video?: Uint8Array }): Promise<FakeRunway> => {
  const video = o.video ?? fakeVideoBytes()
  const tasks = new Map<string, FakeRunwayTask>()
  const failures: { failure: string; failureCode: string }[] = []
  const finishAt = o.pollsToFinish ?? 2
  let baseUrl = ''

  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => jsonReply(status, body, headers, 'application/json; charset=utf-8')
  const view = (t: FakeRunwayTask) => {
    const base = { id: t.id, createdAt: new Date().toISOString(), status: t.status }
    if (t.status === 'RUNNING') return { ...base, progress: t.polls / finishAt, estimatedCost: { credits: 25 } }
    if (t.status === 'SUCCEEDED') return { ...base, output: [`${baseUrl}/files/${t.id}.mp4`], cost: { credits: 25 } }
    if (t.status === 'FAILED') return { ...base, ...t.failWith, cost: { credits: 0 } }
    return { ...base, estimatedCost: { credits: 25 } }
  }

  const handle = (path: FakeRunwayPath, { req, url, body: raw }: FakeServerCall<FakeRunwayRequest>): Reply => {
    if (path === 'video') {
      const id = /^\/files\/([\w-]+)\.mp4$/.exec(url.pathname)?.[1]
      const t = id ? tasks.get(id) : undefined
      if (!t || t.deleted || t.status !== 'SUCCEEDED') return { status: 403, body: 'AccessDenied', headers: { 'content-type': 'text/plain' } }
      return videoReply(video, req.headers.range)
    }
    if (req.headers.authorization !== `Bearer ${o.apiSecret}`) return json(401, { error: 'Invalid API secret' })
    if (req.headers['x-runway-version'] !== '2024-11-06') return json(400, { error: 'Invalid or missing X-Runway-Version header' })
    if (path === 'submit') {
      const endpoint = url.pathname === '/v1/image_to_video' ? 'image_to_video' : 'text_to_video'
      let body: unknown
      try {
        body = JSON.parse(raw)
      } catch {
        return json(400, { error: 'Invalid JSON body' })
      }
      const problem = validateRunwayBody(endpoint, body)
      if (problem) return json(400, { error: problem })
      const failWith = failures.shift()
      const t: FakeRunwayTask = { id: randomUUID(), endpoint, body: body as Record<string, unknown>, status: 'PENDING', polls: 0, deleted: false, ...(failWith ? { failWith } : {}) }
      tasks.set(t.id, t)
      return json(200, { id: t.id, estimatedCost: { credits: 25 } })
    }
    const t = tasks.get(decodeURIComponent(url.pathname.slice('/v1/tasks/'.length)))
    if (!t || t.deleted) return json(404, { error: 'Task not found' })
    if (path === 'delete') {
      t.deleted = true
      if (t.status === 'PENDING' || t.status === 'RUNNING') t.status = 'CANCELLED'
      return { status: 204, body: '', headers: {} }
    }
    if (t.status === 'PENDING' || t.status === 'RUNNING') {
      t.polls++
      t.status = t.polls >= finishAt ? (t.failWith ? 'FAILED' : 'SUCCEEDED') : t.polls === 1 && finishAt > 2 ? 'PENDING' : 'RUNNING'
    }
    return json(200, view(t))
  }

  const pathOf = (method: string, pathname: string): FakeRunwayPath | undefined => {
    if (method === 'POST' && (pathname === '/v1/image_to_video' || pathname === '/v1/text_to_video')) return 'submit'
    if (/^\/v1\/tasks\/[\w-]+$/.test(pathname)) return method === 'GET' ? 'poll' : method === 'DELETE' ? 'delete' : undefined
    if (method === 'GET' && pathname.startsWith('/files/')) return 'video'
    return undefined
  }

  const server = await startFakeServer<FakeRunwayPath, FakeRunwayStep, FakeRunwayRequest>({
    route: pathOf,
    record: ({ req, method, url }) => ({ method, path: url.pathname, status: 0, authorization: req.headers.authorization, version: req.headers['x-runway-version'] as string | undefined, range: req.headers.range }),
    handle,
    answer: (step) => json(step.status, { error: step.error }, { ...step.headers }),
    notFound: () => json(404, { error: 'Not found' }),
    malformed: '{"id":',
    lost: () => json(500, { error: 'Internal server error' }),
    failed: () => ({ status: 500, body: '{"error":"Internal server error"}', headers: { 'content-type': 'application/json' } }),
    baseHeaders: {},
  })
  baseUrl = server.baseUrl

  return {
    baseUrl,
    get submits() {
      return server.count('submit')
    },
    tasks,
    requests: server.requests,
    video,
    script: server.script,
    failNextTask: (failure, failureCode = 'INTERNAL.BAD_OUTPUT.CODE01') => void failures.push({ failure, failureCode }),
    close: server.close,
  }
}
