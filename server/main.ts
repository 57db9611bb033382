/**
 * `npm start` (via bin/serve.mjs): serve the built studio and the API on one origin,
 * on HOST:PORT (default 127.0.0.1:5173).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { googleCredentialsAvailable, loadServerEnv } from './env'
import { createGenerationsFromEnv } from './generations/setup'

export const DEFAULT_PORT = 5173
export const DEFAULT_HOST = '127.0.0.1'

const rootDir = fileURLToPath(new URL('..', import.meta.url))

export const startServer = async () => {
  const env = loadServerEnv(rootDir)
  const port = Number(env.PORT ?? DEFAULT_PORT)
  const host = env.HOST || DEFAULT_HOST
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Framewright studio: PORT must be a port number (got '${env.PORT}')`)
    process.exit(2)
  }
  // FRAMEWRIGHT_DIST_DIR serves another build (the end-to-end tests serve their e2e build)
  const distDir = env.FRAMEWRIGHT_DIST_DIR ? join(rootDir, env.FRAMEWRIGHT_DIST_DIR) : join(rootDir, 'dist')
  if (!existsSync(join(distDir, 'index.html'))) console.warn('Framewright studio: dist/ has no build yet; run `npm run build` (npm start does it).')
  const adc = googleCredentialsAvailable(env)
  let generations
  try {
    generations = await createGenerationsFromEnv(env, rootDir, { googleCredentialsAvailable: adc })
  } catch (e) {
    console.error(`Framewright studio: cannot open the generation ledger: ${(e as Error).message}`)
    process.exit(1)
  }
  const app = createApp({ env, distDir, googleCredentialsAvailable: adc, generations })
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    const shownHost = host.includes(':') ? `[${host}]` : host
    console.log(`Framewright studio: http://${shownHost}:${info.port}`)
  })
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(`Framewright studio: cannot listen on ${host}:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (set PORT)' : e.message}`)
    process.exit(1)
  })
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return server
}
