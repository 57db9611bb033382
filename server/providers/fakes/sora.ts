/**
 * A stand-in for OpenAI's video API on 127.0.0.1 (port 0), following the documented contract
 * (research/providers.md section 5; openai-node `resources/videos.ts`): `Authorization: Bearer`
 * checked (401 `invalid_api_key` with the key masked, as OpenAI answers), POST /v1/videos as
 * multipart or JSON with the body checked (400 `invalid_request_error` naming `param`), the video
 * object advancing queued -> in_progress -> completed over polls, GET /v1/videos/{id}/content
 * (auth required, Range served). Misbehaviour is scripted per path. For tests; set SORA_BASE_URL.
 */
import { randomBytes } from 'node:crypto'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import { fakeVideoBytes, listenLocal, videoTriple } from './scripted'

export type FakeSoraPath = 'create' | 'retrieve' | 'content'

export type FakeSoraStep =
  | { readonly type: 'error'; readonly status: number; readonly error: { message: string; type: string; param?: string | null; code?: string | null }; readonly headers?: Readonly<Record<string, string>> }
  | { readonly type: 'malformed' }
  | { readonly type: 'slow'; readonly delayMs: number }
  /** Does the work (a create makes its video), then answers 500 as if the answer were lost. */
  | { readonly type: 'lose-response' }

export const SORA_FAKE_ERRORS = {
  rateLimited: (retryAfterS: number | string): FakeSoraStep => ({
    type: 'error', status: 429, error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' }, headers: { 'retry-after': String(retryAfterS) },
  }),
  quota: { type: 'error', status: 429, error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } },
  serverError: { type: 'error', status: 500, error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } },
  unavailable: { type: 'error', status: 503, error: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error', param: null, code: null } },
  moderation: { type: 'error', status: 400, error: { message: 'Your request was blocked by our moderation system.', type: 'invalid_request_error', param: null, code: 'moderation_blocked' } },
} as const satisfies Record<string, FakeSoraStep | ((s: number) => FakeSoraStep)>

export interface FakeSoraVideo {
  readonly id: string
  readonly fields: Readonly<Record<string, string>>
  readonly reference?: { readonly type: string; readonly size: number; readonly name: string }
  status: 'queued' | 'in_progress' | 'completed' | 'failed'
  polls: number
  readonly failWith?: { code: string; message: string }
}

export interface FakeSoraRequest {
  readonly method: string
  readonly path: string
  readonly search: string
  status: number
  readonly authorization?: string
  readonly contentType?: string
  readonly range?: string
}

export interface FakeSora {
  readonly baseUrl: string
  readonly submits: number
  readonly videos: ReadonlyMap<string, FakeSoraVideo>
  readonly requests: readonly FakeSoraRequest[]
  readonly video: Uint8Array
  script(path: FakeSoraPath, ...steps: FakeSoraStep[]): void
  /** The next video created ends `failed` with this error. */
  failNextVideo(code: string, message: string): void
  close(): Promise<void>
}

const MODELS = ['sora-2', 'sora-2-pro', 'sora-2-2025-10-06', 'sora-2-pro-2025-10-06', 'sora-2-2025-12-08']
const SECONDS = ['4', '8', '12']
const SIZES = ['720x1280', '1280x720', '1024x1792', '1792x1024']
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp']

const err = (message: string, param: string | null = null, code: string | null = 'invalid_value', type = 'invalid_request_error') => JSON.stringify({ error: { message, type, param, code } })
const mask = (key: string) => `${key.slice(0, 3)}${'*'.repeat(Math.max(0, key.length - 7))}${key.slice(-4)}`

