/**
 * A stand-in for MiniMax's video API on 127.0.0.1 (port 0), following its documented contract
 * (research/providers.md section 7): `Authorization: Bearer <key>`; POST /v1/video_generation,
 * GET /v1/query/video_generation?task_id=, GET /v1/files/retrieve?file_id=; every answer carries
 * `base_resp { status_code, status_msg }` and MiniMax reports errors there with HTTP 200 (1004 bad
 * key, 2013 invalid params naming the field...). Tasks go Queueing -> Processing -> Success over
 * polls; the download URL serves a small video with Range. For tests only; point MINIMAX_BASE_URL here.
 */
import { randomUUID } from 'node:crypto'
import { type Reply, type ScriptStep, type ScriptedServer, fakeVideoBytes, startScriptedServer, videoReply } from './scripted'

export type FakeMinimaxPath = 'submit' | 'poll' | 'retrieve' | 'video'

const baseResp = (status_code: number, status_msg: string) => ({ base_resp: { status_code, status_msg } })
/** MiniMax's HTTP-200 error envelope. */
const envelope = (code: number, msg: string): ScriptStep => ({ type: 'respond', status: 200, body: baseResp(code, msg) })
/** The newer HTTP-status error shape of MiniMax's API reference. */
const httpError = (status: number, type: string, message: string, headers?: Record<string, string>): ScriptStep => ({
  type: 'respond',
  status,
  body: { type: 'error', error: { type, message, http_code: String(status) }, request_id: randomUUID().replace(/-/g, '') },
  headers,
})

export const MINIMAX_FAKE_ERRORS = {
  unauthorized: envelope(1004, "login fail: Please carry the API secret key in the 'Authorization' field of the request header"),
  rateLimited: envelope(1002, 'rate limit, please retry later'),
  httpRateLimited: (retryAfterS: number): ScriptStep => httpError(429, 'rate_limit_error', 'rate limit, please retry later (1002)', { 'retry-after': String(retryAfterS) }),
  serverError: httpError(500, 'server_error', 'internal error (1000)'),
  noBalance: envelope(1008, 'insufficient balance'),
  sensitive: envelope(1026, 'input new_sensitive'),
} as const

export interface FakeMinimaxTask {
  readonly id: string
  readonly body: Record<string, unknown>
  status: 'Queueing' | 'Preparing' | 'Processing' | 'Success' | 'Fail'
  polls: number
  readonly fileId: number
  readonly failWith?: { readonly code: number; readonly message: string }
}

export interface FakeMinimax extends ScriptedServer<FakeMinimaxPath> {
  readonly tasks: ReadonlyMap<string, FakeMinimaxTask>
  readonly video: Uint8Array
  /** The next task made ends `Fail` with this base_resp. */
  failNextTask(message: string, code?: number): void
}

const MODELS: Record<string, { readonly resolutions: readonly string[]; readonly image: 'no' | 'optional' | 'required' }> = {
  'MiniMax-Hailuo-2.3': { resolutions: ['768P', '1080P'], image: 'optional' },
  'MiniMax-Hailuo-2.3-Fast': { resolutions: ['768P', '1080P'], image: 'required' },
  'MiniMax-Hailuo-02': { resolutions: ['512P', '768P', '1080P'], image: 'optional' },
  'T2V-01-Director': { resolutions: ['720P'], image: 'no' },
  'I2V-01-Director': { resolutions: ['720P'], image: 'required' },
  'T2V-01': { resolutions: ['720P'], image: 'no' },
  'I2V-01': { resolutions: ['720P'], image: 'required' },
  'I2V-01-live': { resolutions: ['720P'], image: 'required' },
}

/** The first problem with a create body, as MiniMax's 2013 message, or undefined. */
export const validateMinimaxBody = (raw: unknown): string | undefined => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'invalid params, the body must be a JSON object'
  const b = raw as Record<string, unknown>
  const model = MODELS[b.model as string]
  if (!model) return `invalid params, model must be one of ${Object.keys(MODELS).join(', ')}`
  const image = b.first_frame_image
  if (image !== undefined && (typeof image !== 'string' || !/^(https?:\/\/|data:image\/(png|jpeg|jpg|webp);base64,[A-Za-z0-9+/]+={0,2}$)/.test(image)))
    return 'invalid params, first_frame_image must be a URL or a data URL of a JPG, PNG or WebP image'
  if (model.image === 'required' && image === undefined) return `invalid params, first_frame_image is required for ${b.model}`
  if (model.image === 'no' && image !== undefined) return `invalid params, first_frame_image is not supported by ${b.model}`
  if (b.prompt === undefined ? image === undefined : typeof b.prompt !== 'string' || b.prompt.length > 2000) return 'invalid params, prompt must be a string of at most 2000 characters'
  if (b.prompt_optimizer !== undefined && typeof b.prompt_optimizer !== 'boolean') return 'invalid params, prompt_optimizer must be a boolean'
  const resolution = (b.resolution ?? model.resolutions[model.resolutions.length > 1 ? 1 : 0]) as string
  const resolutions = image === undefined ? model.resolutions.filter((r) => r !== '512P') : model.resolutions
  if (!resolutions.includes(resolution)) return `invalid params, resolution must be one of ${resolutions.join(', ')} for ${b.model}`
  const durations = resolution === '1080P' || resolution === '720P' ? [6] : [6, 10]
  if (b.duration !== undefined && !durations.includes(b.duration as number)) return `invalid params, duration must be ${durations.join(' or ')} at ${resolution}`
  return undefined
}

