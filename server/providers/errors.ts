/**
 * The provider error taxonomy (CONTRACTS.md section 4, generations/types.ts): `ProviderError` and
 * `classifyProviderError`, which turns a provider's HTTP status and body into one kind and a
 * one-sentence message a user can act on. Messages are built from fixed text, the provider's
 * label, a sanitised field name and numbers: never a key, a token or the provider's raw body.
 */
import type { GenerationError, ProviderErrorKind } from '../generations/types'

export interface ProviderErrorInit {
  readonly field?: string
  readonly retryAfterS?: number
  /** The HTTP status that caused it, where there was one. */
  readonly status?: number
}

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind
  readonly field?: string
  readonly retryAfterS?: number
  readonly status?: number

  constructor(kind: ProviderErrorKind, message: string, init: ProviderErrorInit = {}) {
    super(message)
    this.name = 'ProviderError'
    this.kind = kind
    if (init.field !== undefined) this.field = init.field
    if (init.retryAfterS !== undefined) this.retryAfterS = init.retryAfterS
    if (init.status !== undefined) this.status = init.status
  }

  toGenerationError(): GenerationError {
    return { kind: this.kind, message: this.message, ...(this.field ? { field: this.field } : {}) }
  }
}

export interface ClassifyHints {
  /** The provider's name as users know it ("Kling"). */
  readonly provider?: string
  /** The env vars that hold the key, named in the bad-key message (names only). */
  readonly keyEnv?: readonly string[]
  /** Provider error codes (the body's `code`) and what they mean; wins over the status. */
  readonly codes?: Readonly<Record<string, ProviderErrorKind>>
  /** Request fields the provider may name in a message; the first one named becomes `field`. */
  readonly fields?: readonly string[]
  /** From the response's Retry-After header. */
  readonly retryAfterS?: number
}

const CREDIT = /\b(balance|credits?|arrears?|insufficient[ _](funds|quota|balance)|payment required|billing|quota exceeded|resource pack)\b/i
const MODERATION = /\b(moderation|moderated|safety|unsafe|nsfw|content[ _-]?(policy|filter|security|risk)|policy (triggered|violation)|risk control|sensitive|prohibited|flagged)\b/i
const SAFE_FIELD = /^[A-Za-z][A-Za-z0-9_.[\]-]{0,63}$/

const and = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

/** The sentence for each kind (also used by adapters for errors they detect themselves). */
export const providerMessage = (kind: ProviderErrorKind, hints: ClassifyHints & { field?: string; timeoutS?: number } = {}): string => {
  const p = hints.provider ?? 'The provider'
  switch (kind) {
    case 'bad-key':
      return hints.keyEnv?.length ? `${p} refused the server's key: check ${and(hints.keyEnv)} on the server.` : `${p} refused the server's key: check it on the server.`
    case 'out-of-credits':
      return `Your ${p} account is out of credits: top it up, then try again.`
    case 'moderation':
      return `${p} refused the request under its content policy: change the prompt or the start image and try again.`
    case 'invalid-parameter':
      return hints.field ? `${p} rejected the value of ${hints.field}: change it and try again.` : `${p} rejected a parameter of the request: check the shot settings and try again.`
    case 'rate-limited':
      return hints.retryAfterS !== undefined ? `${p} is limiting requests: try again in ${Math.ceil(hints.retryAfterS)} s.` : `${p} is limiting requests: try again in a minute.`
    case 'provider-failure':
      return `${p} failed on its side: try again later.`
    case 'timed-out':
      return hints.timeoutS !== undefined ? `${p} did not answer within ${Math.round(hints.timeoutS * 10) / 10} s: try again later.` : `${p} did not answer in time: try again later.`
    case 'malformed-response':
      return `${p} sent an answer the server could not read: try again later.`
  }
}

interface BodyFacts {
  readonly code?: string
  readonly text: string
  readonly field?: string
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined)
/** A plain JSON object, or undefined (shared by every adapter through `shared.ts`). */
export const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined)
const obj = record

/** Reads the code, the message text (only ever matched, never repeated) and a named field. */
const bodyFacts = (body: unknown): BodyFacts => {
  let parsed = body
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body)
    } catch {
      return { text: body }
    }
  }
  const top = obj(parsed) ?? {}
  const err = obj(top.error) ?? top
  const detail = Array.isArray(top.detail) ? obj(top.detail[0]) : undefined
  const loc = detail && Array.isArray(detail.loc) ? str(detail.loc[detail.loc.length - 1]) : undefined
  const texts = [err.message, err.msg, top.message, typeof top.detail === 'string' ? top.detail : detail?.msg, err.type, err.status, typeof top.error === 'string' ? top.error : undefined]
  return {
    code: str(err.code) ?? str(top.code),
    text: texts.filter((t): t is string => typeof t === 'string').join(' '),
    field: str(err.param) ?? str(err.field) ?? str(top.field) ?? str(top.param) ?? loc,
  }
}

const findField = (facts: BodyFacts, fields: readonly string[] = []): string | undefined => {
  if (facts.field && SAFE_FIELD.test(facts.field)) return facts.field
  // The field the message names first.
  const lower = facts.text.toLowerCase()
  const at = (f: string) => lower.search(new RegExp(`(^|[^a-z0-9_])${f.toLowerCase().replace(/[.[\]]/g, '\\$&')}($|[^a-z0-9_])`))
  return fields
    .map((f) => [f, at(f)] as const)
    .filter(([, i]) => i >= 0)
    .sort((a, b) => a[1] - b[1])[0]?.[0]
}

const kindFor = (status: number, facts: BodyFacts, hints: ClassifyHints): ProviderErrorKind => {
  const byCode = facts.code !== undefined ? hints.codes?.[facts.code] : undefined
  if (byCode) return byCode
  if (status === 401 || status === 403) return 'bad-key'
  const code = facts.code?.replace(/[_-]+/g, ' ') ?? ''
  if (status === 402 || CREDIT.test(facts.text) || CREDIT.test(code)) return 'out-of-credits'
  if (MODERATION.test(facts.text) || MODERATION.test(code)) return 'moderation'
  if (status === 408) return 'timed-out'
  if (status === 429) return 'rate-limited'
  if (status === 400 || status === 422) return 'invalid-parameter'
  return 'provider-failure'
}

/** A provider's error answer as a `ProviderError`; `body` is the raw text or the parsed JSON. */
export const classifyProviderError = (status: number, body: unknown, hints: ClassifyHints = {}): ProviderError => {
  const facts = bodyFacts(body)
  const kind = kindFor(status, facts, hints)
  const field = kind === 'invalid-parameter' ? findField(facts, hints.fields) : undefined
  const retryAfterS = kind === 'rate-limited' ? hints.retryAfterS : undefined
  return new ProviderError(kind, providerMessage(kind, { ...hints, field, retryAfterS }), { field, retryAfterS, status })
}

/** Short, single-line provider text safe to show (a task's failure reason), with `secrets` removed. */
export const sanitizeProviderText = (text: string, secrets: readonly string[] = [], max = 200): string => {
  let out = [...text].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c)).join('')
  out = out.replace(/\s+/g, ' ').trim()
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]')
  out = out.replace(/\b(Bearer\s+)?eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[redacted]')
  return out.length > max ? `${out.slice(0, max - 1)}…` : out
}
