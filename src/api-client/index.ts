export { ApiError, getJson } from './http'
export { fetchRoutes, routesQuery, routeKeys, routesSchema } from './routes'
export type { RenderRoute } from './routes'
