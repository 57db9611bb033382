/**
 * A stand-in for Kling's API on 127.0.0.1 (port 0), following Kling's documented contract
 * (research/providers.md section 1 and Kling's "Error Codes" table): it verifies the HS256 JWT
 * (signature with the secret key, iss = access key, exp/nbf), serves Kling's paths with Kling's
 * `{ code, message, request_id, data }` envelope, validates request bodies (400 code 1201),
 * advances tasks submitted -> processing -> succeed over polls and serves the video with Range.
 * Tests script misbehaviour per path with `script()`. For tests only; point KLING_BASE_URL at it.
 */
import { randomUUID } from 'node:crypto'
import { errors as joseErrors, jwtVerify } from 'jose'
import { validateKlingBody } from './klingBody'
import { type CommonStep, type FakeServerCall, type Reply, fakeVideoBytes, startFakeServer, videoReply } from './scripted'

export { fakeVideoBytes, parseRange } from './scripted'

export type FakeKlingPath = 'submit' | 'poll' | 'video'

export type FakeKlingStep =
  /** Answers with Kling's error envelope instead of doing the work. */
  | { readonly type: 'error'; readonly status: number; readonly code: number; readonly message: string; readonly headers?: Readonly<Record<string, string>> }
  | CommonStep

export const KLING_FAKE_ERRORS = {
  unauthorized: { type: 'error', status: 401, code: 1000, message: 'Authentication failed' },
  rateLimited: (retryAfterS: number | string): FakeKlingStep => ({ type: 'error', status: 429, code: 1302, message: 'Rate limit exceeded', headers: { 'retry-after': String(retryAfterS) } }),
  serverError: { type: 'error', status: 500, code: 5000, message: 'Server internal error' },
  arrears: { type: 'error', status: 429, code: 1101, message: 'Account is in arrears' },
  policy: { type: 'error', status: 400, code: 1301, message: 'Content security policy triggered' },
} as const satisfies Record<string, FakeKlingStep | ((s: number) => FakeKlingStep)>

export interface FakeKlingTask {
  readonly id: string
  readonly kind: 'text2video' | 'image2video'
  readonly externalId?: string
  readonly body: Record<string, unknown>
  status: 'submitted' | 'processing' | 'succeed' | 'failed'
  polls: number
  readonly failWith?: string
}

export interface FakeKlingRequest {
  readonly method: string
  readonly path: string
  readonly status: number
  /** The verified token's header and claims (API paths with a valid token). */
  readonly jwt?: { readonly header: Record<string, unknown>; readonly claims: Record<string, unknown> }
  readonly range?: string
  readonly authorization?: string
}

export interface FakeKlingOptions {
  readonly accessKey: string
  readonly secretKey: string
  /** Polls before a task finishes (default 2: processing, then succeed). */
  readonly pollsToFinish?: number
  readonly video?: Uint8Array
  /** Epoch ms, for token checks. */
  readonly now?: () => number
  /** Port to listen on (default: any free one). */
  readonly port?: number
}

export interface FakeKling {
  readonly baseUrl: string
  /** POSTs to a create-task path that reached the handler (scripted ones included). */
  readonly submits: number
  readonly tasks: ReadonlyMap<string, FakeKlingTask>
  readonly requests: readonly FakeKlingRequest[]
  readonly video: Uint8Array
  /** Queues misbehaviour for the next requests on that path, one step per request. */
  script(path: FakeKlingPath, ...steps: FakeKlingStep[]): void
  /** The next task created ends `failed` with this task_status_msg. */
  failNextTask(message: string): void
  close(): Promise<void>
}

const envelope = (code: number, message: string, data?: unknown) => JSON.stringify({ code, message, request_id: randomUUID(), ...(data !== undefined ? { data } : {}) })
const answer = (status: number, body: string, headers?: Readonly<Record<string, string>>): Reply => ({ status, body, headers })

