/**
 * Calls through an official Stainless-generated SDK (lumaai, @runwayml/sdk) with the same policy as
 * `providerFetch`: the SDK is built with maxRetries 0, and `sdkCall` adds a bounded timeout per
 * attempt (the whole call, body included, combined with the caller's signal), retries 429 and 5xx
 * with backoff honouring Retry-After, never retries a timed-out or unreachable POST (it may have
 * landed: these providers take no idempotency key), and turns every failure into a `ProviderError`
 * without ever reading the SDK's own message (it quotes the provider's raw body).
 */
import { type ClassifyHints, ProviderError, classifyProviderError, providerMessage } from './errors'
import { DEFAULT_TIMEOUT_MS, type Sleep, backoffDelayMs, parseRetryAfter, realSleep } from './http'

export interface SdkCallOptions {
  readonly hints: ClassifyHints
  /** Per attempt, in ms (default 30 000). */
  readonly timeoutMs?: number
  /** Extra attempts after the first (default 3). */
  readonly retries?: number
  /** Reads (GET, DELETE) may be repeated after a dropped connection; creates may not. */
  readonly idempotent: boolean
  readonly signal?: AbortSignal
  readonly maxRetryAfterS?: number
  readonly sleep?: Sleep
  readonly now?: () => number
  readonly random?: () => number
}

/** The parts of a Stainless `APIError` read here (both SDK generations share them). */
interface SdkErrorLike {
  readonly status?: number
  readonly error?: unknown
  readonly headers?: Headers | Record<string, string | null | undefined>
}

const header = (h: SdkErrorLike['headers'], name: string): string | undefined => {
  if (!h) return undefined
  if (typeof (h as Headers).get === 'function') return (h as Headers).get(name) ?? undefined
  return (h as Record<string, string | undefined>)[name] ?? undefined
}

const statusOf = (e: unknown): number | undefined => {
  const s = (e as SdkErrorLike | undefined)?.status
  return typeof s === 'number' ? s : undefined
}

/** Runs `run(signal)` (one SDK request) under the retry and timeout policy. */
export const sdkCall = async <T>(run: (signal: AbortSignal) => Promise<T>, o: SdkCallOptions): Promise<T> => {
  const retries = o.retries ?? 3
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const sleep = o.sleep ?? realSleep
  const provider = o.hints.provider
  for (let n = 0; ; n++) {
    const timeout = new AbortController()
    const timer = setTimeout(() => timeout.abort(), timeoutMs)
    timer.unref?.()
    const signal = o.signal ? AbortSignal.any([o.signal, timeout.signal]) : timeout.signal
    let failure: unknown
    try {
      return await run(signal)
    } catch (e) {
      failure = e
    } finally {
      clearTimeout(timer)
    }
    if (o.signal?.aborted) throw o.signal.reason
    if (timeout.signal.aborted) throw new ProviderError('timed-out', providerMessage('timed-out', { provider, timeoutS: timeoutMs / 1000 }))
    const status = statusOf(failure)
    if (status !== undefined) {
      const e = failure as SdkErrorLike
      const retryAfterS = parseRetryAfter(header(e.headers, 'retry-after'), (o.now ?? Date.now)())
      if ((status === 429 || status >= 500) && n < retries) {
        await sleep(backoffDelayMs(n, retryAfterS, o), o.signal)
        continue
      }
      throw classifyProviderError(status, e.error ?? '', { ...o.hints, retryAfterS })
    }
    if (failure instanceof ProviderError) throw failure
    // A 2xx whose body is not JSON (the SDK's response.json() threw).
    if (failure instanceof SyntaxError) throw new ProviderError('malformed-response', providerMessage('malformed-response', o.hints))
    // Could not connect, or the connection dropped: safe to repeat only for reads.
    if (o.idempotent && n < retries) {
      await sleep(backoffDelayMs(n, undefined, o), o.signal)
      continue
    }
    throw new ProviderError('provider-failure', `${provider ?? 'The provider'} could not be reached: try again later.`)
  }
}
