import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { apiGuard } from './guard'
import { loadOrCreateSecret } from './secret'
import { createIdSigner, newGenerationId } from './signedIds'

describe('signed generation ids', () => {
  const signer = createIdSigner(new Uint8Array(32).fill(7))
  it('round-trips its own ids and refuses forged, altered or foreign ones', () => {
    const id = newGenerationId()
    const signed = signer.sign(id)
    expect(signer.verify(signed)).toBe(id)
    expect(signer.verify(`${id}.AAAAAAAAAAAAAAAAAAAAAA`)).toBeNull()
    expect(signer.verify(signed.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull()
    expect(signer.verify(`x${signed}`)).toBeNull()
    expect(signer.verify(id)).toBeNull()
    expect(signer.verify('../../etc/passwd.abc')).toBeNull()
    expect(createIdSigner(new Uint8Array(32).fill(8)).verify(signed)).toBeNull()
  })
  it('needs a secret of 32 bytes or more', () => {
    expect(() => createIdSigner(new Uint8Array(8))).toThrow(/32 bytes/)
  })
})

describe('server secret', () => {
  it('is created once, private to the user, and the same on the next start', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fw-secret-')), 'data')
    const a = loadOrCreateSecret(dir)
    expect(a.byteLength).toBe(32)
    expect(statSync(join(dir, 'secret')).mode & 0o777).toBe(0o600)
    expect(Buffer.from(loadOrCreateSecret(dir)).equals(Buffer.from(a))).toBe(true)
    expect(readFileSync(join(dir, 'secret'), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is one secret when several processes start at once on an empty data folder (replicas sharing it)', { timeout: 20_000 }, async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fw-secret-race-')), 'data')
    const worker = fileURLToPath(new URL('./secretWorker.ts', import.meta.url))
    const children = Array.from({ length: 6 }, () => spawn(process.execPath, ['--import', 'tsx', worker, dir], { stdio: ['pipe', 'pipe', 'inherit'] }))
    const lines = children.map((child) => {
      let out = ''
      const ready = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => ((out += d), out.startsWith('ready\n') && resolve())))
      const done = new Promise<string>((resolve) => child.on('exit', () => resolve(out.split('\n')[1] ?? '')))
      return { child, ready, done }
    })
    await Promise.all(lines.map((l) => l.ready))
    for (const l of lines) l.child.stdin.write('go\n')
    const secrets = await Promise.all(lines.map((l) => l.done))
    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(secrets)).toEqual(new Set([secrets[0]]))
    expect(readFileSync(join(dir, 'secret'), 'utf8').trim()).toBe(secrets[0])
    expect(readdirSync(dir)).toEqual(['secret'])
  })
})

const appWith = (options: Parameters<typeof apiGuard>[0] = {}) => {
  const app = new Hono()
  app.use('/api/*', apiGuard({ uploads: [{ path: '/api/uploads', types: ['image/png', 'image/jpeg'] }], ...options }))
  app.all('/api/*', (c) => c.json({ ok: true }))
  return app
}
const post = (headers: Record<string, string>, path = '/api/generations', body = '{}') =>
  new Request(`http://127.0.0.1:5173${path}`, { method: 'POST', headers: { host: '127.0.0.1:5173', ...headers }, body })

describe('API guard', () => {
  it('lets the studio in: same origin, JSON body, a loopback host', async () => {
    const res = await appWith().request(post({ origin: 'http://127.0.0.1:5173', 'content-type': 'application/json; charset=utf-8' }))
    expect(res.status).toBe(200)
    expect((await appWith().request(post({ 'content-type': 'application/json' }))).status).toBe(200) // the CLI sends no Origin
  })
  it('refuses a POST from another web page', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:9999', 'null']) {
      const res = await appWith().request(post({ origin, 'content-type': 'application/json' }))
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden-origin' } })
    }
    expect((await appWith().request(post({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }))).status).toBe(403)
  })
  it('refuses text/plain and form bodies (the "simple requests" a page can send without asking)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const res = await appWith().request(post(type ? { 'content-type': type } : {}))
      expect(res.status).toBe(415)
    }
  })
  it('lets an upload route take its own image types only', async () => {
    expect((await appWith().request(post({ 'content-type': 'image/png' }, '/api/uploads/start-image'))).status).toBe(200)
    expect((await appWith().request(post({ 'content-type': 'application/json' }, '/api/uploads/start-image'))).status).toBe(415)
  })
  it('refuses a foreign Host (DNS rebinding)', async () => {
    const res = await appWith().request(new Request('http://evil.example:5173/api/routes', { headers: { host: 'evil.example:5173' } }))
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden-host' } })
    expect((await appWith().request(new Request('http://localhost:5173/api/routes', { headers: { host: 'localhost:5173' } }))).status).toBe(200)
  })
  it('beyond loopback, generation routes need FRAMEWRIGHT_TOKEN; other routes do not', async () => {
    const open = appWith({ host: '0.0.0.0' })
    const req = (auth?: string) =>
      new Request('http://192.0.2.7:5173/api/generations', {
        method: 'POST',
        headers: { host: '192.0.2.7:5173', 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: '{}',
      })
    expect(await (await open.request(req())).json()).toMatchObject({ error: { code: 'token-required' } })
    const guarded = appWith({ host: '0.0.0.0', token: 'tok-123' })
    expect((await guarded.request(req())).status).toBe(401)
    expect((await guarded.request(req('Bearer wrong'))).status).toBe(401)
    expect((await guarded.request(req('Bearer tok-123'))).status).toBe(200)
    expect((await guarded.request(new Request('http://192.0.2.7:5173/api/routes', { headers: { host: '192.0.2.7:5173' } }))).status).toBe(200)
  })
})