export const startFakeKling = async (o: FakeKlingOptions): Promise<FakeKling> => {
  const now = o.now ?? Date.now
  const video = o.video ?? fakeVideoBytes()
  const tasks = new Map<string, FakeKlingTask>()
  const failures: string[] = []
  let baseUrl = ''

  const auth = async (header: string | undefined) => {
    if (!header) return { code: 1001, message: 'Authorization is empty' } as const
    const m = /^Bearer (\S+)$/.exec(header)
    if (!m) return { code: 1002, message: 'Authorization is invalid' } as const
    try {
      const { payload, protectedHeader } = await jwtVerify(m[1], new TextEncoder().encode(o.secretKey), {
        algorithms: ['HS256'],
        issuer: o.accessKey,
        requiredClaims: ['exp', 'nbf'],
        currentDate: new Date(now()),
      })
      return { jwt: { header: { ...protectedHeader }, claims: { ...payload } } }
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) return { code: 1004, message: 'Authorization is expired' } as const
      if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'nbf') return { code: 1003, message: 'Authorization is not active yet' } as const
      return { code: 1000, message: 'Authentication failed' } as const
    }
  }

  const taskData = (t: FakeKlingTask) => ({
    task_id: t.id,
    task_status: t.status,
    ...(t.status === 'failed' ? { task_status_msg: t.failWith } : {}),
    task_info: t.externalId ? { external_task_id: t.externalId } : {},
    created_at: now(),
    updated_at: now(),
    ...(t.status === 'succeed' ? { task_result: { videos: [{ id: `v-${t.id}`, url: `${baseUrl}/files/${t.id}.mp4`, duration: String(t.body.duration ?? '5') }] } } : {}),
  })

  const handle = async (path: FakeKlingPath, { req, url, body: raw, note }: FakeServerCall<FakeKlingRequest>): Promise<Reply> => {
    if (path === 'video') {
      const id = /^\/files\/([\w-]+)\.mp4$/.exec(url.pathname)?.[1]
      if (!id || tasks.get(id)?.status !== 'succeed') return answer(404, 'not found', { 'content-type': 'text/plain' })
      return videoReply(video, req.headers.range)
    }
    const who = await auth(req.headers.authorization)
    if (!('jwt' in who)) return answer(401, envelope(who.code, who.message))
    note({ jwt: who.jwt })
    const kind = /^\/v1\/videos\/(text2video|image2video)/.exec(url.pathname)?.[1] as FakeKlingTask['kind']
    if (path === 'submit') {
      let body: unknown
      try {
        body = JSON.parse(raw)
      } catch {
        return answer(400, envelope(1200, 'Invalid request parameters: the body is not JSON'))
      }
      const problem = validateKlingBody(kind, body)
      if (problem) return answer(400, envelope(1201, problem))
      const b = body as Record<string, unknown>
      const externalId = typeof b.external_task_id === 'string' ? b.external_task_id : undefined
      if (externalId && [...tasks.values()].some((t) => t.externalId === externalId)) return answer(400, envelope(1201, 'external_task_id already exists'))
      const failWith = failures.shift()
      const task: FakeKlingTask = { id: randomUUID(), kind, externalId, body: b, status: 'submitted', polls: 0, ...(failWith ? { failWith } : {}) }
      tasks.set(task.id, task)
      return answer(200, envelope(0, 'SUCCEED', taskData(task)))
    }
    const id = decodeURIComponent(url.pathname.split('/')[4] ?? '')
    const task = [...tasks.values()].find((t) => t.kind === kind && (t.id === id || t.externalId === id))
    if (!task) return answer(404, envelope(1203, 'Task not found'))
    if (task.status === 'submitted' || task.status === 'processing') {
      task.polls++
      task.status = task.polls >= (o.pollsToFinish ?? 2) ? (task.failWith ? 'failed' : 'succeed') : 'processing'
    }
    return answer(200, envelope(0, 'SUCCEED', taskData(task)))
  }

  const pathOf = (method: string, pathname: string): FakeKlingPath | undefined => {
    if (method === 'POST' && /^\/v1\/videos\/(text2video|image2video)$/.test(pathname)) return 'submit'
    if (method === 'GET' && /^\/v1\/videos\/(text2video|image2video)\/[^/]+$/.test(pathname)) return 'poll'
    if (method === 'GET' && pathname.startsWith('/files/')) return 'video'
    return undefined
  }

  const server = await startFakeServer<FakeKlingPath, FakeKlingStep, FakeKlingRequest>({
    port: o.port,
    route: pathOf,
    record: ({ req, method, url }) => ({ method, path: url.pathname, status: 0, range: req.headers.range, authorization: req.headers.authorization }),
    handle,
    answer: (step) => answer(step.status, envelope(step.code, step.message), { ...step.headers }),
    notFound: () => answer(404, envelope(1202, 'Invalid request method')),
    malformed: '{"code":0,"data":{"task_id":',
    lost: () => answer(500, envelope(5000, 'Server internal error')),
    failed: () => answer(500, envelope(5000, 'Server internal error')),
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
    failNextTask: (message) => void failures.push(message),
    close: server.close,
  }
}
