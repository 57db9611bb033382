import { describe, expect, it } from 'vitest'
import { ApiError } from './http'
import { fetchRoutes } from './routes'

const respond = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('fetchRoutes', () => {
  it('parses the route list', async () => {
    const routes = await fetchRoutes({ fetch: respond(200, [{ id: 'previs', label: 'Previs', enabled: true, targets: ['trajectory'] }]) })
    expect(routes[0].id).toBe('previs')
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
