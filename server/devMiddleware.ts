/**
 * The API as Connect-style middleware, for mounting in the Vite dev server later:
 *   configureServer(server) { server.middlewares.use(createApiMiddleware({ env: loadServerEnv(root) })) }
 * Requests outside /api (and the public start-image links) go on to Vite.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { type ApiOptions, createApiApp } from './app'
import { PUBLIC_START_IMAGE_PATH } from './generations/startImages'

export type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void

export const createApiMiddleware = (options: ApiOptions): ConnectMiddleware => {
  const listener = getRequestListener(createApiApp(options).fetch)
  return (req, res, next) => {
    const url = req.url ?? '/'
    if (url !== '/api' && !url.startsWith('/api/') && !url.startsWith('/api?') && !url.startsWith(PUBLIC_START_IMAGE_PATH)) return next()
    listener(req, res).catch(next)
  }
}
