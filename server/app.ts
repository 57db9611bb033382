/**
 * The server's Hono apps, built from injected options so tests call `app.request(...)` with any env.
 * `createApiApp`: the JSON API under /api. `createApp`: the API plus the built studio from dist/.
 */
import { Hono } from 'hono'
import { UPLOAD_ROUTES, mountGenerationRoutes, mountPublicRoutes } from './generations/routes'
import type { GenerationService } from './generations/service'
import { type RouteProbe, checkRoutes, createRouteProbe } from './routeProbe'
import type { RouteCheckOptions, ServerEnv } from './routes'
import { apiGuard } from './security/guard'
import { serveStudio } from './static'

export interface ApiOptions extends RouteCheckOptions {
  /** The server's environment (process.env plus .env in production; anything in tests). */
  readonly env: ServerEnv
  /** Hosted generations (ledger + adapters); without it the generation routes answer 503. */
  readonly generations?: GenerationService | null
  /** Asks self-hosted routes (ComfyUI) whether they run (default: a real, cached probe per app). */
  readonly routeProbe?: RouteProbe
}

export interface AppOptions extends ApiOptions {
  /** Absolute path of the built app (dist/). */
  readonly distDir: string
}

export type ApiErrorCode = 'not-found' | 'internal'

const apiError = (code: ApiErrorCode, message: string) => ({ error: { code, message } })

export const createApiApp = (options: ApiOptions): Hono => {
  const api = new Hono()
  const probe = options.routeProbe ?? createRouteProbe()
  // outside /api and its door: a provider's servers fetch start images from here (any Host, no token)
  mountPublicRoutes(api, options.generations ?? null)
  api.use('/api/*', apiGuard({ host: options.env.HOST, token: options.env.FRAMEWRIGHT_TOKEN, uploads: UPLOAD_ROUTES }))
  api.get('/api/routes', async (c) => c.json(await checkRoutes(options.env, options, probe)))
  mountGenerationRoutes(api, options.generations ?? null)
  api.all('/api/*', (c) => c.json(apiError('not-found', `No API route ${c.req.method} ${c.req.path}`), 404))
  // never echo an exception: it could carry a key or a provider's response
  api.onError((_err, c) => c.json(apiError('internal', 'The server failed to handle this request.'), 500))
  return api
}

export const createApp = (options: AppOptions): Hono => {
  const app = new Hono()
  app.route('/', createApiApp(options))
  app.route('/', serveStudio(options.distDir))
  return app
}