export const startFakeMinimax = async (o: { readonly apiKey: string; readonly pollsToFinish?: number; readonly video?: Uint8Array }): Promise<FakeMinimax> => {
  const video = o.video ?? fakeVideoBytes()
  const tasks = new Map<string, FakeMinimaxTask>()
  const failures: { code: number; message: string }[] = []
  let nextFile = 350_000_000_000
  let baseUrl = ''

  const handle = (path: FakeMinimaxPath, { req, url, body }: { req: { headers: Record<string, unknown> }; url: URL; body: string }): Reply => {
    if (path === 'video') {
      const id = Number(/^\/download\/(\d+)\.mp4$/.exec(url.pathname)?.[1])
      if (![...tasks.values()].some((t) => t.fileId === id && t.status === 'Success')) return { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } }
      return videoReply(video, req.headers.range as string | undefined)
    }
    if (req.headers.authorization !== `Bearer ${o.apiKey}`) return { status: 200, body: (MINIMAX_FAKE_ERRORS.unauthorized as { body: unknown }).body }
    if (path === 'submit') {
      let parsed: unknown
      try {
        parsed = JSON.parse(body)
      } catch {
        return { status: 200, body: baseResp(2013, 'invalid params, the body is not JSON') }
      }
      const problem = validateMinimaxBody(parsed)
      if (problem) return { status: 200, body: baseResp(2013, problem) }
      const failWith = failures.shift()
      const task: FakeMinimaxTask = { id: String(Date.now()) + String(tasks.size), body: parsed as Record<string, unknown>, status: 'Queueing', polls: 0, fileId: nextFile++, ...(failWith ? { failWith } : {}) }
      tasks.set(task.id, task)
      return { status: 200, body: { task_id: task.id, ...baseResp(0, 'success') } }
    }
    if (path === 'poll') {
      const task = tasks.get(url.searchParams.get('task_id') ?? '')
      if (!task) return { status: 200, body: baseResp(2013, 'invalid params, task_id not found') }
      if (task.status !== 'Success' && task.status !== 'Fail') {
        task.polls++
        task.status = task.polls >= (o.pollsToFinish ?? 2) ? (task.failWith ? 'Fail' : 'Success') : 'Processing'
      }
      if (task.status === 'Fail') return { status: 200, body: { task_id: task.id, status: 'Fail', file_id: '', ...baseResp(task.failWith!.code, task.failWith!.message) } }
      const done = task.status === 'Success'
      return { status: 200, body: { task_id: task.id, status: task.status, file_id: done ? String(task.fileId) : '', ...(done ? { video_width: 1920, video_height: 1080 } : {}), ...baseResp(0, 'success') } }
    }
    const fileId = Number(url.searchParams.get('file_id'))
    const task = [...tasks.values()].find((t) => t.fileId === fileId && t.status === 'Success')
    if (!task) return { status: 200, body: baseResp(2013, 'invalid params, file_id not found') }
    const file = { file_id: fileId, bytes: video.length, created_at: Math.floor(Date.now() / 1000), filename: 'output_aigc.mp4', purpose: 'video_generation', download_url: `${baseUrl}/download/${fileId}.mp4` }
    return { status: 200, body: { file, ...baseResp(0, 'success') } }
  }

  const server = await startScriptedServer<FakeMinimaxPath>({
    route: (method, p) =>
      method === 'POST' && p === '/v1/video_generation'
        ? 'submit'
        : method === 'GET' && p === '/v1/query/video_generation'
          ? 'poll'
          : method === 'GET' && p === '/v1/files/retrieve'
            ? 'retrieve'
            : method === 'GET' && p.startsWith('/download/')
              ? 'video'
              : undefined,
    handle: (path, call) => handle(path, call as never),
    notFound: { status: 404, body: { type: 'error', error: { type: 'not_found_error', message: 'not found', http_code: '404' } } },
    lost: { status: 500, body: (MINIMAX_FAKE_ERRORS.serverError as { body: unknown }).body },
  })
  baseUrl = server.baseUrl
  return { ...server, tasks, video, failNextTask: (message, code = 1000) => void failures.push({ code, message }) }
}
