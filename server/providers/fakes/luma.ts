/**
 * A stand-in for Luma's Dream Machine API on 127.0.0.1 (port 0), following the contract of the
 * official SDK (lumaai, generated from Luma's OpenAPI spec) and research/providers.md section 3:
 * `Authorization: Bearer <key>` (else 401 `{ detail }`), POST /dream-machine/v1/generations/video
 * with the body checked field by field (400 `{ detail }` naming the field), GET and DELETE
 * /dream-machine/v1/generations/{id}, states queued -> dreaming -> completed | failed over polls,
 * and the video at assets.video served with Range. Misbehaviour is scripted per path.
 * For tests only; point LUMA_BASE_URL at it.
 */
import { randomUUID } from 'node:crypto'
import { type CommonStep, type FakeServerCall, type Reply, fakeVideoBytes, jsonReply, startFakeServer, videoReply } from './scripted'

export type FakeLumaPath = 'submit' | 'poll' | 'delete' | 'video'

export type FakeLumaStep =
  | { readonly type: 'error'; readonly status: number; readonly detail: string; readonly headers?: Readonly<Record<string, string>> }
  | CommonStep

export const LUMA_FAKE_ERRORS = {
  unauthorized: { type: 'error', status: 401, detail: 'Invalid API key' },
  rateLimited: (retryAfterS: number | string): FakeLumaStep => ({ type: 'error', status: 429, detail: 'Too many requests', headers: { 'retry-after': String(retryAfterS) } }),
  serverError: { type: 'error', status: 500, detail: 'Internal server error' },
  unavailable: { type: 'error', status: 503, detail: 'Service temporarily unavailable' },
  noCredits: { type: 'error', status: 400, detail: 'Insufficient credits' },
} as const satisfies Record<string, FakeLumaStep | ((s: number) => FakeLumaStep)>

export interface FakeLumaGeneration {
  readonly id: string
  readonly body: Record<string, unknown>
  state: 'queued' | 'dreaming' | 'completed' | 'failed'
  polls: number
  deleted: boolean
  readonly failWith?: string
}

export interface FakeLumaRequest {
  readonly method: string
  readonly path: string
  status: number
  readonly authorization?: string
  readonly range?: string
}

export interface FakeLuma {
  readonly baseUrl: string
  readonly submits: number
  readonly generations: ReadonlyMap<string, FakeLumaGeneration>
  readonly requests: readonly FakeLumaRequest[]
  readonly video: Uint8Array
  script(path: FakeLumaPath, ...steps: FakeLumaStep[]): void
  /** The next generation made ends `failed` with this failure_reason. */
  failNextGeneration(reason: string): void
  close(): Promise<void>
}

const API = '/dream-machine/v1'
const ASPECTS = ['1:1', '16:9', '9:16', '4:3', '3:4', '21:9', '9:21']
const KNOWN = ['model', 'prompt', 'aspect_ratio', 'resolution', 'duration', 'concepts', 'keyframes', 'loop', 'callback_url', 'generation_type']

/** The first problem with a create body, naming the field, or undefined. */
export const validateLumaBody = (b: unknown): string | undefined => {
  if (!b || typeof b !== 'object' || Array.isArray(b)) return 'body must be an object'
  const body = b as Record<string, unknown>
  const extra = Object.keys(body).find((k) => !KNOWN.includes(k))
  if (extra) return `${extra}: extra fields not permitted`
  if (body.model !== 'ray-2' && body.model !== 'ray-flash-2') return "model: must be 'ray-2' or 'ray-flash-2'"
  if (body.prompt !== undefined && typeof body.prompt !== 'string') return 'prompt: must be a string'
  if (body.aspect_ratio !== undefined && !ASPECTS.includes(String(body.aspect_ratio))) return `aspect_ratio: must be one of ${ASPECTS.join(', ')}`
  if (body.duration !== undefined && !/^\d+s$/.test(String(body.duration))) return "duration: must look like '5s'"
  if (body.resolution !== undefined && typeof body.resolution !== 'string') return 'resolution: must be a string'
  if (body.loop !== undefined && typeof body.loop !== 'boolean') return 'loop: must be a boolean'
  if (body.concepts !== undefined && (!Array.isArray(body.concepts) || body.concepts.some((c) => typeof (c as { key?: unknown })?.key !== 'string')))
    return 'concepts: must be a list of { key }'
  if (body.keyframes !== undefined) {
    const k = body.keyframes as Record<string, Record<string, unknown> | undefined>
    if (!k || typeof k !== 'object') return 'keyframes: must be an object'
    for (const f of Object.keys(k)) {
      const frame = k[f]
      if (f !== 'frame0' && f !== 'frame1') return `keyframes: unknown frame ${f}`
      const ok = frame?.type === 'image' ? typeof frame.url === 'string' && /^https?:\/\/[^/]/.test(frame.url) : frame?.type === 'generation' && typeof frame.id === 'string'
      if (!ok) return `keyframes: ${f} must be { type: 'image', url } with a public http(s) url or { type: 'generation', id }`
    }
  }
  return undefined
}

