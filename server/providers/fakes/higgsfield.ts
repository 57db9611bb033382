/**
 * A stand-in for Higgsfield's platform API on 127.0.0.1 (port 0), following the contract of its
 * official JS SDK (research/providers.md section 6): headers `hf-api-key` / `hf-secret` (401
 * otherwise; 403 means "not enough credits"), GET /v1/motions, POST /files/generate-upload-url then a
 * presigned PUT (which checks the signed upload_headers), POST /v1/image2video/dop with
 * `{ params }` (422 FastAPI `detail[]` naming the field), GET /v1/job-sets/{id} going
 * queued -> in_progress -> completed with `results.raw.url`, and the video with Range.
 * For tests only; point HIGGSFIELD_BASE_URL here.
 */
import { randomUUID } from 'node:crypto'
import { HIGGSFIELD_MOTION_NAMES } from '../../../src/compilers/higgsfield'
import { type Reply, type ScriptStep, type ScriptedServer, fakeVideoBytes, startScriptedServer, videoReply } from './scripted'

export type FakeHiggsfieldPath = 'motions' | 'upload-url' | 'upload' | 'submit' | 'poll' | 'video'

const detail = (status: number, loc: (string | number)[], msg: string): Reply => ({ status, body: { detail: [{ type: 'value_error', loc, msg }] } })

export const HIGGSFIELD_FAKE_ERRORS = {
  unauthorized: { type: 'respond', status: 401, body: { detail: 'Invalid credentials' } },
  noCredits: { type: 'respond', status: 403, body: { detail: 'Not enough credits' } },
  rateLimited: (retryAfterS: number): ScriptStep => ({ type: 'respond', status: 429, body: { detail: 'Too many requests' }, headers: { 'retry-after': String(retryAfterS) } }),
  serverError: { type: 'respond', status: 500, body: { detail: 'Internal server error' } },
} as const satisfies Record<string, ScriptStep | ((s: number) => ScriptStep)>

export interface FakeHiggsfieldJob {
  readonly id: string
  readonly setId: string
  readonly params: Record<string, unknown>
  status: 'queued' | 'in_progress' | 'completed' | 'failed' | 'nsfw' | 'canceled'
  polls: number
  readonly endWith?: 'failed' | 'nsfw'
}

export interface FakeHiggsfield extends ScriptedServer<FakeHiggsfieldPath> {
  readonly jobs: ReadonlyMap<string, FakeHiggsfieldJob>
  readonly motions: readonly { readonly id: string; readonly name: string }[]
  /** Uploaded files by public URL. */
  readonly uploads: ReadonlyMap<string, { readonly contentType: string; readonly bytes: Uint8Array }>
  readonly video: Uint8Array
  /** The next job made ends with this status. */
  endNextJob(status: 'failed' | 'nsfw'): void
}

