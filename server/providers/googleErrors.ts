/**
 * Google's error answers (google.rpc.Status: `{ error: { code, message, status, details } }`) as
 * ProviderErrors, for the Veo adapters: the Gemini API answers a bad key with 400 and the ErrorInfo
 * reason API_KEY_INVALID; RESOURCE_EXHAUSTED is a rate limit (its text mentions billing, so the
 * generic text match would misread it); BadRequest field violations name the field; RetryInfo
 * gives the wait when there is no Retry-After. Nothing of the body is repeated.
 */
import { type ClassifyHints, ProviderError, classifyProviderError, providerMessage } from './http'
import { record as obj } from './shared'

const KEY_REASONS = new Set(['API_KEY_INVALID', 'API_KEY_EXPIRED', 'API_KEY_SERVICE_BLOCKED', 'ACCESS_TOKEN_EXPIRED', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', 'CREDENTIALS_MISSING'])
const SAFE_FIELD = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/** "instances[0].image.mimeType" -> "image"; "parameters.durationSeconds" -> "durationSeconds". */
const fieldOf = (path: string): string | undefined => {
  const parts = path.split('.').map((p) => p.replace(/\[\d+\]$/, ''))
  const field = parts[0] === 'instances' || parts[0] === 'parameters' ? parts[1] : parts[parts.length - 1]
  return field && SAFE_FIELD.test(field) ? field : undefined
}

export const classifyGoogleError = (status: number, text: string, hints: ClassifyHints, retryAfterS?: number): ProviderError => {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return classifyProviderError(status, text, { ...hints, retryAfterS })
  }
  const err = obj(obj(body)?.error) ?? {}
  const details = Array.isArray(err.details) ? err.details.map(obj).filter((d): d is Record<string, unknown> => !!d) : []
  const reasons = details.map((d) => d.reason).filter((r): r is string => typeof r === 'string')
  const grpc = typeof err.status === 'string' ? err.status : ''
  const delay = details.map((d) => (typeof d.retryDelay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(d.retryDelay)?.[1] : undefined)).find(Boolean)
  const wait = retryAfterS ?? (delay !== undefined ? Number(delay) : undefined)
  const make = (kind: ProviderError['kind'], extra: { field?: string; retryAfterS?: number } = {}) =>
    new ProviderError(kind, providerMessage(kind, { ...hints, ...extra }), { ...extra, status })

  if (reasons.some((r) => KEY_REASONS.has(r)) || grpc === 'UNAUTHENTICATED' || status === 401) return make('bad-key')
  if (grpc === 'PERMISSION_DENIED' || status === 403) return make('bad-key')
  if (grpc === 'RESOURCE_EXHAUSTED' || status === 429) return make('rate-limited', wait !== undefined ? { retryAfterS: wait } : {})
  const violation = details.flatMap((d) => (Array.isArray(d.fieldViolations) ? d.fieldViolations.map(obj) : [])).find((v) => typeof v?.field === 'string')
  const field = violation ? fieldOf(String(violation.field)) : undefined
  const generic = classifyProviderError(status, { error: { message: err.message, status: grpc } }, { ...hints, retryAfterS: wait })
  if (field && generic.kind === 'invalid-parameter') return make('invalid-parameter', { field })
  return generic
}
