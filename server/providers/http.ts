/**
 * The HTTP layer every non-SDK adapter uses: `providerFetch` (a bounded timeout per attempt,
 * combined with the caller's signal; retries on 429 and 5xx with exponential backoff and jitter,
 * honouring Retry-After; no retry on other 4xx) and `readProviderJson` (a non-2xx or unreadable
 * answer becomes a `ProviderError`). Clock, sleep and randomness are injectable for tests.
 */
import { type ClassifyHints, ProviderError, classifyProviderError, providerMessage } from './errors'

export { ProviderError, classifyProviderError, providerMessage, sanitizeProviderText, type ClassifyHints } from './errors'

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

export interface ProviderFetchOptions {
  /** Per attempt, in ms (default 30 000). */
  readonly timeoutMs?: number
  /** Extra attempts after the first (default 3). */
  readonly retries?: number
  readonly signal?: AbortSignal
  /** 'response' (default): the timeout also bounds reading the body; 'headers': it stops once headers arrive (streamed downloads). */
  readonly timeoutCovers?: 'response' | 'headers'
  /** First backoff delay in ms (default 500), doubled each retry, capped at maxDelayMs (default 8000). */
  readonly baseDelayMs?: number
  readonly maxDelayMs?: number
  /** The longest Retry-After honoured, in seconds (default 30): a longer one waits this long. */
  readonly maxRetryAfterS?: number
  /** Whether a dropped connection may be repeated (default: only for GET and HEAD). */
  readonly idempotent?: boolean
  /** Whether a 429/5xx answer is worth retrying (default: yes); e.g. a 429 that means "no credits" is not. */
  readonly retryable?: (res: Response) => boolean | Promise<boolean>
  /** The provider's name for messages (timeouts, unreachable). */
  readonly provider?: string
  readonly fetch?: FetchLike
  readonly sleep?: Sleep
  /** Epoch ms (for Retry-After dates). */
  readonly now?: () => number
  /** 0..1 (for jitter). */
  readonly random?: () => number
}

export const DEFAULT_TIMEOUT_MS = 30_000

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const done = () => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }
    const timer = setTimeout(done, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })

/** Retry-After as seconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export const parseRetryAfter = (value: string | null | undefined, nowMs: number = Date.now()): number | undefined => {
  if (value == null) return undefined
  const v = value.trim()
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v)
  const at = Date.parse(v)
  if (!/[a-z]/i.test(v) || Number.isNaN(at)) return undefined
  return Math.max(0, (at - nowMs) / 1000)
}

/** The wait before retry number `attempt` (0-based): the capped Retry-After, else exponential backoff with jitter. */
export const backoffDelayMs = (attempt: number, retryAfterS: number | undefined, o: ProviderFetchOptions = {}): number => {
  if (retryAfterS !== undefined) return Math.min(retryAfterS, o.maxRetryAfterS ?? 30) * 1000
  const base = Math.min((o.baseDelayMs ?? 500) * 2 ** attempt, o.maxDelayMs ?? 8000)
  return Math.round(base / 2 + (base / 2) * (o.random ?? Math.random)())
}

const isRetryStatus = (s: number) => s === 429 || s >= 500
const idempotent = (method: string | undefined) => ['GET', 'HEAD', undefined].includes(method?.toUpperCase())

class TimeoutMarker extends Error {}

const attempt = async (url: string, init: RequestInit, o: ProviderFetchOptions, timeoutMs: number): Promise<Response> => {
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(new TimeoutMarker('timeout')), timeoutMs)
  timer.unref?.()
  const signal = o.signal ? AbortSignal.any([o.signal, timeout.signal]) : timeout.signal
  try {
    const res = await (o.fetch ?? fetch)(url, { ...init, signal })
    if (o.timeoutCovers === 'headers') clearTimeout(timer)
    return res
  } catch (e) {
    clearTimeout(timer)
    if (o.signal?.aborted) throw o.signal.reason
    if (timeout.signal.aborted) throw new ProviderError('timed-out', providerMessage('timed-out', { provider: o.provider, timeoutS: timeoutMs / 1000 }))
    throw e
  }
}

/**
 * Sends one request with retries. Returns the last response, whatever its status (read it with
 * `readProviderJson`); throws `ProviderError('timed-out')` when an attempt runs past the timeout
 * (never retried: a submit may have landed), `ProviderError('provider-failure')` when the provider
 * cannot be reached, and the caller's abort reason when `signal` aborts.
 */
export const providerFetch = async (url: string, init: RequestInit = {}, o: ProviderFetchOptions = {}): Promise<Response> => {
  const retries = o.retries ?? 3
  const sleep = o.sleep ?? realSleep
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS
  for (let n = 0; ; n++) {
    let res: Response
    try {
      res = await attempt(url, init, o, timeoutMs)
    } catch (e) {
      if (e instanceof ProviderError || o.signal?.aborted) throw e
      // Could not connect or the connection dropped: safe to repeat only for reads.
      if (n < retries && (o.idempotent ?? idempotent(init.method))) {
        await sleep(backoffDelayMs(n, undefined, o), o.signal)
        continue
      }
      throw new ProviderError('provider-failure', `${o.provider ?? 'The provider'} could not be reached: try again later.`)
    }
    if (!isRetryStatus(res.status) || n >= retries || !(await (o.retryable?.(res) ?? true))) return res
    const retryAfterS = parseRetryAfter(res.headers.get('retry-after'), (o.now ?? Date.now)())
    await res.body?.cancel().catch(() => undefined)
    await sleep(backoffDelayMs(n, retryAfterS, o), o.signal)
  }
}

/**
 * The JSON of a 2xx answer; a non-2xx becomes `classifyProviderError` (with the Retry-After seconds),
 * an unreadable body `ProviderError('malformed-response')`, a body cut off by the timeout 'timed-out'.
 */
export const readProviderJson = async (res: Response, hints: ClassifyHints = {}, o: Pick<ProviderFetchOptions, 'signal' | 'timeoutMs' | 'now'> = {}): Promise<unknown> => {
  let text: string
  try {
    text = await res.text()
  } catch (e) {
    if (o.signal?.aborted) throw o.signal.reason
    if (e instanceof TimeoutMarker || (e as Error)?.name === 'TimeoutError' || (e as Error)?.name === 'AbortError')
      throw new ProviderError('timed-out', providerMessage('timed-out', { provider: hints.provider, timeoutS: o.timeoutMs !== undefined ? o.timeoutMs / 1000 : undefined }))
    throw new ProviderError('provider-failure', providerMessage('provider-failure', hints), { status: res.status })
  }
  if (!res.ok) return Promise.reject(classifyProviderError(res.status, text, { ...hints, retryAfterS: parseRetryAfter(res.headers.get('retry-after'), (o.now ?? Date.now)()) }))
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ProviderError('malformed-response', providerMessage('malformed-response', hints), { status: res.status })
  }
}
