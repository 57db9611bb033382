/**
 * The thin async layer over `listRoutes`: a self-hosted route (ComfyUI) is on only when its server
 * answers. `createRouteProbe` asks `GET <origin><probePath>` with a short timeout and remembers the
 * answer for a few seconds per address (and shares one request among callers asking at once), so a
 * studio polling GET /api/routes does not hammer the user's GPU box. A user:password in the address
 * goes as basic auth (a proxy in front of it) and never into a message.
 */
import { type Reachability, type RouteCheckOptions, ROUTE_SPECS, type RouteStatus, type ServerEnv, listRoutes, shownAddress } from './routes'

export interface RouteProbeOptions {
  /** Per request, in ms (default 1500). */
  readonly timeoutMs?: number
  /** How long an answer is reused, in ms (default 5000). */
  readonly ttlMs?: number
  readonly fetch?: (input: string, init?: RequestInit) => Promise<Response>
  /** Epoch ms. */
  readonly now?: () => number
}

/** Asks a self-hosted server whether it runs: `url` its address (maybe with user:password), `path` the probe path. */
export type RouteProbe = (url: string, path: string) => Promise<Reachability>

export const createRouteProbe = (o: RouteProbeOptions = {}): RouteProbe => {
  const timeoutMs = o.timeoutMs ?? 1500
  const ttlMs = o.ttlMs ?? 5000
  const now = o.now ?? Date.now
  const cache = new Map<string, { at: number; answer: Promise<Reachability> }>()

  const ask = async (url: string, path: string): Promise<Reachability> => {
    const u = new URL(url)
    const user = decodeURIComponent(u.username)
    const password = decodeURIComponent(u.password)
    const headers: Record<string, string> = { accept: 'application/json' }
    if (user || password) headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
    try {
      const res = await (o.fetch ?? fetch)(`${u.origin}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
      await res.body?.cancel().catch(() => undefined)
      if (res.ok) return 'ok'
      return res.status === 401 || res.status === 403 || res.status === 407 ? 'refused' : 'unreachable'
    } catch {
      return 'unreachable'
    }
  }

  return (url, path) => {
    const key = `${url} ${path}`
    const hit = cache.get(key)
    if (hit && now() - hit.at < ttlMs) return hit.answer
    const answer = ask(url, path)
    cache.set(key, { at: now(), answer })
    // keep the map to the addresses in use
    for (const [k, v] of cache) if (now() - v.at >= ttlMs) cache.delete(k)
    return answer
  }
}

/** `listRoutes` with each self-hosted route asked whether it runs (a route whose address is unreadable is not asked). */
export const checkRoutes = async (env: ServerEnv, options: RouteCheckOptions, probe: RouteProbe): Promise<RouteStatus[]> => {
  const asked = await Promise.all(
    ROUTE_SPECS.filter((s) => s.selfHosted && shownAddress(s.selfHosted.urlOf(env))).map(async (s) => [s.id, await probe(s.selfHosted!.urlOf(env), s.selfHosted!.probePath)] as const),
  )
  return listRoutes(env, { ...options, reachability: { ...Object.fromEntries(asked), ...options.reachability } })
}
