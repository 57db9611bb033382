/**
 * A stand-in for Kling's API on 127.0.0.1 (port 0), following Kling's documented contract
 * (research/providers.md section 1 and Kling's "Error Codes" table): it verifies the HS256 JWT
 * (signature with the secret key, iss = access key, exp/nbf), serves Kling's paths with Kling's
 * `{ code, message, request_id, data }` envelope, validates request bodies (400 code 1201),
 * advances tasks submitted -> processing -> succeed over polls and serves the video with Range.
 * Tests script misbehaviour per path with `script()`. For tests only; point KLING_BASE_URL at it.
 */
import { randomUUID } from 'node:crypto'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errors as joseErrors, jwtVerify } from 'jose'
import { validateKlingBody } from './klingBody'

export type FakeKlingPath = 'submit' | 'poll' | 'video'

export type FakeKlingStep =
  /** Answers with Kling's error envelope instead of doing the work. */
  | { readonly type: 'error'; readonly status: number; readonly code: number; readonly message: string; readonly headers?: Readonly<Record<string, string>> }
  /** Answers 200 with a body that is not JSON. */
  | { readonly type: 'malformed' }
  /** Waits, then answers normally. */
  | { readonly type: 'slow'; readonly delayMs: number }
  /** Does the work (a submit creates its task), then answers 500 as if the answer were lost. */
  | { readonly type: 'lose-response' }

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

/** A few hundred bytes that start like an MP4 (an ftyp box, then an mdat of filler). */
export const fakeVideoBytes = (size = 2048): Uint8Array => {
  const out = new Uint8Array(size)
  out.set([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypisom'), 0, 0, 2, 0, ...new TextEncoder().encode('isommp41')])
  const mdat = size - 0x18
  out.set([(mdat >>> 24) & 255, (mdat >>> 16) & 255, (mdat >>> 8) & 255, mdat & 255, ...new TextEncoder().encode('mdat')], 0x18)
  for (let i = 0x20; i < size; i++) out[i] = i % 251
  return out
}

const send = (res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(body)
}
const envelope = (code: number, message: string, data?: unknown) => JSON.stringify({ code, message, request_id: randomUUID(), ...(data !== undefined ? { data } : {}) })
const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

/** The byte range a Range header asks for, or 'bad' (416), or undefined (whole file). */
export const parseRange = (header: string | undefined, size: number): { start: number; end: number } | 'bad' | undefined => {
  if (!header) return undefined
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return 'bad'
  if (m[1] === '') return { start: Math.max(0, size - Number(m[2])), end: size - 1 }
  const start = Number(m[1])
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  return start >= size || end < start ? 'bad' : { start, end }
}

export const startFakeKling = async (o: FakeKlingOptions): Promise<FakeKling> => {
  const now = o.now ?? Date.now
  const video = o.video ?? fakeVideoBytes()
  const tasks = new Map<string, FakeKlingTask>()
  const requests: FakeKlingRequest[] = []
  const scripts: Record<FakeKlingPath, FakeKlingStep[]> = { submit: [], poll: [], video: [] }
  const failures: string[] = []
  let submits = 0
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

  const handle = async (req: IncomingMessage, path: FakeKlingPath, url: URL, index: number): Promise<[number, string | Uint8Array, Record<string, string>?]> => {
    if (path === 'video') {
      const id = /^\/files\/([\w-]+)\.mp4$/.exec(url.pathname)?.[1]
      if (!id || tasks.get(id)?.status !== 'succeed') return [404, 'not found', { 'content-type': 'text/plain' }]
      const range = parseRange(req.headers.range, video.length)
      const base = { 'content-type': 'video/mp4', 'accept-ranges': 'bytes' }
      if (range === 'bad') return [416, '', { ...base, 'content-range': `bytes */${video.length}` }]
      if (!range) return [200, video, base]
      return [206, video.subarray(range.start, range.end + 1), { ...base, 'content-range': `bytes ${range.start}-${range.end}/${video.length}` }]
    }
    const who = await auth(req.headers.authorization)
    if (!('jwt' in who)) return [401, envelope(who.code, who.message)]
    requests[index] = { ...requests[index], jwt: who.jwt }
    const kind = /^\/v1\/videos\/(text2video|image2video)/.exec(url.pathname)?.[1] as FakeKlingTask['kind']
    if (path === 'submit') {
      let body: unknown
      try {
        body = JSON.parse(await readBody(req))
      } catch {
        return [400, envelope(1200, 'Invalid request parameters: the body is not JSON')]
      }
      const problem = validateKlingBody(kind, body)
      if (problem) return [400, envelope(1201, problem)]
      const b = body as Record<string, unknown>
      const externalId = typeof b.external_task_id === 'string' ? b.external_task_id : undefined
      if (externalId && [...tasks.values()].some((t) => t.externalId === externalId)) return [400, envelope(1201, 'external_task_id already exists')]
      const failWith = failures.shift()
      const task: FakeKlingTask = { id: randomUUID(), kind, externalId, body: b, status: 'submitted', polls: 0, ...(failWith ? { failWith } : {}) }
      tasks.set(task.id, task)
      return [200, envelope(0, 'SUCCEED', taskData(task))]
    }
    const id = decodeURIComponent(url.pathname.split('/')[4] ?? '')
    const task = [...tasks.values()].find((t) => t.kind === kind && (t.id === id || t.externalId === id))
    if (!task) return [404, envelope(1203, 'Task not found')]
    if (task.status === 'submitted' || task.status === 'processing') {
      task.polls++
      task.status = task.polls >= (o.pollsToFinish ?? 2) ? (task.failWith ? 'failed' : 'succeed') : 'processing'
    }
    return [200, envelope(0, 'SUCCEED', taskData(task))]
  }

  const pathOf = (method: string, pathname: string): FakeKlingPath | undefined => {
    if (method === 'POST' && /^\/v1\/videos\/(text2video|image2video)$/.test(pathname)) return 'submit'
    if (method === 'GET' && /^\/v1\/videos\/(text2video|image2video)\/[^/]+$/.test(pathname)) return 'poll'
    if (method === 'GET' && pathname.startsWith('/files/')) return 'video'
    return undefined
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const path = pathOf(method, url.pathname)
    const entry: FakeKlingRequest = { method, path: url.pathname, status: 0, range: req.headers.range, authorization: req.headers.authorization }
    requests.push(entry)
    const index = requests.length - 1
    const respond = async () => {
      if (path === 'submit') submits++
      const step = path ? scripts[path].shift() : undefined
      if (step?.type === 'slow') await new Promise((r) => setTimeout(r, step.delayMs))
      let out: [number, string | Uint8Array, Record<string, string>?]
      if (!path) out = [404, envelope(1202, 'Invalid request method')]
      else if (step?.type === 'error') out = [step.status, envelope(step.code, step.message), { ...step.headers }]
      else if (step?.type === 'malformed') out = [200, '{"code":0,"data":{"task_id":', {}]
      else out = await handle(req, path, url, index)
      if (step?.type === 'lose-response') out = [500, envelope(5000, 'Server internal error')]
      requests[index] = { ...requests[index], status: out[0] }
      if (!res.destroyed) send(res, out[0], out[1], out[2])
    }
    respond().catch(() => {
      if (!res.headersSent) send(res, 500, envelope(5000, 'Server internal error'))
    })
  })
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    baseUrl,
    get submits() {
      return submits
    },
    tasks,
    requests,
    video,
    script: (path, ...steps) => void scripts[path].push(...steps),
    failNextTask: (message) => void failures.push(message),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
