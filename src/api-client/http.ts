/** A small typed fetch: JSON in, zod-validated JSON out, one error type; the server token where asked for. */
import type { z } from 'zod'
import { tokenAfterRefusal, tokenSent } from './token'

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

const withToken = (init: RequestInit, token: string | null): RequestInit =>
  token ? { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } } : init

/** The server's 401 for a missing or wrong token (not its 403 'token-required': the server has none set, asking would not help). */
const refusedToken = async (res: Response): Promise<boolean> => {
  if (res.status !== 401) return false
  const body = (await res.clone().json().catch(() => undefined)) as { error?: { code?: string } } | undefined
  return body?.error?.code === 'unauthorized'
}

const untilAborted = <T>(p: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> => {
  if (!signal) return p
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * One request to the server (`init.headers` a plain object): with the session's token
 * (`token.ts`) when there is one; a network failure becomes one ApiError. A 401 'unauthorized' asks
 * for the token once (the UI's dialog; nobody where no asker is registered, e.g. the CLI) and
 * retries once with the answer; dismissed, the 401 stands.
 */
export const fetchServer = async (f: Fetch, path: string, init: RequestInit = {}): Promise<Response> => {
  const sent = tokenSent()
  const res = await call(f, path, withToken(init, sent.token))
  if (!(await refusedToken(res))) return res
  const token = await untilAborted(tokenAfterRefusal(sent), init.signal)
  if (!token) return res
  return call(f, path, withToken(init, token))
}

export const getJson = async <T>(path: string, schema: z.ZodType<T>, opts: { signal?: AbortSignal; fetch?: Fetch } = {}): Promise<T> =>
  readAnswer(await fetchServer(opts.fetch ?? fetch, path, { signal: opts.signal, headers: { accept: 'application/json' } }), path, schema)

/** POST / DELETE with a JSON body (or none): the API takes application/json only. */
export const sendJson = async <T>(method: 'POST' | 'DELETE', path: string, body: unknown, schema: z.ZodType<T>, opts: { signal?: AbortSignal; fetch?: Fetch } = {}): Promise<T> =>
  readAnswer(
    await fetchServer(opts.fetch ?? fetch, path, {
      method,
      signal: opts.signal,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    path,
    schema,
  )
