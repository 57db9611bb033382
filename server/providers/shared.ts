/**
 * The small pieces every adapter repeats, written once: the options every adapter takes for its
 * HTTP (`AdapterHttpOptions`, `httpOptions`), the origin-only base URL, the env factory's reading of
 * keys and `<ROUTE>_BASE_URL` (`envValues`), the start image as base64 / a data URI, the
 * "fixed sentence" error (`errorsFor`), a failed task's status with the provider's sanitised reason
 * (`failedTask`), and the video download (`fetchVideo` / `videoAnswer`: Range passed on, the timeout
 * on the headers only, 416 passed on, a gone video said so).
 */
import type { ProviderErrorKind, ProviderStatus, StartImage } from '../generations/types'
import type { ServerEnv } from '../routes'
import { type ClassifyHints, type FetchLike, type ProviderFetchOptions, ProviderError, type Sleep, classifyProviderError, providerFetch, providerMessage, sanitizeProviderText } from './http'

/** What every adapter takes for its requests (tests inject all of it). */
export interface AdapterHttpOptions {
  readonly fetch?: FetchLike
  /** Per request attempt, in ms (default 30 000). */
  readonly timeoutMs?: number
  readonly retries?: number
  readonly sleep?: Sleep
  /** Epoch ms. */
  readonly now?: () => number
  readonly random?: () => number
}

/** The `providerFetch` options of an adapter's own options. */
export const httpOptions = (o: AdapterHttpOptions, provider: string) => ({ timeoutMs: o.timeoutMs, retries: o.retries, fetch: o.fetch, sleep: o.sleep, now: o.now, random: o.random, provider })

export { record } from './errors'

/** Scheme, host and port of `baseUrl` (a `<ROUTE>_BASE_URL` replaces only those), else of `fallback`. */
export const originOf = (baseUrl: string | undefined, fallback: string): string => new URL(baseUrl ?? fallback).origin

/**
 * The env variables an adapter is built from, trimmed (blank = absent): null when a `required` one
 * is missing, else every name of `required` and `optional` (an absent optional one as undefined).
 */
export const envValues = <R extends string, P extends string = never>(
  env: ServerEnv,
  required: Readonly<Record<R, string>>,
  optional: Readonly<Record<P, string>> = {} as Record<P, string>,
): ({ [K in R]: string } & { [K in P]: string | undefined }) | null => {
  const read = (name: string) => env[name]?.trim() || undefined
  const out: Record<string, string | undefined> = {}
  for (const [k, name] of Object.entries<string>(required)) {
    const v = read(name)
    if (!v) return null
    out[k] = v
  }
  for (const [k, name] of Object.entries<string>(optional)) out[k] = read(name)
  return out as { [K in R]: string } & { [K in P]: string | undefined }
}

/** The start image's bytes as base64. */
export const base64Of = (img: StartImage): string => Buffer.from(img.bytes).toString('base64')
/** The start image as a data URI (`data:image/png;base64,...`). */
export const dataUri = (img: StartImage): string => `data:${img.mimeType};base64,${base64Of(img)}`

/** `fail(kind, field?, message?)`: a ProviderError with the fixed sentence for `kind` (or `message`). */
export const errorsFor =
  (hints: ClassifyHints) =>
  (kind: ProviderErrorKind, field?: string, message?: string): ProviderError =>
    new ProviderError(kind, message ?? providerMessage(kind, { ...hints, field }), field ? { field } : {})

/** A provider's failure text made safe to show (one line, short, `secrets` redacted); '' when it is not a string. */
export const reasonOf = (text: unknown, secrets: readonly string[]): string => (typeof text === 'string' ? sanitizeProviderText(text, secrets) : '')

/** A finished task's status: `url` must be an http(s) URL, else the answer is malformed. */
export const succeededWith = (url: unknown, hints: ClassifyHints): ProviderStatus => {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new ProviderError('malformed-response', providerMessage('malformed-response', hints))
  return { status: 'succeeded', progress: 1, videoUrl: url }
}

/** Waits for a delete/cancel; a 404 means the task is already gone, which is fine. */
export const unlessGone = async (done: Promise<unknown>): Promise<void> => {
  try {
    await done
  } catch (e) {
    if (!(e instanceof ProviderError && e.status === 404)) throw e
  }
}

export interface FailedTaskOptions {
  /** The kind the provider's own code says; else the reason's text is classified. */
  readonly said?: ProviderErrorKind
  /** The kinds kept as they are (default moderation and out-of-credits); others are provider-failure. */
  readonly keep?: readonly ProviderErrorKind[]
  /** The message without a reason (default: the fixed sentence for the kind). */
  readonly fallback?: string
}

/** A task the provider ran and failed: `failed` with "<provider> could not make the video: <reason>." */
export const failedTask = (reason: string, hints: ClassifyHints, o: FailedTaskOptions = {}): ProviderStatus => {
  const said = o.said ?? classifyProviderError(200, { message: reason }, { provider: hints.provider }).kind
  const kind = (o.keep ?? ['moderation', 'out-of-credits']).includes(said) ? said : 'provider-failure'
  const message = reason ? `${hints.provider ?? 'The provider'} could not make the video: ${reason.replace(/[.!?…]?$/, '.')}` : (o.fallback ?? providerMessage(kind, hints))
  return { status: 'failed', error: { kind, message } }
}

export interface VideoAnswerOptions {
  readonly hints: ClassifyHints
  /** What a video the provider no longer has means to the user (how long it keeps files). */
  readonly gone: string
  /** The statuses that mean gone (default 403, 404, 410). */
  readonly goneStatuses?: readonly number[]
  /** Another non-2xx, classified from its body (default: provider-failure, the body unread). */
  readonly classify?: (status: number, text: string) => ProviderError
}

/** A download's answer: a 2xx or 416 as it is (the body streaming), else the error it means. */
export const videoAnswer = async (res: Response, o: VideoAnswerOptions): Promise<Response> => {
  if (res.ok || res.status === 416) return res
  let text = ''
  if (o.classify) text = await res.text().catch(() => '')
  else await res.body?.cancel().catch(() => undefined)
  if ((o.goneStatuses ?? [403, 404, 410]).includes(res.status)) throw new ProviderError('provider-failure', o.gone, { status: res.status })
  if (o.classify) throw o.classify(res.status, text)
  throw new ProviderError('provider-failure', providerMessage('provider-failure', o.hints), { status: res.status })
}

/**
 * GET a video URL with the Range passed on (and only the `headers` given: a public link gets no
 * key), the timeout covering the headers so a long download is not cut off; see `videoAnswer`.
 */
export const fetchVideo = async (
  videoUrl: string,
  init: { readonly range?: string; readonly signal?: AbortSignal },
  http: ProviderFetchOptions,
  o: VideoAnswerOptions & { readonly headers?: Record<string, string> },
): Promise<Response> => {
  const headers: Record<string, string> = { ...o.headers, ...(init.range ? { range: init.range } : {}) }
  const res = await providerFetch(videoUrl, { method: 'GET', headers }, { ...http, signal: init.signal, timeoutCovers: 'headers' })
  return videoAnswer(res, o)
}
