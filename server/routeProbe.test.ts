/**
 * GET /api/routes asks ComfyUI whether it runs: a tiny local HTTP server stands in for it
 * (GET /system_stats), answering, refusing a login, or hanging; a closed port stands for ComfyUI not started.
 */
import { type IncomingMessage, type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiApp } from './app'
import { type RouteProbe, createRouteProbe } from './routeProbe'
import { type RouteStatus, listRoutes } from './routes'

interface StandIn {
  readonly url: string
  readonly requests: { path: string; authorization?: string }[]
  close(): Promise<void>
}

const servers: Server[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r).closeAllConnections())
})

/** A stand-in ComfyUI on 127.0.0.1: `answer` decides the status of each request (`hang` never answers). */
const standIn = async (answer: (req: IncomingMessage) => number | 'hang' = () => 200): Promise<StandIn> => {
  const requests: StandIn['requests'] = []
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization })
    const status = answer(req)
    if (status === 'hang') return
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(status === 200 ? JSON.stringify({ system: { os: 'posix', comfyui_version: '0.3.40' }, devices: [] }) : '{}')
  })
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) }
}

/** A port nothing listens on. */
const closedPort = async () => {
  const s = await standIn()
  await s.close()
  servers.pop()
  return s.url
}

const comfyOf = async (env: Record<string, string>, routeProbe: RouteProbe = createRouteProbe({ timeoutMs: 300 })) => {
  const res = await createApiApp({ env, routeProbe }).request('/api/routes')
  const text = await res.text()
  return { text, comfy: (JSON.parse(text) as RouteStatus[]).find((r) => r.id === 'comfyui')! }
}

describe('ComfyUI in GET /api/routes', () => {
  it('is enabled when ComfyUI answers GET /system_stats at COMFYUI_URL', async () => {
    const comfy = await standIn()
    const { comfy: route } = await comfyOf({ COMFYUI_URL: comfy.url })
    expect(route).toMatchObject({ enabled: true, kind: 'self-hosted', env: ['COMFYUI_URL'], startImage: 'accepted' })
    expect(route.reason).toBeUndefined()
    expect(comfy.requests.map((r) => r.path)).toEqual(['/system_stats'])
  })

  it('is disabled when nothing answers there, saying where it looked and what to do', async () => {
    const url = await closedPort()
    const { comfy } = await comfyOf({ COMFYUI_URL: url })
    expect(comfy).toMatchObject({ enabled: false, reason: `ComfyUI is not reachable at ${url}: start it, or set COMFYUI_URL to where it runs.` })
    // without COMFYUI_URL it looks at ComfyUI's default address (the reason as listRoutes writes it)
    expect(listRoutes({}, { reachability: { comfyui: 'unreachable' } }).find((r) => r.id === 'comfyui')?.reason).toBe(
      'ComfyUI is not reachable at http://127.0.0.1:8188: start it, or set COMFYUI_URL to where it runs.',
    )
    // something else at that port (not ComfyUI) is not ComfyUI
    const other = await standIn(() => 404)
    expect((await comfyOf({ COMFYUI_URL: other.url })).comfy.enabled).toBe(false)
  })

  it('gives up within its timeout when ComfyUI hangs', async () => {
    const hung = await standIn(() => 'hang')
    const t0 = Date.now()
    const { comfy } = await comfyOf({ COMFYUI_URL: hung.url }, createRouteProbe({ timeoutMs: 200 }))
    expect(Date.now() - t0).toBeLessThan(1500)
    expect(comfy.reason).toContain('is not reachable')
  })

  it('sends a user:password in COMFYUI_URL as basic auth and never shows it, reachable or not', async () => {
    const login = `Basic ${Buffer.from('artist:s3cret-pw').toString('base64')}`
    const proxy = await standIn((req) => (req.headers.authorization === login ? 200 : 401))
    const port = new URL(proxy.url).port
    const ok = await comfyOf({ COMFYUI_URL: `http://artist:s3cret-pw@127.0.0.1:${port}` })
    expect(ok.comfy.enabled).toBe(true)
    expect(proxy.requests[0].authorization).toBe(login)

    const wrong = await comfyOf({ COMFYUI_URL: `http://artist:wrong-pw@127.0.0.1:${port}` })
    expect(wrong.comfy).toMatchObject({
      enabled: false,
      reason: `ComfyUI at http://127.0.0.1:${port} refused the request: if a proxy in front of it needs a login, put the user and password in COMFYUI_URL.`,
    })
    const down = await closedPort()
    const gone = await comfyOf({ COMFYUI_URL: down.replace('http://', 'http://artist:s3cret-pw@') })
    expect(gone.comfy.reason).toBe(`ComfyUI is not reachable at ${down}: start it, or set COMFYUI_URL to where it runs.`)
    for (const text of [ok.text, wrong.text, gone.text]) {
      expect(text).not.toContain('s3cret-pw')
      expect(text).not.toContain('wrong-pw')
      expect(text).not.toContain('artist')
    }
    expect((await comfyOf({ COMFYUI_URL: 'ftp://artist:pw@box' })).comfy.reason).toBe('COMFYUI_URL is not an http(s) URL: set it to where ComfyUI runs (by default http://127.0.0.1:8188).')
  })

  it('asks once per few seconds however often the studio polls the routes, and asks again after', async () => {
    const comfy = await standIn()
    let clock = 1_000_000
    const app = createApiApp({ env: { COMFYUI_URL: comfy.url }, routeProbe: createRouteProbe({ timeoutMs: 300, ttlMs: 5000, now: () => clock }) })
    await Promise.all(Array.from({ length: 5 }, () => app.request('/api/routes')))
    clock += 1000
    await app.request('/api/routes')
    expect(comfy.requests).toHaveLength(1)
    clock += 5000
    await app.request('/api/routes')
    expect(comfy.requests).toHaveLength(2)
  })

  it('COMFYUI_BASE_URL, which the adapter uses, wins over COMFYUI_URL here too', async () => {
    const comfy = await standIn()
    const down = await closedPort()
    expect((await comfyOf({ COMFYUI_URL: down, COMFYUI_BASE_URL: comfy.url })).comfy.enabled).toBe(true)
  })
})
