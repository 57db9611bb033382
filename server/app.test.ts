import { describe, expect, it } from 'vitest'
import { createApiApp } from './app'
import type { RouteProbe } from './routeProbe'
import type { Reachability, RouteStatus } from './routes'

/** ComfyUI as these tests want it, without asking the network (routeProbe.test.ts asks a real server). */
const comfy =
  (answer: Reachability): RouteProbe =>
  async () =>
    answer

const routesWith = async (env: Record<string, string>, googleCredentialsAvailable?: boolean, routeProbe: RouteProbe = comfy('unreachable')) => {
  const res = await createApiApp({ env, googleCredentialsAvailable, routeProbe }).request('/api/routes')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/json')
  const text = await res.text()
  return { text, routes: JSON.parse(text) as RouteStatus[] }
}
const byId = (routes: RouteStatus[], id: string) => routes.find((r) => r.id === id)!

describe('GET /api/routes', () => {
  it('lists previs first, enabled, then every contract route', async () => {
    const { routes } = await routesWith({})
    expect(routes.map((r) => r.id)).toEqual(['previs', 'kling', 'luma', 'runway', 'veo', 'veo-vertex', 'sora', 'higgsfield', 'minimax', 'fal', 'replicate', 'comfyui'])
    expect(routes[0]).toMatchObject({ id: 'previs', enabled: true, targets: ['trajectory'] })
    expect(routes[0].reason).toBeUndefined()
    for (const r of routes) expect(r).toEqual(expect.objectContaining({ label: expect.any(String), targets: expect.any(Array), limits: expect.any(Object) }))
  })

  it('with no keys, every provider route is disabled with a reason naming what to set', async () => {
    const { routes } = await routesWith({})
    expect(routes.filter((r) => r.enabled).map((r) => r.id)).toEqual(['previs'])
    expect(byId(routes, 'kling').reason).toBe('Set KLING_ACCESS_KEY and KLING_SECRET_KEY on the server')
    expect(byId(routes, 'luma').reason).toBe('Set LUMAAI_API_KEY on the server')
    expect(byId(routes, 'veo-vertex').reason).toBe('Set GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION on the server')
    expect(byId(routes, 'comfyui').reason).toBe('ComfyUI is not reachable at http://127.0.0.1:8188: start it, or set COMFYUI_URL to where it runs.')
  })

  it('names only the missing variables', async () => {
    const { routes } = await routesWith({ KLING_ACCESS_KEY: 'ak', HF_API_KEY: '  ' })
    expect(byId(routes, 'kling').reason).toBe('Set KLING_SECRET_KEY on the server')
    expect(byId(routes, 'higgsfield').reason).toBe('Set HF_API_KEY and HF_API_SECRET on the server')
  })

  it('enables a route when its variables are set, and never returns their values', async () => {
    const env = {
      KLING_ACCESS_KEY: 'secret-ak-123',
      KLING_SECRET_KEY: 'secret-sk-456',
      OPENAI_API_KEY: 'sk-secret-789',
      COMFYUI_URL: 'http://gpu-box:8188',
      FAL_KEY: 'fal-secret',
    }
    const { routes, text } = await routesWith(env, undefined, comfy('ok'))
    expect(routes.filter((r) => r.enabled).map((r) => r.id)).toEqual(['previs', 'kling', 'sora', 'fal', 'comfyui'])
    expect(byId(routes, 'kling').env).toEqual(['KLING_ACCESS_KEY', 'KLING_SECRET_KEY'])
    for (const value of Object.values(env)) expect(text).not.toContain(value)
  })

  it('says what each route does with a start image; Luma takes one only with FRAMEWRIGHT_PUBLIC_URL', async () => {
    const use = (routes: RouteStatus[]) => Object.fromEntries(routes.map((r) => [r.id, r.startImage]))
    expect(use((await routesWith({})).routes)).toEqual({
      previs: 'not-taken',
      kling: 'accepted',
      luma: 'needs-public-url',
      runway: 'accepted',
      veo: 'accepted',
      'veo-vertex': 'accepted',
      sora: 'accepted',
      higgsfield: 'accepted',
      minimax: 'accepted',
      fal: 'not-taken',
      replicate: 'accepted',
      comfyui: 'accepted',
    })
    const withUrl = await routesWith({ LUMAAI_API_KEY: 'k', FRAMEWRIGHT_PUBLIC_URL: 'https://studio.example.com' })
    expect(byId(withUrl.routes, 'luma')).toMatchObject({ enabled: true, startImage: 'accepted', env: ['LUMAAI_API_KEY', 'FRAMEWRIGHT_PUBLIC_URL'] })
    expect(withUrl.text).not.toContain('studio.example.com')
    expect(byId((await routesWith({ FRAMEWRIGHT_PUBLIC_URL: 'studio.example.com' })).routes, 'luma').startImage).toBe('needs-public-url')
  })

  it('veo-vertex also needs application default credentials', async () => {
    const env = { GOOGLE_CLOUD_PROJECT: 'p', GOOGLE_CLOUD_LOCATION: 'us-central1' }
    expect(byId((await routesWith(env)).routes, 'veo-vertex').reason).toContain('application default credentials')
    expect(byId((await routesWith(env, true)).routes, 'veo-vertex').enabled).toBe(true)
    expect(byId((await routesWith({ ...env, GOOGLE_APPLICATION_CREDENTIALS: '/k.json' })).routes, 'veo-vertex').enabled).toBe(true)
  })
})

describe('unknown API paths', () => {
  it.each([['GET', '/api/nope'], ['POST', '/api/routes'], ['GET', '/api']])('%s %s is a JSON 404', async (method, path) => {
    const res = await createApiApp({ env: {} }).request(path, { method, ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}) })
    expect(res.status).toBe(404)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('not-found')
    expect(body.error.message).toContain(path)
  })
})

describe('the API door', () => {
  it('refuses a POST that is not JSON, before any route sees it', async () => {
    const res = await createApiApp({ env: {} }).request('/api/generations', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })
    expect(res.status).toBe(415)
  })
  it('refuses a foreign Host and a cross-origin page', async () => {
    const app = createApiApp({ env: {} })
    expect((await app.request(new Request('http://evil.example/api/routes', { headers: { host: 'evil.example' } }))).status).toBe(403)
    expect((await app.request('/api/routes', { headers: { origin: 'https://evil.example' } })).status).toBe(403)
  })
})
