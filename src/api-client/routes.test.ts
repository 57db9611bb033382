import { describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { fetchRoutes } from './routes'

const respond = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('fetchRoutes', () => {
  it('parses the route list', async () => {
    const routes = await fetchRoutes({ fetch: respond(200, [{ id: 'previs', label: 'Previs', enabled: true, targets: ['trajectory'] }]) })
    expect(routes[0].id).toBe('previs')
  })
  it("reads each route's start image use, and still parses a server that does not say (or says something new)", async () => {
    const base = { label: 'x', enabled: true, targets: ['t'] }
    const routes = await fetchRoutes({
      fetch: respond(200, [
        { ...base, id: 'luma', startImage: 'needs-public-url' },
        { ...base, id: 'runway', startImage: 'accepted' },
        { ...base, id: 'fal', startImage: 'not-taken' },
        { ...base, id: 'old' },
        { ...base, id: 'newer', startImage: 'only-on-tuesdays' },
      ]),
    })
    expect(routes.map((r) => r.startImage)).toEqual(['needs-public-url', 'accepted', 'not-taken', undefined, undefined])
  })
  it('turns an API error body into an ApiError with its code', async () => {
    await expect(fetchRoutes({ fetch: respond(400, { error: { code: 'bad', message: 'Nope' } }) })).rejects.toMatchObject({ code: 'bad', status: 400 })
  })
  it('rejects a malformed answer', async () => {
    await expect(fetchRoutes({ fetch: respond(200, [{ id: 3 }]) })).rejects.toBeInstanceOf(ApiError)
  })
  it('reports an unreachable server', async () => {
    const down = async () => {
      throw new TypeError('fetch failed')
    }
    await expect(fetchRoutes({ fetch: down })).rejects.toMatchObject({ code: 'network' })
  })
})