const readRaw = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** The create body's text fields and the reference image, from multipart (as the SDK sends) or JSON. */
const readCreate = async (req: IncomingMessage): Promise<{ fields: Record<string, unknown>; file?: File } | string> => {
  const raw = await readRaw(req)
  const type = req.headers['content-type'] ?? ''
  if (type.startsWith('application/json')) {
    try {
      const body = JSON.parse(raw.toString('utf8')) as unknown
      return body && typeof body === 'object' && !Array.isArray(body) ? { fields: body as Record<string, unknown> } : 'We could not parse the JSON body of your request.'
    } catch {
      return 'We could not parse the JSON body of your request.'
    }
  }
  if (!type.startsWith('multipart/form-data')) return 'Unsupported content type: use application/json or multipart/form-data.'
  const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(raw) }).formData().catch(() => undefined)
  if (!form) return 'We could not parse the multipart body of your request.'
  const fields: Record<string, unknown> = {}
  let file: File | undefined
  for (const [k, v] of form.entries()) {
    if (typeof v === 'string') fields[k] = v
    else if (k === 'input_reference') file = v
    else fields[k] = '[file]'
  }
  return { fields, file }
}

/** A PNG signature and IHDR with these dimensions (all the fakes read of a start image). */
export const pngOf = (w: number, h: number): Uint8Array => {
  const b = new Uint8Array(33)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, w)
  new DataView(b.buffer).setUint32(20, h)
  return b
}

/** PNG and JPEG dimensions (enough for the fake to check the reference matches `size`). */
const imageSize = (b: Uint8Array): { w: number; h: number } | undefined => {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength)
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50) return { w: v.getUint32(16), h: v.getUint32(20) }
  for (let i = 2; b[0] === 0xff && b[1] === 0xd8 && i + 9 < b.length; ) {
    if (b[i] !== 0xff) return undefined
    const marker = b[i + 1]
    if (marker >= 0xc0 && marker <= 0xc3) return { w: v.getUint16(i + 7), h: v.getUint16(i + 5) }
    i += 2 + v.getUint16(i + 2)
  }
  return undefined
}

