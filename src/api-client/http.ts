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

export const getJson = async <T>(path: string, schema: z.ZodType<T>, opts: { signal?: AbortSignal; fetch?: Fetch } = {}): Promise<T> => {
  const f = opts.fetch ?? fetch
  let res: Response
  try {
    res = await f(path, { signal: opts.signal, headers: { accept: 'application/json' } })
  } catch (e) {
    throw new ApiError(0, 'network', `Could not reach the Framewright server (${(e as Error).message}).`)
  }
  const body: unknown = await res.json().catch(() => undefined)
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error
    throw new ApiError(res.status, err?.code ?? 'http', err?.message ?? `The server answered ${res.status}.`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(res.status, 'bad-response', `Unexpected answer from ${path}.`)
  return parsed.data
}
