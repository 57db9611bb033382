/**
 * The generation routes over the real SQLite ledger and an adapter that follows the ProviderAdapter
 * contract (a scripted provider): idempotency, coalesced polling, signed ids, streaming, cancel.
 */
import { describe, expect, it } from 'vitest'
import { createApiApp } from '../app'
import { openSqliteLedger } from '../ledger'
import { createIdSigner } from '../security/signedIds'
import { createGenerationService } from './service'
import type { ProviderAdapter, ProviderStatus } from './types'

const VIDEO = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 251))

const scriptedProvider = (opts: { cancel?: boolean; failSubmit?: Error } = {}) => {
  const calls = { submit: 0, poll: 0, cancel: 0, fetch: [] as string[] }
  let status: ProviderStatus = { status: 'running', progress: 0.5 }
  const adapter: ProviderAdapter = {
    route: 'kling',
    async submit() {
      calls.submit++
      if (opts.failSubmit) throw opts.failSubmit
      await new Promise((r) => setTimeout(r, 5))
      return { taskId: `task-${calls.submit}` }
    },
    async poll() {
      calls.poll++
      return status
    },
    ...(opts.cancel ? { cancel: async () => void calls.cancel++ } : {}),
    async fetchVideo(url, { range }) {
      calls.fetch.push(url)
      const m = range?.match(/^bytes=(\d+)-(\d*)$/)
      if (!m) return new Response(VIDEO, { headers: { 'content-type': 'video/mp4', 'accept-ranges': 'bytes', 'content-length': String(VIDEO.length) } })
      const start = Number(m[1])
      const end = m[2] ? Number(m[2]) : VIDEO.length - 1
      return new Response(VIDEO.slice(start, end + 1), {
        status: 206,
        headers: { 'content-type': 'video/mp4', 'content-range': `bytes ${start}-${end}/${VIDEO.length}`, 'content-length': String(end - start + 1) },
      })
    },
  }
  return { adapter, calls, finish: (s: ProviderStatus) => (status = s) }
}

const setup = (provider = scriptedProvider()) => {
  let clock = 1_000_000
  const service = createGenerationService({
    ledger: openSqliteLedger(':memory:'),
    signer: createIdSigner(new Uint8Array(32).fill(3)),
    adapterFor: (route) => (route === 'kling' ? provider.adapter : null),
    targetsOf: (route) => ({ kling: ['kling'], luma: ['luma'] })[route] ?? null,
    now: () => clock,
    pollIntervalMs: 3000,
  })
  const app = createApiApp({ env: {}, generations: service })
  const post = (body: unknown) => app.request('/api/generations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { app, post, provider, tick: (ms: number) => (clock += ms) }
}

const body = (key = 'click-0001') => ({ route: 'kling', target: 'kling', payload: { prompt: 'a slow orbit' }, idempotencyKey: key })

describe('POST /api/generations', () => {
  it('sends the payload once per idempotency key, even when the same click arrives twice at once', async () => {
    const { post, provider } = setup()
    const [a, b] = await Promise.all([post(body()), post(body())])
    expect(a.status).toBe(202)
    expect(b.status).toBe(202)
    const [ja, jb] = [await a.json(), await b.json()]
    expect(ja.id).toBe(jb.id)
    expect(ja).toMatchObject({ route: 'kling' })
    expect(provider.calls.submit).toBe(1)
    const c = await (await post(body('click-0002'))).json()
    expect(c.id).not.toBe(ja.id)
    expect(provider.calls.submit).toBe(2)
  })

  it('validates the body and the route with one clear message each', async () => {
    const { post, app } = setup()
    expect(await (await post({ ...body(), idempotencyKey: 'x' })).json()).toMatchObject({ error: { code: 'invalid-body', message: expect.stringContaining('idempotencyKey') } })
    expect((await post({ ...body(), route: 'nope' })).status).toBe(404)
    expect(await (await post({ ...body(), route: 'luma', target: 'luma' })).json()).toMatchObject({ error: { code: 'route-unavailable' } })
    expect(await (await post({ ...body(), target: 'sora' })).json()).toMatchObject({ error: { code: 'wrong-target' } })
    const big = await app.request('/api/generations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body(), payload: 'x'.repeat(3 * 1024 * 1024) }),
    })
    expect(big.status).toBe(413)
  })

  it('a refused submit becomes a failed generation with the provider error’s kind', async () => {
    const err = Object.assign(new Error('The provider refused the key.'), { kind: 'bad-key' })
    const { post } = setup(scriptedProvider({ failSubmit: err }))
    expect(await (await post(body())).json()).toMatchObject({ status: 'failed', error: { kind: 'bad-key', message: 'The provider refused the key.' } })
  })
})

