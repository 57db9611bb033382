import { describe, expect, it } from 'vitest'
import { ProviderError, backoffDelayMs, classifyProviderError, parseRetryAfter, providerFetch, readProviderJson } from './http'

/** A scripted fetch: answers in turn, records each call. */
const scripted = (...answers: (Response | Error | 'hang')[]) => {
  const calls: { url: string; init?: RequestInit }[] = []
  const fetch = (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    const a = answers.shift() ?? new Response('{}')
    if (a === 'hang')
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true }))
    return a instanceof Error ? Promise.reject(a) : Promise.resolve(a)
  }
  return { fetch, calls }
}
const sleeps = () => {
  const seen: number[] = []
  return { seen, sleep: async (ms: number) => void seen.push(ms) }
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7)
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1.5)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:12 GMT', now)).toBe(12)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
  })
  it('ignores absent or unreadable values', () => {
    for (const v of [null, undefined, '', 'soon', '-3', '12abc']) expect(parseRetryAfter(v, now)).toBeUndefined()
  })
})

describe('backoffDelayMs', () => {
  it('doubles with jitter between half and the whole step, capped', () => {
    expect(backoffDelayMs(0, undefined, { random: () => 0 })).toBe(250)
    expect(backoffDelayMs(0, undefined, { random: () => 1 })).toBe(500)
    expect(backoffDelayMs(3, undefined, { random: () => 1 })).toBe(4000)
    expect(backoffDelayMs(10, undefined, { random: () => 1 })).toBe(8000)
  })
  it('waits the Retry-After instead, capped at maxRetryAfterS', () => {
    expect(backoffDelayMs(0, 2, {})).toBe(2000)
    expect(backoffDelayMs(0, 500, { maxRetryAfterS: 30 })).toBe(30_000)
  })
})

describe('providerFetch', () => {
  it('retries 429 and 5xx, honouring Retry-After, then returns the answer', async () => {
    const { fetch, calls } = scripted(json(429, {}, { 'retry-after': '3' }), json(503, {}), json(200, { ok: true }))
    const { seen, sleep } = sleeps()
    const res = await providerFetch('http://x/a', { method: 'POST' }, { fetch, sleep, random: () => 1 })
    expect(res.status).toBe(200)
    expect(calls).toHaveLength(3)
    expect(seen).toEqual([3000, 1000])
  })

  it('does not retry other 4xx', async () => {
    for (const status of [400, 401, 403, 404, 422]) {
      const { fetch, calls } = scripted(json(status, {}), json(200, {}))
      const res = await providerFetch('http://x', {}, { fetch, sleep: async () => {} })
      expect(res.status).toBe(status)
      expect(calls).toHaveLength(1)
    }
  })

  it('gives up after `retries` extra attempts and hands back the last answer', async () => {
    const { fetch, calls } = scripted(json(500, {}), json(500, {}), json(502, {}))
    const res = await providerFetch('http://x', {}, { fetch, retries: 2, sleep: async () => {} })
    expect(res.status).toBe(502)
    expect(calls).toHaveLength(3)
  })

  it('asks `retryable` before retrying (a 429 that means no credits is final)', async () => {
    const { fetch, calls } = scripted(json(429, { code: 1101 }), json(200, {}))
    const res = await providerFetch('http://x', {}, { fetch, sleep: async () => {}, retryable: async (r) => (await r.clone().json()).code !== 1101 })
    expect(res.status).toBe(429)
    expect(calls).toHaveLength(1)
  })

  it('bounds each attempt with the timeout and does not retry it', async () => {
    const { fetch, calls } = scripted('hang', json(200, {}))
    const t0 = Date.now()
    const err = await providerFetch('http://x', { method: 'POST' }, { fetch, timeoutMs: 50, provider: 'Acme' }).catch((e) => e)
    expect(err).toBeInstanceOf(ProviderError)
    expect(err).toMatchObject({ kind: 'timed-out', message: 'Acme did not answer within 0.1 s: try again later.' })
    expect(Date.now() - t0).toBeLessThan(1000)
    expect(calls).toHaveLength(1)
  })

  it("passes the caller's abort through as it is", async () => {
    const { fetch } = scripted('hang')
    const ctl = new AbortController()
    const p = providerFetch('http://x', {}, { fetch, signal: ctl.signal, timeoutMs: 5000 })
    ctl.abort(new Error('stop'))
    await expect(p).rejects.toThrow('stop')
  })

  it('retries a failed connection only for reads; a POST fails as provider-failure', async () => {
    const down = () => new TypeError('fetch failed')
    const get = scripted(down(), json(200, {}))
    expect((await providerFetch('http://x', { method: 'GET' }, { fetch: get.fetch, sleep: async () => {} })).status).toBe(200)
    const post = scripted(down(), json(200, {}))
    await expect(providerFetch('http://x', { method: 'POST' }, { fetch: post.fetch, provider: 'Acme' })).rejects.toMatchObject({
      kind: 'provider-failure',
      message: 'Acme could not be reached: try again later.',
    })
    expect(post.calls).toHaveLength(1)
  })
})

