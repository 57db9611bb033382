/** A small typed fetch: JSON in, zod-validated JSON out, one error type. */
import type { z } from 'zod'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

const readAnswer = async <T>(res: Response, path: string, schema: z.ZodType<T>): Promise<T> => {
  const body: unknown = await res.json().catch(() => undefined)
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error
    throw new ApiError(res.status, err?.code ?? 'http', err?.message ?? `The server answered ${res.status}.`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(res.status, 'bad-response', `Unexpected answer from ${path}.`)
  return parsed.data
}

const call = async (f: Fetch, path: string, init: RequestInit): Promise<Response> => {
  try {
    return await f(path, init)
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    throw new ApiError(0, 'network', `Could not reach the Framewright server (${(e as Error).message}).`)
  }
}

export const getJson = async <T>(path: string, schema: z.ZodType<T>, opts: { signal?: AbortSignal; fetch?: Fetch } = {}): Promise<T> =>
  readAnswer(await call(opts.fetch ?? fetch, path, { signal: opts.signal, headers: { accept: 'application/json' } }), path, schema)

/** POST / DELETE with a JSON body (or none): the API takes application/json only. */
export const sendJson = async <T>(method: 'POST' | 'DELETE', path: string, body: unknown, schema: z.ZodType<T>, opts: { signal?: AbortSignal; fetch?: Fetch } = {}): Promise<T> =>
  readAnswer(
    await call(opts.fetch ?? fetch, path, {
      method,
      signal: opts.signal,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    path,
    schema,
  )
