/** The generation routes of CONTRACTS.md section 4 on a Hono app: validated, size-limited bodies; errors as { error: { code, message } }. */
import type { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { GenerationRequestError, type GenerationService } from './service'
import { MAX_START_IMAGE_BYTES, PUBLIC_START_IMAGE_PATH, START_IMAGE_TYPES, StartImageError } from './startImages'

/** The one /api route whose body is not JSON, with the types it takes (the API door lets these through). */
export const UPLOAD_ROUTES = [{ path: '/api/uploads/start-image', types: START_IMAGE_TYPES }] as const

export const MAX_GENERATION_BODY_BYTES = 2 * 1024 * 1024

const createBody = z.object({
  route: z.string().min(1).max(40),
  target: z.string().min(1).max(60),
  payload: z.unknown().refine((p) => p !== undefined, 'payload is required'),
  idempotencyKey: z
    .string()
    .min(8)
    .max(200)
    .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only'),
  /** A signed id from POST /api/uploads/start-image. */
  startImage: z.string().min(1).max(200).optional(),
  /** The shot's width over height, which the start image must match. */
  aspect: z.number().positive().max(10).optional(),
})

const error = (code: string, message: string) => ({ error: { code, message } })

const STATUS_OF: Readonly<Record<GenerationRequestError['code'], 400 | 404 | 409>> = {
  'unknown-route': 404,
  'route-unavailable': 409,
  'wrong-target': 400,
  'cannot-cancel': 409,
  'unknown-start-image': 400,
  'start-image-aspect': 400,
  'invalid-parameter': 400,
}

const PASSED_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'last-modified', 'etag']

export const mountGenerationRoutes = (api: Hono, service: GenerationService | null) => {
  const unavailable = { error: { code: 'generations-unavailable', message: 'Hosted generation is not running on this server.' } }
  api.post(
    '/api/generations',
    bodyLimit({ maxSize: MAX_GENERATION_BODY_BYTES, onError: (c) => c.json(error('too-large', `Request bodies are limited to ${MAX_GENERATION_BODY_BYTES} bytes.`), 413) }),
    async (c) => {
      if (!service) return c.json(unavailable, 503)
      const json = await c.req.json().catch(() => undefined)
      const parsed = createBody.safeParse(json)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        return c.json(error('invalid-body', json === undefined ? 'The body is not JSON.' : `${issue.path.join('.') || 'body'}: ${issue.message}`), 400)
      }
      try {
        return c.json(await service.create(parsed.data as Parameters<GenerationService['create']>[0]), 202)
      } catch (e) {
        if (e instanceof GenerationRequestError) return c.json(error(e.code, e.message), STATUS_OF[e.code])
        throw e
      }
    },
  )
  api.post(
    '/api/uploads/start-image',
    bodyLimit({ maxSize: MAX_START_IMAGE_BYTES, onError: (c) => c.json(error('too-large', `Start images are limited to ${MAX_START_IMAGE_BYTES / (1024 * 1024)} MB.`), 413) }),
    async (c) => {
      const store = service?.startImages
      if (!store) return c.json(unavailable, 503)
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase()
      try {
        return c.json(store.save(new Uint8Array(await c.req.arrayBuffer()), type), 201)
      } catch (e) {
        if (e instanceof StartImageError) return c.json(error('invalid-image', e.message), 400)
        throw e
      }
    },
  )
  api.get('/api/generations/:id', async (c) => {
    if (!service) return c.json(unavailable, 503)
    const g = await service.get(c.req.param('id'))
    return g ? c.json(g) : c.json(error('not-found', 'No such generation.'), 404)
  })
  api.get('/api/generations/:id/video', async (c) => {
    if (!service) return c.json(unavailable, 503)
    const upstream = await service.video(c.req.param('id'), c.req.header('range'), c.req.raw.signal)
    if (!upstream) return c.json(error('not-found', 'No finished video for this generation.'), 404)
    if (!upstream.ok) return c.json(error('provider-failure', `The provider answered ${upstream.status} for the video.`), 502)
    const headers = new Headers()
    for (const h of PASSED_HEADERS) {
      const v = upstream.headers.get(h)
      if (v) headers.set(h, v)
    }
    if (!headers.has('content-type')) headers.set('content-type', 'video/mp4')
    headers.set('cache-control', 'private, no-store')
    return new Response(upstream.body, { status: upstream.status, headers })
  })
  api.delete('/api/generations/:id', async (c) => {
    if (!service) return c.json(unavailable, 503)
    try {
      const g = await service.cancel(c.req.param('id'))
      return g ? c.json(g) : c.json(error('not-found', 'No such generation.'), 404)
    } catch (e) {
      if (e instanceof GenerationRequestError) return c.json(error(e.code, e.message), STATUS_OF[e.code])
      throw e
    }
  })
}

/**
 * The one route outside /api that serves something of the user's: `GET /public/start-images/:id`,
 * an uploaded start image by its public id (signed for that purpose alone, with its expiry), for a
 * provider's servers to fetch (Luma's keyframes). It answers any Host and Origin (the API door's
 * checks are for /api), reads nothing for an id it did not sign, and says nothing but 404 otherwise.
 */
export const mountPublicRoutes = (app: Hono, service: GenerationService | null) => {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  app.get(`${PUBLIC_START_IMAGE_PATH}:id`, (c) => {
    const image = service?.startImages?.loadPublic(c.req.param('id')) ?? null
    if (!image) return notFound()
    return new Response(image.bytes.slice().buffer as ArrayBuffer, {
      headers: {
        'content-type': image.mimeType,
        'content-length': String(image.bytes.byteLength),
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
        'referrer-policy': 'no-referrer',
      },
    })
  })
  app.all(`${PUBLIC_START_IMAGE_PATH}*`, () => notFound())
}
