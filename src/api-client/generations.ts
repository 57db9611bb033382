/**
 * Hosted generations (CONTRACTS.md section 4): create with an idempotency key, read the status,
 * fetch the finished video through the server, cancel. Query options let TanStack Query cache and
 * share a generation's status between the runner and any view of it. Every call carries the
 * session's server token where there is one, and asks for it once on a 401 (`http.ts`, `token.ts`).
 */
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { ApiError, type Fetch, fetchServer, getJson, sendJson } from './http'

export const GENERATION_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const

export const generationSchema = z.object({
  id: z.string().min(1),
  route: z.string(),
  status: z.enum(GENERATION_STATUSES),
  progress: z.number().min(0).max(1).optional(),
  error: z.object({ kind: z.string(), message: z.string(), field: z.string().optional() }).optional(),
  videoUrl: z.string().optional(),
})
export type Generation = z.infer<typeof generationSchema>

export interface CreateGeneration {
  readonly route: string
  readonly target: string
  readonly payload: unknown
  readonly idempotencyKey: string
  /** A start image id from `uploadStartImage`, and the shot's width over height it must match. */
  readonly startImage?: string
  readonly aspect?: number
}

export const startImageSchema = z.object({ id: z.string().min(1), mimeType: z.string(), width: z.number(), height: z.number() })

/** Uploads the start frame image-to-video routes begin from (PNG, JPEG or WebP); returns its id on the server. */
export const uploadStartImage = async (image: Blob, opts: ApiCallOptions = {}) => {
  const res = await fetchServer(opts.fetch ?? fetch, '/api/uploads/start-image', {
    method: 'POST',
    signal: opts.signal,
    headers: { 'content-type': image.type || 'image/png' },
    body: image,
  })
  const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'http', body?.error?.message ?? `The server answered ${res.status} for the start image.`)
  const parsed = startImageSchema.safeParse(body)
  if (!parsed.success) throw new ApiError(res.status, 'bad-response', 'Unexpected answer to the start image upload.')
  return parsed.data
}

export interface ApiCallOptions {
  readonly signal?: AbortSignal
  readonly fetch?: Fetch
}

const path = (id: string) => `/api/generations/${encodeURIComponent(id)}`

export const generationKeys = { one: (id: string) => ['generations', id] as const }

export const createGeneration = (body: CreateGeneration, opts: ApiCallOptions = {}) => sendJson('POST', '/api/generations', body, generationSchema, opts)

export const fetchGeneration = (id: string, opts: ApiCallOptions = {}) => getJson(path(id), generationSchema, opts)

export const cancelGeneration = (id: string, opts: ApiCallOptions = {}) => sendJson('DELETE', path(id), undefined, generationSchema, opts)

/** The finished video's bytes, fetched once through the server (provider URLs expire; the take keeps these). */
export const fetchGenerationVideo = async (id: string, opts: ApiCallOptions = {}): Promise<Blob> => {
  const res = await fetchServer(opts.fetch ?? fetch, `${path(id)}/video`, { signal: opts.signal })
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined
    throw new ApiError(res.status, body?.error?.code ?? 'http', body?.error?.message ?? `The server answered ${res.status} for the video.`)
  }
  return res.blob()
}

/** A generation's status; polled by the hosted runner, shared with any view through the query cache. */
export const generationQuery = (id: string, opts: Omit<ApiCallOptions, 'signal'> = {}) =>
  queryOptions({ queryKey: generationKeys.one(id), queryFn: ({ signal }) => fetchGeneration(id, { ...opts, signal }), staleTime: 0 })