describe('GET /api/generations/:id', () => {
  it('many clients polling every second make one provider request per interval', async () => {
    const { post, app, provider, tick } = setup()
    const { id } = await (await post(body())).json()
    for (let second = 0; second < 9; second++) {
      const answers = await Promise.all(Array.from({ length: 5 }, () => app.request(`/api/generations/${id}`)))
      for (const a of answers) expect(a.status).toBe(200)
      tick(1000)
    }
    expect(provider.calls.poll).toBeGreaterThanOrEqual(2)
    expect(provider.calls.poll).toBeLessThanOrEqual(3)
  })

  it('serves the finished video through the server, with Range, and never the provider’s URL', async () => {
    const { post, app, provider, tick } = setup()
    const { id } = await (await post(body())).json()
    provider.finish({ status: 'succeeded', videoUrl: 'https://cdn.provider.example/v/abc.mp4' })
    tick(5000)
    const g = await (await app.request(`/api/generations/${id}`)).json()
    expect(g).toEqual({ id, route: 'kling', status: 'succeeded', progress: 1, videoUrl: `/api/generations/${id}/video` })
    expect(JSON.stringify(g)).not.toContain('cdn.provider.example')
    const whole = await app.request(g.videoUrl)
    expect(whole.status).toBe(200)
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(VIDEO)
    const part = await app.request(g.videoUrl, { headers: { range: 'bytes=100-199' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000')
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(VIDEO.slice(100, 200))
    expect(provider.calls.fetch).toEqual(['https://cdn.provider.example/v/abc.mp4', 'https://cdn.provider.example/v/abc.mp4'])
  })

  it('a forged or altered id is unknown and reaches no provider', async () => {
    const { post, app, provider } = setup()
    const { id } = await (await post(body())).json()
    const before = { ...provider.calls, fetch: [...provider.calls.fetch] }
    const altered = id.slice(0, -1) + (id.endsWith('A') ? 'B' : 'A')
    const forged = `${id.split('.')[0]}.${'A'.repeat(22)}`
    for (const bad of [altered, forged, 'made-up', id.split('.')[0]]) {
      expect((await app.request(`/api/generations/${bad}`)).status).toBe(404)
      expect((await app.request(`/api/generations/${bad}/video`)).status).toBe(404)
      expect((await app.request(`/api/generations/${bad}`, { method: 'DELETE' })).status).toBe(404)
    }
    expect(provider.calls.poll).toBe(before.poll)
    expect(provider.calls.fetch).toEqual(before.fetch)
    expect(provider.calls.cancel).toBe(0)
  })
})

describe('DELETE /api/generations/:id', () => {
  it('cancels at the provider where it can, and says so plainly where it cannot', async () => {
    const can = setup(scriptedProvider({ cancel: true }))
    const { id } = await (await can.post(body())).json()
    expect(await (await can.app.request(`/api/generations/${id}`, { method: 'DELETE' })).json()).toMatchObject({ status: 'canceled' })
    expect(can.provider.calls.cancel).toBe(1)

    const cannot = setup()
    const g = await (await cannot.post(body())).json()
    const res = await cannot.app.request(`/api/generations/${g.id}`, { method: 'DELETE' })
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({ error: { code: 'cannot-cancel' } })
  })
})

describe('without hosted generation', () => {
  it('the routes answer 503, not a crash', async () => {
    const app = createApiApp({ env: {} })
    expect((await app.request('/api/generations/x')).status).toBe(503)
  })
})
