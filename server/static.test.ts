import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from './app'

const dist = mkdtempSync(join(tmpdir(), 'framewright-dist-'))
mkdirSync(join(dist, 'assets'))
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Framewright</title>')
writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)')
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
