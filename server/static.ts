/**
 * The built studio from dist/: files as they are, with a fallback to index.html for app paths
 * (a single-page app). Missing assets (a path with a file extension) stay 404.
 *
 * Text-like files (JS, CSS, HTML, JSON, SVG, WebAssembly) go out compressed when the client says it
 * accepts it: brotli first, then gzip. Each file is compressed once, on its first request, and kept
 * in memory keyed by its path, size and modification time (so a rebuild is picked up without a
 * restart, and `dist-e2e` or any other build folder needs no build step of its own). Images, video,
 * audio and fonts are already compressed and go out as they are.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type Context, type Next } from 'hono'

const IMMUTABLE = 'public, max-age=31536000, immutable'

/** Content types worth compressing; everything else (png, jpeg, webp, mp4, woff2…) already is. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml|wasm)|image\/svg\+xml)/i
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024
/** Compressed bodies kept in memory, at most (a studio build compresses to a few MB). */
const MAX_CACHED_BYTES = 64 * 1024 * 1024

export type ContentEncoding = 'br' | 'gzip'

/**
 * The encoding to send for an Accept-Encoding header: brotli when accepted, else gzip, else none.
 * `q=0` refuses an encoding; `*` accepts any not named.
 */
export const preferredEncoding = (acceptEncoding: string | undefined | null): ContentEncoding | null => {
  if (!acceptEncoding) return null
  const q = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    q.set(name, Number.isFinite(value) ? value : 0)
  }
  const accepts = (enc: ContentEncoding) => (q.get(enc) ?? q.get('*') ?? 0) > 0
  if (accepts('br')) return 'br'
  if (accepts('gzip')) return 'gzip'
  return null
}

// brotli quality 9, not 11: on the studio's 950 KB main script 11 takes about 3 s of CPU for 8 %
// fewer bytes, 9 about 0.35 s (once per file); gzip 9 costs about the same as gzip 6
const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const compress = (bytes: Uint8Array, enc: ContentEncoding): Promise<Buffer> =>
  enc === 'br'
    ? brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
    : gzipAsync(bytes, { level: 9 })

/** Compressed bodies by encoding + file + size + mtime; the oldest go first past MAX_CACHED_BYTES. */
const cache = new Map<string, Promise<Buffer>>()
const cachedSizes = new Map<string, number>()
let cachedBytes = 0
const compressedOnce = (key: string, read: () => Promise<Uint8Array>, enc: ContentEncoding): Promise<Buffer> => {
  const hit = cache.get(key)
  if (hit) return hit
  const made = read().then((bytes) => compress(bytes, enc))
  cache.set(key, made)
  made.then(
    (body) => {
      if (!cache.has(key)) return
      cachedSizes.set(key, body.length)
      cachedBytes += body.length
      for (const [oldKey] of cache) {
        if (cachedBytes <= MAX_CACHED_BYTES || oldKey === key) break
        cachedBytes -= cachedSizes.get(oldKey) ?? 0
        cachedSizes.delete(oldKey)
        cache.delete(oldKey)
      }
    },
    () => cache.delete(key),
  )
  return made
}

/** The file serveStatic found for a request (its onFound hook), to key the cache by. */
const servedFile = new WeakMap<Request, string>()
const onFound = (path: string, c: Context) => {
  servedFile.set(c.req.raw, path)
}

const compressResponse = async (c: Context, next: Next) => {
  await next()
  const res = c.res
  if (c.req.method !== 'GET' || res.status !== 200 || !res.body || res.headers.has('content-encoding')) return
  // only files serveStatic found: never an API response that passes through this app's middleware
  const file = servedFile.get(c.req.raw)
  if (!file || !COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) return
  res.headers.append('Vary', 'Accept-Encoding')
  const enc = preferredEncoding(c.req.header('accept-encoding'))
  const size = Number(res.headers.get('content-length') ?? NaN)
  if (!enc || !(size >= MIN_BYTES)) return
  const key = `${enc}:${file}:${size}:${res.headers.get('last-modified') ?? ''}`
  const body = await compressedOnce(key, async () => new Uint8Array(await res.arrayBuffer()), enc)
  if (!res.bodyUsed) await res.body.cancel()
  const headers = new Headers(res.headers)
  headers.set('Content-Encoding', enc)
  headers.set('Content-Length', String(body.length))
  // Hono copies the old response's headers onto a new one; clear it first so Content-Length is ours
  c.res = undefined
  c.res = new Response(new Uint8Array(body), { status: 200, headers })
}

export const serveStudio = (distDir: string): Hono => {
  const app = new Hono()
  app.use('*', async (c, next) => {
    await next()
    // Vite puts content-hashed files in assets/; everything else must be revalidated
    if (c.res.ok) c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache')
  })
  app.use('*', compressResponse)
  app.use('*', serveStatic({ root: distDir, onFound }))
  app.get('*', (c, next) => {
    const last = c.req.path.split('/').pop() ?? ''
    if (last.includes('.')) return c.text('Not found', 404)
    if (!existsSync(join(distDir, 'index.html')))
      return c.text('The studio is not built yet: run `npm run build` (or `npm start`, which builds it).', 503)
    return next()
  })
  app.get('*', serveStatic({ root: distDir, path: 'index.html', onFound }))
  return app
}
