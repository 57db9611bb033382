/**
 * The one way every SDK-based adapter (luma, runway, sora, veo, veo-vertex, replicate, fal) calls its
 * provider's official SDK. `sdkTransport(options)` gives
 * - `fetch`, handed to the SDK (its own retries off where it has a switch): `providerFetch`
 *   underneath, so each attempt has a timeout that covers the body too (a JSON answer is read inside
 *   it), 429/5xx are retried with backoff honouring a capped Retry-After (`retryable` narrows that,
 *   e.g. a create without an idempotency key), a timed-out request is never repeated and a dropped
 *   connection only for reads (GET, HEAD, DELETE). A failure (a non-2xx, classified; a timeout; an
 *   unreadable 2xx) is kept aside and the SDK is handed a bare 499 it never retries and cannot quote
 *   (some SDKs repeat a request whose fetch threw, timed-out creates included);
 * - `call(signal, run)`: runs one SDK call and throws the kept `ProviderError` once the SDK gives
 *   up, or what the SDK threw as a `ProviderError` (`sdkFailure`), never the SDK's own message (it
 *   may quote the provider's raw body). The caller's abort always wins, even where an SDK drops the
 *   signal.
 * Downloads (`isDownload`) keep the body streaming (the timeout covers the headers) and a non-2xx
 * comes back as a `DownloadAnswer` for the adapter to judge (416 passes on; 404 means gone).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { type ClassifyHints, DEFAULT_TIMEOUT_MS, type FetchLike, type ProviderFetchOptions, ProviderError, classifyProviderError, parseRetryAfter, providerFetch, providerMessage } from './http'

export type SdkFetch = ((input: string | URL | Request, init?: RequestInit) => Promise<Response>) & { Response: typeof Response }

export interface SdkRequest {
  readonly url: URL
  readonly method: string
}

export interface SdkTransportOptions extends Omit<ProviderFetchOptions, 'signal' | 'timeoutCovers' | 'retryable' | 'provider' | 'idempotent'> {
  readonly hints: ClassifyHints
  /** A non-2xx answer as the error to throw (default: `classifyProviderError` of its text). */
  readonly classify?: (status: number, text: string, retryAfterS: number | undefined, request: SdkRequest) => ProviderError
  /** Whether a 429/5xx answer to this request is worth retrying (default: yes). */
  readonly retryable?: (res: Response, request: SdkRequest) => boolean | Promise<boolean>
  /** Streamed downloads: the timeout covers the headers only; a non-2xx is kept as `DownloadAnswer`. */
  readonly isDownload?: (url: URL) => boolean
}

export interface SdkTransport {
  readonly fetch: SdkFetch
  /** Runs one SDK call; `refine` may replace the error thrown (it gets the one made and what the SDK threw). */
  call<T>(signal: AbortSignal | undefined, run: () => Promise<T>, refine?: (error: unknown, thrown: unknown) => unknown): Promise<T>
}

/**
 * `retryable` for a provider whose creates take no idempotency key: a create (`isCreate`) is repeated
 * only after 429 or 503, answers that say it was not acted on. After a 500, 502 or 504 the task may
 * exist (the answer was lost on the way back), and a second one would be billed too; after a timeout
 * or a dropped connection nothing is repeated anyway. Other requests: `others` (default: any 429/5xx).
 */
export const retryCreateOnlyIfRefused =
  (isCreate: (r: SdkRequest) => boolean, others?: (res: Response, r: SdkRequest) => boolean | Promise<boolean>) =>
  (res: Response, r: SdkRequest): boolean | Promise<boolean> =>
    isCreate(r) ? (res.status === 429 || res.status === 503) && (others?.(res, r) ?? true) : (others?.(res, r) ?? true)

/** A download's non-2xx answer, unread, for the adapter to judge (416 passes on; 404 means gone). */
export class DownloadAnswer extends Error {
  constructor(readonly response: Response) {
    super('download answer')
    this.name = 'DownloadAnswer'
  }
}

/** Handed to the SDK in place of a failed answer: not 429 and below 500, so it is never retried. */
const HANDED_BACK = 499
const NULL_BODY = new Set([101, 204, 205, 304])

