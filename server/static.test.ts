import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from './app'
import { preferredEncoding } from './static'

const dist = mkdtempSync(join(tmpdir(), 'framewright-dist-'))
mkdirSync(join(dist, 'assets'))
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Framewright</title>')
writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)')
// a script big enough to be worth compressing, and a PNG (already compressed) of the same size
const bigScript = Buffer.from(Array.from({ length: 4000 }, (_, i) => `export const value${i} = ${i} * 2\n`).join(''))
writeFileSync(join(dist, 'assets', 'main-def456.js'), bigScript)
const pngBytes = Buffer.alloc(20_000, 7)
writeFileSync(join(dist, 'assets', 'picture-0a1b2c.png'), pngBytes)
writeFileSync(join(dist, 'index.html'), `<!doctype html><title>Framewright</title>${'<!-- padding -->'.repeat(200)}`)
afterAll(() => rmSync(dist, { recursive: true, force: true }))

const app = createApp({ env: {}, distDir: dist })

describe('serving the built studio', () => {
  it('serves index.html at /', async () => {
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('<title>Framewright</title>')
  })

  it('serves hashed assets with a long cache life', async () => {
    const res = await app.request('/assets/app-abc123.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('javascript')
    expect(res.headers.get('cache-control')).toContain('immutable')
  })

  it('falls back to index.html for app paths', async () => {
    const res = await app.request('/shots/2')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>Framewright</title>')
  })

  it('keeps missing files 404, and the API answers JSON', async () => {
    expect((await app.request('/assets/missing.js')).status).toBe(404)
    expect((await app.request('/api/routes')).status).toBe(200)
    expect((await app.request('/api/missing')).headers.get('content-type')).toContain('application/json')
  })

  it('never serves files outside dist/', async () => {
    writeFileSync(join(dist, '..', 'framewright-secret.txt'), 'secret')
    for (const path of ['/..%2fframewright-secret.txt', '/../framewright-secret.txt', '/assets/..%2f..%2fframewright-secret.txt']) {
      const res = await app.request(path)
      expect(await res.text()).not.toContain('secret')
    }
    rmSync(join(dist, '..', 'framewright-secret.txt'))
  })

  it('index.html is revalidated', async () => {
    expect((await app.request('/')).headers.get('cache-control')).toBe('no-cache')
    expect((await app.request('/assets/missing.js')).headers.get('cache-control')).toBeNull()
  })

  it('says how to build when dist/ is empty', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'framewright-empty-'))
    const res = await createApp({ env: {}, distDir: empty }).request('/')
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('npm run build')
    rmSync(empty, { recursive: true, force: true })
  })
})

describe('compressed serving', () => {
  const get = (path: string, acceptEncoding?: string) => app.request(path, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} })

  it('sends a script brotli-compressed when the client accepts brotli, and it decompresses to the file', async () => {
    const res = await get('/assets/main-def456.js', 'gzip, deflate, br')
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('vary')).toContain('Accept-Encoding')
    expect(res.headers.get('content-type')).toContain('javascript')
    expect(res.headers.get('cache-control')).toContain('immutable')
    const body = Buffer.from(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(body.length)
    expect(body.length).toBeLessThan(bigScript.length / 3)
    expect(brotliDecompressSync(body).equals(bigScript)).toBe(true)
  })

  it('sends gzip to a client that accepts gzip only, the same bytes on a second request', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await get('/assets/main-def456.js', 'gzip')
      expect(res.headers.get('content-encoding')).toBe('gzip')
      const body = Buffer.from(await res.arrayBuffer())
      expect(Number(res.headers.get('content-length'))).toBe(body.length)
      expect(gunzipSync(body).equals(bigScript)).toBe(true)
    }
  })

  it('sends the file as it is to a client that accepts no compression', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const res = await get('/assets/main-def456.js', accept)
      expect(res.headers.get('content-encoding')).toBeNull()
      expect(res.headers.get('vary')).toContain('Accept-Encoding')
      const body = Buffer.from(await res.arrayBuffer())
      expect(Number(res.headers.get('content-length'))).toBe(bigScript.length)
      expect(body.equals(bigScript)).toBe(true)
    }
  })

  it('leaves already-compressed types and tiny files alone', async () => {
    const png = await get('/assets/picture-0a1b2c.png', 'br, gzip')
    expect(png.headers.get('content-encoding')).toBeNull()
    expect(Buffer.from(await png.arrayBuffer()).equals(pngBytes)).toBe(true)
    const tiny = await get('/assets/app-abc123.js', 'br, gzip')
    expect(tiny.headers.get('content-encoding')).toBeNull()
    expect(await tiny.text()).toBe('console.log(1)')
  })

  it('compresses index.html (also as the app-path fallback) and never caches it as immutable', async () => {
    for (const path of ['/', '/index.html', '/shots/2']) {
      const res = await get(path, 'gzip')
      expect(res.headers.get('content-encoding')).toBe('gzip')
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toContain('<title>Framewright</title>')
    }
  })

  it('answers HEAD without a compressed body', async () => {
    const res = await app.request('/assets/main-def456.js', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBeNull()
  })

  it('leaves API responses as the API sends them', async () => {
    const res = await get('/api/routes', 'br, gzip')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(await res.json()).toBeTruthy()
  })

  it('reads Accept-Encoding with its weights', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(preferredEncoding('gzip')).toBe('gzip')
    expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(preferredEncoding('*')).toBe('br')
    expect(preferredEncoding('*, br;q=0')).toBe('gzip')
    expect(preferredEncoding('identity')).toBeNull()
    expect(preferredEncoding('')).toBeNull()
    expect(preferredEncoding(undefined)).toBeNull()
  })
})
