/** GET /api/routes: which render routes the server can use (CONTRACTS.md section 4). */
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { type Fetch, getJson } from './http'

export const routeSchema = z.object({
  id: z.string(),
  label: z.string(),
  enabled: z.boolean(),
  reason: z.string().optional(),
  targets: z.array(z.string()),
  limits: z.unknown().optional(),
})
export const routesSchema = z.array(routeSchema)
export type RenderRoute = z.infer<typeof routeSchema>

export const routeKeys = { all: ['routes'] as const }

export const fetchRoutes = (opts: { signal?: AbortSignal; fetch?: Fetch } = {}) => getJson('/api/routes', routesSchema, opts)

export const routesQuery = () => queryOptions({ queryKey: routeKeys.all, queryFn: ({ signal }) => fetchRoutes({ signal }), staleTime: 60_000 })