const MODELS = ['dop-lite', 'dop-turbo', 'dop-standard', 'dop-preview']
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The first problem with a DoP body, as a 422 reply, or undefined. */
const validateDop = (raw: unknown, motionIds: ReadonlySet<string>, uploaded: (url: string) => boolean): Reply | undefined => {
  const params = (raw as { params?: unknown } | undefined)?.params as Record<string, unknown> | undefined
  if (!params || typeof params !== 'object') return detail(422, ['body', 'params'], 'Field required')
  if (!MODELS.includes(params.model as string)) return detail(422, ['body', 'params', 'model'], `Input should be ${MODELS.join(', ')}`)
  if (typeof params.prompt !== 'string') return detail(422, ['body', 'params', 'prompt'], 'Input should be a valid string')
  const images = params.input_images
  if (!Array.isArray(images) || images.length !== 1) return detail(422, ['body', 'params', 'input_images'], 'List should have exactly 1 item')
  const image = images[0] as { type?: unknown; image_url?: unknown }
  if (image?.type !== 'image_url' || typeof image.image_url !== 'string' || !/^https?:\/\//.test(image.image_url) || !uploaded(image.image_url))
    return detail(422, ['body', 'params', 'input_images', 0, 'image_url'], 'Input should be a reachable image URL')
  const motions = params.motions ?? []
  if (!Array.isArray(motions) || motions.length > 2) return detail(422, ['body', 'params', 'motions'], 'List should have at most 2 items')
  for (const [i, m] of motions.entries()) {
    const { id, strength } = (m ?? {}) as { id?: unknown; strength?: unknown }
    if (typeof id !== 'string' || !UUID.test(id) || !motionIds.has(id)) return detail(422, ['body', 'params', 'motions', i, 'id'], 'Unknown motion id')
    if (strength !== undefined && (typeof strength !== 'number' || strength < 0 || strength > 1)) return detail(422, ['body', 'params', 'motions', i, 'strength'], 'Input should be between 0 and 1')
  }
  return undefined
}

export const startFakeHiggsfield = async (o: { readonly apiKey: string; readonly apiSecret: string; readonly pollsToFinish?: number; readonly video?: Uint8Array }): Promise<FakeHiggsfield> => {
  const video = o.video ?? fakeVideoBytes()
  const motions = HIGGSFIELD_MOTION_NAMES.map((name) => ({ id: randomUUID(), name, description: `${name} camera motion`, preview_url: null, start_end_frame: false }))
  const motionIds = new Set(motions.map((m) => m.id))
  const jobs = new Map<string, FakeHiggsfieldJob>()
  const pending = new Map<string, { contentType: string; tagging: string }>()
  const uploads = new Map<string, { contentType: string; bytes: Uint8Array }>()
  const endings: ('failed' | 'nsfw')[] = []
  let baseUrl = ''

  const jobSet = (setId: string) => {
    const js = [...jobs.values()].filter((j) => j.setId === setId)
    return {
      id: setId,
      type: 'image2video_dop',
      created_at: new Date().toISOString(),
      jobs: js.map((j) => ({
        id: j.id,
        job_set_type: 'image2video_dop',
        status: j.status,
        results: j.status === 'completed' ? { raw: { type: 'video', url: `${baseUrl}/cdn/video/${j.id}.mp4` }, min: { type: 'video', url: `${baseUrl}/cdn/video/${j.id}.mp4` } } : null,
      })),
    }
  }

  const handle = (path: FakeHiggsfieldPath, { req, url, body, raw }: { req: { headers: Record<string, string | undefined> }; url: URL; body: string; raw: Uint8Array }): Reply => {
    const h = req.headers
    if (path === 'video') {
      const id = /^\/cdn\/video\/([\w-]+)\.mp4$/.exec(url.pathname)?.[1]
      return jobs.get(id ?? '')?.status === 'completed' ? videoReply(video, h.range) : { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } }
    }
    if (path === 'upload') {
      // A presigned URL: the signature covers Content-Type and the upload_headers; no hf-* headers.
      const id = url.pathname.split('/').pop() ?? ''
      const want = pending.get(id)
      if (!want || url.searchParams.get('X-Amz-Signature') !== `sig-${id}` || h['content-type'] !== want.contentType || h['x-amz-tagging'] !== want.tagging)
        return { status: 403, body: '<Error><Code>SignatureDoesNotMatch</Code></Error>', headers: { 'content-type': 'application/xml' } }
      uploads.set(`${baseUrl}/cdn/uploads/${id}`, { contentType: want.contentType, bytes: raw })
      return { status: 200, body: '' }
    }
    if (h['hf-api-key'] !== o.apiKey || h['hf-secret'] !== o.apiSecret) return { status: 401, body: HIGGSFIELD_FAKE_ERRORS.unauthorized.body }
    if (path === 'motions') return { status: 200, body: motions }
    let parsed: unknown
    if (path === 'upload-url' || path === 'submit') {
      try {
        parsed = JSON.parse(body)
      } catch {
        return detail(422, ['body'], 'JSON decode error')
      }
    }
    if (path === 'upload-url') {
      const contentType = (parsed as { content_type?: unknown })?.content_type
      if (!IMAGE_TYPES.includes(contentType as string)) return detail(422, ['body', 'content_type'], `Input should be ${IMAGE_TYPES.join(', ')}`)
      const id = randomUUID()
      pending.set(id, { contentType: contentType as string, tagging: 'retention=short' })
      return { status: 200, body: { upload_url: `${baseUrl}/upload/${id}?X-Amz-Signature=sig-${id}`, public_url: `${baseUrl}/cdn/uploads/${id}`, upload_headers: { 'x-amz-tagging': 'retention=short' } } }
    }
    if (path === 'submit') {
      const problem = validateDop(parsed, motionIds, (u) => !u.startsWith(`${baseUrl}/`) || uploads.has(u))
      if (problem) return problem
      const setId = randomUUID()
      const endWith = endings.shift()
      const job: FakeHiggsfieldJob = { id: randomUUID(), setId, params: (parsed as { params: Record<string, unknown> }).params, status: 'queued', polls: 0, ...(endWith ? { endWith } : {}) }
      jobs.set(job.id, job)
      return { status: 200, body: jobSet(setId) }
    }
    const setId = decodeURIComponent(url.pathname.split('/').pop() ?? '')
    const js = [...jobs.values()].filter((j) => j.setId === setId)
    if (js.length === 0) return { status: 404, body: { detail: 'Job set not found' } }
    for (const j of js) {
      if (j.status !== 'queued' && j.status !== 'in_progress') continue
      j.polls++
      j.status = j.polls >= (o.pollsToFinish ?? 2) ? (j.endWith ?? 'completed') : 'in_progress'
    }
    return { status: 200, body: jobSet(setId) }
  }

  const server = await startScriptedServer<FakeHiggsfieldPath>({
    route: (method, p) => {
      if (method === 'GET' && p === '/v1/motions') return 'motions'
      if (method === 'POST' && p === '/files/generate-upload-url') return 'upload-url'
      if (method === 'PUT' && p.startsWith('/upload/')) return 'upload'
      if (method === 'POST' && p === '/v1/image2video/dop') return 'submit'
      if (method === 'GET' && /^\/v1\/job-sets\/[^/]+$/.test(p)) return 'poll'
      if (method === 'GET' && p.startsWith('/cdn/video/')) return 'video'
      return undefined
    },
    handle: (path, call) => handle(path, call as never),
    notFound: { status: 404, body: { detail: 'Not Found' } },
    lost: { status: 500, body: HIGGSFIELD_FAKE_ERRORS.serverError.body },
  })
  baseUrl = server.baseUrl
  return { ...server, jobs, motions, uploads, video, endNextJob: (status) => void endings.push(status) }
}