export const startFakeLuma = async (o: { apiKey: string; pollsToFinish?: number; video?: Uint8Array }): Promise<FakeLuma> => {
  const video = o.video ?? fakeVideoBytes()
  const generations = new Map<string, FakeLumaGeneration>()
  const failures: string[] = []
  let baseUrl = ''

  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => jsonReply(status, body, headers)
  const view = (g: FakeLumaGeneration) => ({
    id: g.id,
    generation_type: 'video',
    state: g.state,
    failure_reason: g.state === 'failed' ? g.failWith : null,
    created_at: new Date().toISOString(),
    model: g.body.model,
    request: g.body,
    assets: g.state === 'completed' ? { video: `${baseUrl}/files/${g.id}.mp4`, image: null, progress_video: null } : null,
  })

  const handle = (path: FakeLumaPath, { req, url, body: raw }: FakeServerCall<FakeLumaRequest>): Reply => {
    if (path === 'video') {
      const id = /^\/files\/([\w-]+)\.mp4$/.exec(url.pathname)?.[1]
      const g = id ? generations.get(id) : undefined
      if (!g || g.deleted || g.state !== 'completed') return { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } }
      return videoReply(video, req.headers.range)
    }
    if (req.headers.authorization !== `Bearer ${o.apiKey}`) return json(401, { detail: 'Invalid API key' })
    if (path === 'submit') {
      let body: unknown
      try {
        body = JSON.parse(raw)
      } catch {
        return json(400, { detail: 'Invalid JSON body' })
      }
      const problem = validateLumaBody(body)
      if (problem) return json(400, { detail: problem })
      const failWith = failures.shift()
      const g: FakeLumaGeneration = { id: randomUUID(), body: body as Record<string, unknown>, state: 'queued', polls: 0, deleted: false, ...(failWith ? { failWith } : {}) }
      generations.set(g.id, g)
      return json(201, view(g))
    }
    const g = generations.get(decodeURIComponent(url.pathname.slice(`${API}/generations/`.length)))
    if (!g || g.deleted) return json(404, { detail: 'Generation not found' })
    if (path === 'delete') {
      g.deleted = true
      return { status: 204, body: '', headers: {} }
    }
    if (g.state === 'queued' || g.state === 'dreaming') {
      g.polls++
      g.state = g.polls >= (o.pollsToFinish ?? 2) ? (g.failWith ? 'failed' : 'completed') : 'dreaming'
    }
    return json(200, view(g))
  }

  const pathOf = (method: string, pathname: string): FakeLumaPath | undefined => {
    if (method === 'POST' && pathname === `${API}/generations/video`) return 'submit'
    if (/^\/dream-machine\/v1\/generations\/[\w-]+$/.test(pathname)) return method === 'GET' ? 'poll' : method === 'DELETE' ? 'delete' : undefined
    if (method === 'GET' && pathname.startsWith('/files/')) return 'video'
    return undefined
  }

  const server = await startFakeServer<FakeLumaPath, FakeLumaStep, FakeLumaRequest>({
    route: pathOf,
    record: ({ req, method, url }) => ({ method, path: url.pathname, status: 0, authorization: req.headers.authorization, range: req.headers.range }),
    handle,
    answer: (step) => json(step.status, { detail: step.detail }, { ...step.headers }),
    notFound: () => json(404, { detail: 'Not Found' }),
    malformed: '{"id":"',
    lost: () => json(500, { detail: 'Internal server error' }),
    failed: () => ({ status: 500, body: '{"detail":"Internal server error"}', headers: { 'content-type': 'application/json' } }),
    baseHeaders: {},
  })
  baseUrl = server.baseUrl

  return {
    baseUrl,
    get submits() {
      return server.count('submit')
    },
    generations,
    requests: server.requests,
    video,
    script: server.script,
    failNextGeneration: (reason) => void failures.push(reason),
    close: server.close,
  }
}
