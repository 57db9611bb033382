import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiMiddleware } from './devMiddleware'

let server: Server
let base = ''

beforeAll(async () => {
  const api = createApiMiddleware({ env: { LUMAAI_API_KEY: 'k' } })
  server = createServer((req, res) => api(req, res, () => res.end('vite')))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('createApiMiddleware', () => {
  it('answers /api requests', async () => {
    const res = await fetch(`${base}/api/routes`)
    const routes = (await res.json()) as { id: string; enabled: boolean }[]
    expect(routes.find((r) => r.id === 'luma')?.enabled).toBe(true)
  })

  it('passes everything else on', async () => {
    expect(await (await fetch(`${base}/src/main.tsx`)).text()).toBe('vite')
    expect(await (await fetch(`${base}/apiary`)).text()).toBe('vite')
    expect(await (await fetch(`${base}/public/other.png`)).text()).toBe('vite')
  })

  it('answers the public start-image links too (a provider fetches them from the dev server)', async () => {
    const res = await fetch(`${base}/public/start-images/not-a-signed-id`)
    expect(res.status).toBe(404)
    expect(await res.text()).toBe('Not found')
  })
})
