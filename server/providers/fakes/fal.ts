/**
 * A stand-in for fal.ai's queue (queue.fal.run) on 127.0.0.1 (port 0), following its documented
 * contract (research/providers.md section 9a): `Authorization: Key <FAL_KEY>`; POST /{model id}
 * with the input as the body (checked against the model's inputs: 422 `detail[].loc` naming the
 * field; stricter than fal, which may drop unknown fields); GET /{owner}/{alias}/requests/{id}/status
 * going IN_QUEUE -> IN_PROGRESS -> COMPLETED (a failed run: COMPLETED with `error`); GET
 * .../requests/{id} for `{ video: { url } }`; PUT .../requests/{id}/cancel; the video with Range.
 * For tests only; point FAL_BASE_URL here.
 */
import { randomUUID } from 'node:crypto'
import { type Reply, type ScriptStep, type ScriptedServer, fakeVideoBytes, startScriptedServer, videoReply } from './scripted'

export type FakeFalPath = 'submit' | 'status' | 'result' | 'cancel' | 'video'

const detail = (field: string, msg: string): Reply => ({ status: 422, body: { detail: [{ loc: ['body', field], msg, type: 'value_error' }] } })

export const FAL_FAKE_ERRORS = {
  unauthorized: { type: 'respond', status: 401, body: { detail: 'Authentication is required to access this application.' } },
  rateLimited: (retryAfterS: number): ScriptStep => ({ type: 'respond', status: 429, body: { detail: 'Too many requests' }, headers: { 'retry-after': String(retryAfterS) } }),
  serverError: { type: 'respond', status: 500, body: { detail: 'Internal Server Error' } },
  locked: { type: 'respond', status: 403, body: { detail: 'User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing.' } },
} as const satisfies Record<string, ScriptStep | ((s: number) => ScriptStep)>

type Check = (v: unknown) => boolean
const oneOf = (...values: unknown[]): Check => (v) => values.includes(v)
const str: Check = (v) => typeof v === 'string'
const num = (lo: number, hi: number): Check => (v) => typeof v === 'number' && v >= lo && v <= hi
const bool: Check = (v) => typeof v === 'boolean'
const ASPECTS = ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9']

/** Each fal model's inputs (fal model pages); `prompt` is required everywhere. */
const SCHEMAS: { readonly match: RegExp; readonly inputs: Record<string, Check> }[] = [
  {
    match: /^fal-ai\/kling-video\/v1\/standard\/text-to-video$/,
    inputs: {
      prompt: str, negative_prompt: str, cfg_scale: num(0, 1), duration: oneOf('5', '10'), aspect_ratio: oneOf('16:9', '9:16', '1:1'),
      camera_control: oneOf('down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'),
      advanced_camera_control: (v) => !!v && oneOf('horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom')((v as Record<string, unknown>).movement_type) && num(-10, 10)((v as Record<string, unknown>).movement_value),
    },
  },
  {
    match: /^fal-ai\/pixverse\/v(4|4\.5|5)\/text-to-video$/,
    inputs: { prompt: str, negative_prompt: str, aspect_ratio: oneOf('16:9', '4:3', '1:1', '3:4', '9:16'), resolution: oneOf('360p', '540p', '720p', '1080p'), duration: oneOf('5', '8'), camera_movement: str, seed: num(0, 2 ** 31 - 1), style: str },
  },
  {
    match: /^fal-ai\/bytedance\/seedance\/(v1\/pro|v1\/lite|v1\/pro\/fast|v1\.5\/pro)\/text-to-video$/,
    inputs: { prompt: str, aspect_ratio: oneOf(...ASPECTS), resolution: oneOf('480p', '720p', '1080p'), duration: oneOf(...Array.from({ length: 11 }, (_, i) => String(i + 2))), camera_fixed: bool, seed: num(-1, 2 ** 31 - 1) },
  },
  { match: /^fal-ai\/minimax\/(hailuo-02|hailuo-2\.3)\/standard\/text-to-video$/, inputs: { prompt: str, prompt_optimizer: bool, duration: oneOf('6', '10') } },
  { match: /^fal-ai\/minimax\/((hailuo-02|hailuo-2\.3)\/pro\/text-to-video|video-01-director)$/, inputs: { prompt: str, prompt_optimizer: bool } },
]

export interface FakeFalRequest {
  readonly id: string
  readonly endpoint: string
  readonly input: Record<string, unknown>
  status: 'IN_QUEUE' | 'IN_PROGRESS' | 'COMPLETED'
  polls: number
  error?: string
}

export interface FakeFal extends ScriptedServer<FakeFalPath> {
  readonly queued: ReadonlyMap<string, FakeFalRequest>
  readonly video: Uint8Array
  /** The next request made ends COMPLETED with this error. */
  failNextRequest(error: string): void
}