describe('classifyProviderError', () => {
  const c = (status: number, body: unknown, hints = {}) => classifyProviderError(status, typeof body === 'string' ? body : JSON.stringify(body), { provider: 'Acme', ...hints })

  it('maps statuses and provider codes to kinds', () => {
    expect(c(401, {}).kind).toBe('bad-key')
    expect(c(403, { error: { message: 'forbidden' } }).kind).toBe('bad-key')
    expect(c(402, {}).kind).toBe('out-of-credits')
    expect(c(400, { error: { code: 'insufficient_quota', message: 'You have insufficient balance' } }).kind).toBe('out-of-credits')
    expect(c(400, { error: { message: 'Your prompt was flagged by our safety system' } }).kind).toBe('moderation')
    expect(c(400, { error: { code: 'moderation_blocked' } }).kind).toBe('moderation')
    expect(c(429, {}).kind).toBe('rate-limited')
    expect(c(500, '<html>oops</html>').kind).toBe('provider-failure')
    expect(c(503, {}).kind).toBe('provider-failure')
    expect(c(429, { code: 1101 }, { codes: { 1101: 'out-of-credits' } }).kind).toBe('out-of-credits')
  })

  it('names the field of an invalid parameter, from the body or from the message', () => {
    expect(c(400, { error: { param: 'duration', message: 'bad' } })).toMatchObject({ kind: 'invalid-parameter', field: 'duration', message: 'Acme rejected the value of duration: change it and try again.' })
    expect(c(422, { detail: [{ loc: ['body', 'aspect_ratio'], msg: 'x' }] }).field).toBe('aspect_ratio')
    expect(c(400, { code: 1201, message: 'the duration must be 5 or 10, not the model_name' }, { fields: ['model_name', 'duration'] }).field).toBe('duration')
    expect(c(400, { message: 'something is off' }, { fields: ['duration'] })).toMatchObject({ kind: 'invalid-parameter', field: undefined })
    expect(c(400, { error: { param: 'x"; drop table', message: 'bad' } }).field).toBeUndefined()
  })

  it('says when to retry a rate limit, and names only env var names for a bad key', () => {
    expect(c(429, {}, { retryAfterS: 12 })).toMatchObject({ retryAfterS: 12, message: 'Acme is limiting requests: try again in 12 s.' })
    expect(c(401, {}, { keyEnv: ['A_KEY', 'A_SECRET'] }).message).toBe("Acme refused the server's key: check A_KEY and A_SECRET on the server.")
  })

  it('never repeats the body in its message', () => {
    const body = { error: { message: 'invalid token sk-live-SECRET for account bob@example.com', param: 'prompt' } }
    for (const status of [400, 401, 402, 403, 422, 429, 500]) {
      const e = c(status, body)
      expect(e.message).not.toMatch(/SECRET|bob@|invalid token/)
      expect(e.message.split('. ').length).toBe(1)
      expect(e.toGenerationError()).toEqual({ kind: e.kind, message: e.message, ...(e.field ? { field: e.field } : {}) })
    }
  })
})

describe('readProviderJson', () => {
  it('parses a 2xx, classifies a non-2xx with its Retry-After, and calls junk malformed', async () => {
    expect(await readProviderJson(json(200, { a: 1 }))).toEqual({ a: 1 })
    await expect(readProviderJson(json(429, {}, { 'retry-after': '4' }), { provider: 'Acme' })).rejects.toMatchObject({ kind: 'rate-limited', retryAfterS: 4 })
    await expect(readProviderJson(new Response('{"a":', { status: 200 }), { provider: 'Acme' })).rejects.toMatchObject({
      kind: 'malformed-response',
      message: 'Acme sent an answer the server could not read: try again later.',
    })
  })
})
