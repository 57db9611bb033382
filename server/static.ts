/**
 * The built studio from dist/: files as they are, with a fallback to index.html for app paths
 * (a single-page app). Missing assets (a path with a file extension) stay 404.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

const IMMUTABLE = 'public, max-age=31536000, immutable'

export const serveStudio = (distDir: string): Hono => {
  const app = new Hono()
  app.use('*', async (c, next) => {
    await next()
    // Vite puts content-hashed files in assets/; everything else must be revalidated
    if (c.res.ok) c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache')
  })
  app.use('*', serveStatic({ root: distDir }))
  app.get('*', (c, next) => {
    const last = c.req.path.split('/').pop() ?? ''
    if (last.includes('.')) return c.text('Not found', 404)
    if (!existsSync(join(distDir, 'index.html')))
      return c.text('The studio is not built yet: run `npm run build` (or `npm start`, which builds it).', 503)
    return next()
  })
  app.get('*', serveStatic({ root: distDir, path: 'index.html' }))
  return app
}
