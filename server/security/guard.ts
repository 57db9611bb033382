/**
 * The door of a local server that can spend the user's paid accounts (CONTRACTS.md section 4):
 * - `Host` must name this server (DNS rebinding: a page at evil.example resolving to 127.0.0.1);
 * - `Origin`, when sent, must be the studio's own origin (another web page must not spend credits);
 * - bodies are `application/json` only (an upload route names its own types), so no form or
 *   text/plain "simple request" can reach a handler;
 * - when the server listens beyond loopback, generation routes need `FRAMEWRIGHT_TOKEN`.
 */
import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'

export interface GuardOptions {
  /** HOST the server is bound to (default 127.0.0.1). */
  readonly host?: string
  /** FRAMEWRIGHT_TOKEN, required for generation routes when `host` is not loopback. */
  readonly token?: string
  /** Paths (prefixes) whose bodies are not JSON, with the media types they take. */
  readonly uploads?: readonly { readonly path: string; readonly types: readonly string[] }[]
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])
const WILDCARD = new Set(['0.0.0.0', '::', '[::]'])

export const isLoopback = (host: string): boolean => LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host)

const hostnameOf = (hostHeader: string): string => {
  try {
    return new URL(`http://${hostHeader}`).hostname
  } catch {
    return ''
  }
}

const refuse = (code: string, message: string, status: 401 | 403 | 415) => ({ body: { error: { code, message } }, status })

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export const apiGuard = (options: GuardOptions = {}): MiddlewareHandler => {
  const bound = options.host || '127.0.0.1'
  const allowAnyHost = WILDCARD.has(bound)
  const names = new Set([...LOOPBACK_NAMES, hostnameOf(bound) || bound])
  const loopbackOnly = isLoopback(bound)
  return async (c, next) => {
    const url = new URL(c.req.url)
    const hostHeader = c.req.header('host') ?? url.host
    const hostname = hostnameOf(hostHeader)
    const deny = (r: ReturnType<typeof refuse>) => c.json(r.body, r.status)
    if (!allowAnyHost && !names.has(hostname) && !isLoopback(hostname))
      return deny(refuse('forbidden-host', `This server does not answer for the host '${hostname}'.`, 403))

    const origin = c.req.header('origin')
    if (origin !== undefined) {
      let originHost = ''
      try {
        originHost = new URL(origin).host
      } catch {
        // 'null' and garbage fall through to the refusal
      }
      if (originHost !== hostHeader) return deny(refuse('forbidden-origin', 'Requests from another web page are refused: only the studio served here may use this API.', 403))
    }
    if (c.req.header('sec-fetch-site') === 'cross-site') return deny(refuse('forbidden-origin', 'Cross-site requests are refused.', 403))

    if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') {
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase()
      const upload = options.uploads?.find((u) => url.pathname.startsWith(u.path))
      const ok = upload ? upload.types.includes(type) : type === 'application/json'
      if (!ok)
        return deny(refuse('unsupported-media-type', upload ? `This route takes ${upload.types.join(', ')} only.` : 'The API takes application/json bodies only.', 415))
    }

    if (!loopbackOnly && (url.pathname.startsWith('/api/generations') || url.pathname.startsWith('/api/uploads'))) {
      if (!options.token) return deny(refuse('token-required', 'This server listens beyond this computer: set FRAMEWRIGHT_TOKEN on it to allow generations.', 403))
      const given = (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '')
      if (!given || !sameText(given, options.token)) return deny(refuse('unauthorized', 'A valid Framewright token is required for generations on this server.', 401))
    }
    await next()
  }
}