export const startFakeFal = async (o: { readonly apiKey: string; readonly pollsToFinish?: number; readonly video?: Uint8Array }): Promise<FakeFal> => {
  const video = o.video ?? fakeVideoBytes()
  const queued = new Map<string, FakeFalRequest>()
  const failures: string[] = []
  let baseUrl = ''

  const handle = (path: FakeFalPath, { req, url, body }: { req: { headers: Record<string, string | undefined> }; url: URL; body: string }): Reply => {
    if (path === 'video') {
      const id = /^\/files\/([\w-]+)\.mp4$/.exec(url.pathname)?.[1] ?? ''
      return queued.get(id)?.status === 'COMPLETED' && !queued.get(id)?.error ? videoReply(video, req.headers.range) : { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } }
    }
    if (req.headers.authorization !== `Key ${o.apiKey}`) return { status: 401, body: FAL_FAKE_ERRORS.unauthorized.body }
    const parts = url.pathname.slice(1).split('/')
    if (path === 'submit') {
      const endpoint = parts.join('/')
      const schema = SCHEMAS.find((s) => s.match.test(endpoint))
      if (!schema) return { status: 404, body: { detail: `Application '${parts[1]}' not found` } }
      let input: Record<string, unknown>
      try {
        input = JSON.parse(body)
      } catch {
        return detail('body', 'Invalid JSON')
      }
      if (typeof input.prompt !== 'string' || !input.prompt) return detail('prompt', 'Field required')
      for (const [k, v] of Object.entries(input)) {
        if (!schema.inputs[k]) return detail(k, 'Extra inputs are not permitted')
        if (!schema.inputs[k](v)) return detail(k, 'Input should be a permitted value')
      }
      const error = failures.shift()
      const r: FakeFalRequest = { id: randomUUID(), endpoint, input, status: 'IN_QUEUE', polls: 0, ...(error ? { error } : {}) }
      queued.set(r.id, r)
      const app = `${baseUrl}/${parts[0]}/${parts[1]}/requests/${r.id}`
      return { status: 200, body: { status: 'IN_QUEUE', request_id: r.id, response_url: app, status_url: `${app}/status`, cancel_url: `${app}/cancel`, queue_position: 0 } }
    }
    const r = queued.get(parts[3] ?? '')
    if (!r || r.endpoint.split('/').slice(0, 2).join('/') !== parts.slice(0, 2).join('/')) return { status: 404, body: { detail: 'Request not found' } }
    if (path === 'cancel') {
      if (r.status === 'COMPLETED') return { status: 400, body: { status: 'ALREADY_COMPLETED' } }
      Object.assign(r, { status: 'COMPLETED', error: 'Request was cancelled by the user' })
      return { status: 202, body: { status: 'CANCELLATION_REQUESTED' } }
    }
    if (path === 'result') {
      if (r.status !== 'COMPLETED') return { status: 400, body: { detail: 'Request is still in progress' } }
      if (r.error) return { status: 500, body: { detail: r.error } }
      return { status: 200, body: { video: { url: `${baseUrl}/files/${r.id}.mp4`, content_type: 'video/mp4', file_name: 'output.mp4', file_size: video.length } } }
    }
    if (r.status !== 'COMPLETED') {
      r.polls++
      r.status = r.polls >= (o.pollsToFinish ?? 2) ? 'COMPLETED' : 'IN_PROGRESS'
    }
    const response_url = `${baseUrl}/${parts[0]}/${parts[1]}/requests/${r.id}`
    if (r.status === 'IN_PROGRESS') return { status: 200, body: { status: 'IN_PROGRESS', request_id: r.id, response_url, logs: null } }
    return { status: 200, body: { status: 'COMPLETED', request_id: r.id, response_url, logs: null, metrics: { inference_time: 1.5 }, ...(r.error ? { error: r.error, error_type: 'runner_error' } : {}) } }
  }

  const server = await startScriptedServer<FakeFalPath>({
    route: (method, p) => {
      if (method === 'GET' && p.startsWith('/files/')) return 'video'
      if (method === 'GET' && /^\/[^/]+\/[^/]+\/requests\/[^/]+\/status$/.test(p)) return 'status'
      if (method === 'GET' && /^\/[^/]+\/[^/]+\/requests\/[^/]+$/.test(p)) return 'result'
      if (method === 'PUT' && /^\/[^/]+\/[^/]+\/requests\/[^/]+\/cancel$/.test(p)) return 'cancel'
      if (method === 'POST' && !p.includes('/requests/') && p.split('/').length >= 3) return 'submit'
      return undefined
    },
    handle: (path, call) => handle(path, call as never),
    notFound: { status: 404, body: { detail: 'Not Found' } },
    lost: { status: 500, body: FAL_FAKE_ERRORS.serverError.body },
  })
  baseUrl = server.baseUrl
  return { ...server, queued, video, failNextRequest: (error) => void failures.push(error) }
}
