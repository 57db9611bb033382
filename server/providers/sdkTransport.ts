/**
 * The transport the SDK-based adapters (sora, veo, veo-vertex) hand to their SDK as its `fetch`:
 * `providerFetch` underneath (per-attempt timeout, retries on 429/5xx honouring a capped Retry-After,
 * injectable sleep), with the SDK's own retries switched off. A JSON answer is read inside the
 * timeout; a non-2xx answer is thrown as a `ProviderError` (the SDK passes it on, or wraps it as the
 * `cause`), so the SDKs never build an error out of a provider's raw body. `sdkFailure` turns what
 * an SDK call threw into a `ProviderError`, never repeating the SDK's own message.
 */
import { type ClassifyHints, type FetchLike, type ProviderFetchOptions, ProviderError, classifyProviderError, parseRetryAfter, providerFetch, providerMessage } from './http'

export type SdkFetch = ((input: string | URL | Request, init?: RequestInit) => Promise<Response>) & { Response: typeof Response }

export interface SdkTransportOptions extends Omit<ProviderFetchOptions, 'signal' | 'timeoutCovers'> {
  readonly hints: ClassifyHints
  /** A non-2xx answer as the error to throw (default: `classifyProviderError`). */
  readonly classify?: (status: number, text: string, retryAfterS: number | undefined) => ProviderError
  /** Streamed downloads: the timeout covers the headers only; a non-2xx is thrown as `DownloadAnswer`. */
  readonly isDownload?: (url: URL) => boolean
}

/** A download's non-2xx answer, unread, for the adapter to judge (416 passes on; 404 means gone). */
export class DownloadAnswer extends Error {
  constructor(readonly response: Response) {
    super('download answer')
    this.name = 'DownloadAnswer'
  }
}

/** The first error of `type` in the `cause` chain of `e`. */
export const findCause = <T>(e: unknown, type: abstract new (...a: never[]) => T): T | undefined => {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) if (cur instanceof type) return cur
  return undefined
}

const isTimeoutError = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError' || e.message === 'timeout')

/** A `fetch` for an SDK whose own retries are off. */
export const sdkFetch = (o: SdkTransportOptions): SdkFetch => {
  const timeoutS = (o.timeoutMs ?? 30_000) / 1000
  const run = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const download = o.isDownload?.(new URL(url)) ?? false
    const signal = init.signal ?? undefined
    const res = await providerFetch(url, init, { ...o, provider: o.hints.provider, signal, timeoutCovers: download ? 'headers' : 'response' })
    if (download) {
      if (res.ok) return res
      throw new DownloadAnswer(res)
    }
    let text: string
    try {
      text = await res.text()
    } catch (e) {
      if (signal?.aborted) throw signal.reason
      if (isTimeoutError(e)) throw new ProviderError('timed-out', providerMessage('timed-out', { ...o.hints, timeoutS }))
      throw new ProviderError('provider-failure', providerMessage('provider-failure', o.hints), { status: res.status })
    }
    if (!res.ok) {
      const retryAfterS = parseRetryAfter(res.headers.get('retry-after'), (o.now ?? Date.now)())
      throw o.classify ? o.classify(res.status, text, retryAfterS) : classifyProviderError(res.status, text, { ...o.hints, retryAfterS })
    }
    try {
      JSON.parse(text)
    } catch {
      throw new ProviderError('malformed-response', providerMessage('malformed-response', o.hints), { status: res.status })
    }
    return new Response(text, { status: res.status, headers: res.headers })
  }
  // The OpenAI SDK probes `fetch.Response` to see whether FormData bodies are supported.
  return Object.assign(run, { Response })
}

/** The ProviderError behind what an SDK threw (it may wrap ours as `cause`), or the caller's abort. */
export const sdkFailure = (e: unknown, hints: ClassifyHints, signal?: AbortSignal, timeoutMs?: number): unknown => {
  if (signal?.aborted) return signal.reason
  const ours = findCause(e, ProviderError)
  if (ours) return ours
  if (e instanceof SyntaxError) return new ProviderError('malformed-response', providerMessage('malformed-response', hints))
  const name = e instanceof Error ? e.constructor.name : ''
  if (/Timeout/.test(name) || isTimeoutError(e)) return new ProviderError('timed-out', providerMessage('timed-out', { ...hints, timeoutS: timeoutMs !== undefined ? timeoutMs / 1000 : undefined }))
  return new ProviderError('provider-failure', providerMessage('provider-failure', hints))
}

export type { FetchLike }