/** The first error of `type` in the `cause` chain of `e`. */
export const findCause = <T>(e: unknown, type: abstract new (...a: never[]) => T): T | undefined => {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) if (cur instanceof type) return cur
  return undefined
}

const isTimeoutError = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError' || e.message === 'timeout')

/** The ProviderError behind what an SDK call threw (it may wrap ours as `cause`), or the caller's abort. */
export const sdkFailure = (e: unknown, hints: ClassifyHints, signal?: AbortSignal, timeoutMs?: number): unknown => {
  if (signal?.aborted) return signal.reason
  const ours = findCause(e, ProviderError) ?? findCause(e, DownloadAnswer)
  if (ours) return ours
  if (e instanceof SyntaxError) return new ProviderError('malformed-response', providerMessage('malformed-response', hints))
  const name = e instanceof Error ? e.constructor.name : ''
  if (/Timeout/.test(name) || isTimeoutError(e)) return new ProviderError('timed-out', providerMessage('timed-out', { ...hints, timeoutS: timeoutMs !== undefined ? timeoutMs / 1000 : undefined }))
  return new ProviderError('provider-failure', providerMessage('provider-failure', hints))
}

/** A promise that rejects with the signal's reason when it aborts (never settles otherwise). */
const abortOf = (signal: AbortSignal | undefined): Promise<never> => {
  const p = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(signal.reason)
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  p.catch(() => undefined)
  return p
}

export const sdkTransport = (o: SdkTransportOptions): SdkTransport => {
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const { hints } = o
  const slot = new AsyncLocalStorage<{ kept?: unknown }>()

  /** The answer, read whole inside the timeout (downloads: streaming), or the error it means, thrown. */
  const answer = async (input: string | URL | Request, init: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    const request: SdkRequest = { url, method }
    const download = o.isDownload?.(url) ?? false
    const signal = init.signal ?? undefined
    const res = await providerFetch(url.href, init, {
      ...o,
      provider: hints.provider,
      signal,
      timeoutCovers: download ? 'headers' : 'response',
      retryable: o.retryable ? (r) => o.retryable!(r, request) : undefined,
      idempotent: ['GET', 'HEAD', 'DELETE'].includes(method),
    })
    if (download) {
      if (res.ok) return res
      throw new DownloadAnswer(res)
    }
    let text: string
    try {
      text = await res.text()
    } catch (e) {
      if (signal?.aborted) throw signal.reason
      if (isTimeoutError(e)) throw new ProviderError('timed-out', providerMessage('timed-out', { ...hints, timeoutS: timeoutMs / 1000 }))
      throw new ProviderError('provider-failure', providerMessage('provider-failure', hints), { status: res.status })
    }
    if (!res.ok) {
      const retryAfterS = parseRetryAfter(res.headers.get('retry-after'), (o.now ?? Date.now)())
      throw o.classify ? o.classify(res.status, text, retryAfterS, request) : classifyProviderError(res.status, text, { ...hints, retryAfterS })
    }
    if (text !== '') {
      try {
        JSON.parse(text)
      } catch {
        throw new ProviderError('malformed-response', providerMessage('malformed-response', hints), { status: res.status })
      }
    }
    return new Response(text === '' || NULL_BODY.has(res.status) ? null : text, { status: res.status, headers: res.headers })
  }

  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    try {
      return await answer(input, init)
    } catch (e) {
      const store = slot.getStore()
      if (!store) throw e
      store.kept ??= e
      return new Response('{}', { status: HANDED_BACK, headers: { 'content-type': 'application/json' } })
    }
  }

  const call = async <T>(signal: AbortSignal | undefined, run: () => Promise<T>, refine?: (error: unknown, thrown: unknown) => unknown): Promise<T> => {
    const store: { kept?: unknown } = {}
    try {
      return await Promise.race([slot.run(store, run), abortOf(signal)])
    } catch (e) {
      const error = sdkFailure(store.kept ?? e, hints, signal, timeoutMs)
      throw refine ? refine(error, e) : error
    }
  }

  // The OpenAI SDK probes `fetch.Response` to see whether FormData bodies are supported.
  return { fetch: Object.assign(fetch, { Response }), call }
}

export type { FetchLike }
