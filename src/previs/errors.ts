/** The errors a previs render rejects with: AbortError on cancel, else one sentence for a user. */

export const abortError = (): DOMException => new DOMException('The previs render was canceled.', 'AbortError')

export const isAbortError = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError'

export const throwIfAborted = (signal: AbortSignal | undefined): void => {
  if (signal?.aborted) throw abortError()
}

/** An error whose message is one clear sentence; the original error is kept as `cause`. */
export class PrevisError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause })
    this.name = 'PrevisError'
  }
}

/** Wraps anything thrown during a render into a PrevisError (PrevisError and AbortError pass through). */
export const toUserError = (e: unknown, during: 'render' | 'encode'): Error => {
  if (e instanceof PrevisError || isAbortError(e)) return e as Error
  const detail = e instanceof Error && e.message ? ` (${e.message.split('\n')[0].replace(/\.$/, '')})` : ''
  return during === 'render'
    ? new PrevisError(`The previs could not be rendered in this browser${detail}.`, e)
    : new PrevisError(`The previs video could not be encoded in this browser${detail}.`, e)
}