export const startFakeSora = async (o: { apiKey: string; pollsToFinish?: number; video?: Uint8Array }): Promise<FakeSora> => {
  const video = o.video ?? fakeVideoBytes()
  const videos = new Map<string, FakeSoraVideo>()
  const requests: FakeSoraRequest[] = []
  const scripts: Record<FakeSoraPath, FakeSoraStep[]> = { create: [], retrieve: [], content: [] }
  const failures: { code: string; message: string }[] = []
  let submits = 0

  const object = (v: FakeSoraVideo) => ({
    id: v.id,
    object: 'video',
    model: v.fields.model ?? 'sora-2',
    status: v.status,
    progress: v.status === 'completed' ? 100 : v.status === 'in_progress' ? 50 : 0,
    created_at: 1_760_000_000,
    completed_at: v.status === 'completed' ? 1_760_000_100 : null,
    expires_at: v.status === 'completed' ? 1_760_086_500 : null,
    prompt: v.fields.prompt ?? null,
    seconds: v.fields.seconds ?? '4',
    size: v.fields.size ?? '720x1280',
    remixed_from_video_id: null,
    error: v.status === 'failed' ? v.failWith : null,
  })

  const create = async (req: IncomingMessage): Promise<[number, string | Uint8Array, Record<string, string>?]> => {
    const body = await readCreate(req)
    if (typeof body === 'string') return [400, err(body, null, null)]
    const f = body.fields
    if (typeof f.prompt !== 'string' || !f.prompt.trim()) return [400, err("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter')]
    for (const k of Object.keys(f)) if (!['prompt', 'model', 'seconds', 'size', 'input_reference'].includes(k)) return [400, err(`Unrecognized request argument supplied: ${k}`, k, 'unknown_parameter')]
    if (f.model !== undefined && !MODELS.includes(String(f.model))) return [400, err(`Invalid value: '${String(f.model)}'. Supported values are: ${MODELS.join(', ')}.`, 'model')]
    if (f.seconds !== undefined && !SECONDS.includes(String(f.seconds))) return [400, err(`Invalid value: '${String(f.seconds)}'. Supported values are: '4', '8', and '12'.`, 'seconds')]
    if (f.size !== undefined && !SIZES.includes(String(f.size))) return [400, err(`Invalid value: '${String(f.size)}'. Supported values are: ${SIZES.join(', ')}.`, 'size')]
    const file = body.file
    if (file) {
      if (!IMAGE_TYPES.includes(file.type)) return [400, err(`Invalid file type for input_reference: ${file.type}. Supported: image/jpeg, image/png, image/webp.`, 'input_reference', 'invalid_type')]
      const dims = imageSize(new Uint8Array(await file.arrayBuffer()))
      const size = String(f.size ?? '720x1280')
      if (dims && `${dims.w}x${dims.h}` !== size) return [400, err('Inpaint image must match the requested width and height', 'input_reference')]
    }
    const failWith = failures.shift()
    const v: FakeSoraVideo = {
      id: `video_${randomBytes(12).toString('hex')}`,
      fields: Object.fromEntries(Object.entries(f).map(([k, x]) => [k, String(x)])),
      ...(file ? { reference: { type: file.type, size: file.size, name: file.name } } : {}),
      status: 'queued',
      polls: 0,
      ...(failWith ? { failWith } : {}),
    }
    videos.set(v.id, v)
    return [200, JSON.stringify(object(v))]
  }

  const handle = async (req: IncomingMessage, path: FakeSoraPath, url: URL): Promise<[number, string | Uint8Array, Record<string, string>?]> => {
    if (path === 'create') return create(req)
    const id = decodeURIComponent(url.pathname.split('/')[3] ?? '')
    const v = videos.get(id)
    if (!v) return [404, err(`Video with id '${id}' not found.`, null, 'not_found')]
    if (path === 'retrieve') {
      if (v.status === 'queued' || v.status === 'in_progress') {
        v.polls++
        v.status = v.polls >= (o.pollsToFinish ?? 2) ? (v.failWith ? 'failed' : 'completed') : 'in_progress'
      }
      return [200, JSON.stringify(object(v))]
    }
    const variant = url.searchParams.get('variant') ?? 'video'
    if (!['video', 'thumbnail', 'spritesheet'].includes(variant)) return [400, err(`Invalid value: '${variant}'.`, 'variant')]
    if (v.status !== 'completed') return [404, err('Video is not ready yet.', null, 'not_found')]
    return videoTriple(video, req.headers.range)
  }

  const pathOf = (method: string, pathname: string): FakeSoraPath | undefined => {
    if (method === 'POST' && pathname === '/v1/videos') return 'create'
    if (method === 'GET' && /^\/v1\/videos\/[^/]+$/.test(pathname)) return 'retrieve'
    if (method === 'GET' && /^\/v1\/videos\/[^/]+\/content$/.test(pathname)) return 'content'
    return undefined
  }

  const send = (res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}) => {
    if (res.destroyed) return
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(body)
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    const path = pathOf(method, url.pathname)
    const entry: FakeSoraRequest = { method, path: url.pathname, search: url.search, status: 0, authorization: req.headers.authorization, contentType: req.headers['content-type'], range: req.headers.range }
    requests.push(entry)
    const respond = async () => {
      if (path === 'create') submits++
      const step = path ? scripts[path].shift() : undefined
      if (step?.type === 'slow') await new Promise((r) => setTimeout(r, step.delayMs))
      let out: [number, string | Uint8Array, Record<string, string>?]
      const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
      if (!path) out = [404, err(`Invalid URL (${method} ${url.pathname})`, null, null)]
      else if (auth !== o.apiKey)
        out = [401, auth ? err(`Incorrect API key provided: ${mask(auth)}. You can find your API key at https://platform.openai.com/account/api-keys.`, null, 'invalid_api_key') : err("You didn't provide an API key.", null, null)]
      else if (step?.type === 'error') out = [step.status, JSON.stringify({ error: { param: null, code: null, ...step.error } }), { ...step.headers }]
      else if (step?.type === 'malformed') out = [200, '{"id":"video_', {}]
      else out = await handle(req, path, url)
      if (step?.type === 'lose-response') out = [500, err('The server had an error while processing your request.', null, null, 'server_error')]
      entry.status = out[0]
      send(res, out[0], out[1], out[2])
    }
    respond().catch(() => send(res, 500, err('The server had an error while processing your request.', null, null, 'server_error')))
  })
  const listening = await listenLocal(server)
  const baseUrl = listening.baseUrl

  return {
    baseUrl,
    get submits() {
      return submits
    },
    videos,
    requests,
    video,
    script: (path, ...steps) => void scripts[path].push(...steps),
    failNextVideo: (code, message) => void failures.push({ code, message }),
    close: listening.close,
  }
}
