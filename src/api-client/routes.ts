/** GET /api/routes: which render routes the server can use (CONTRACTS.md section 4). */
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { type Fetch, getJson } from './http'

/**
 * What a route does with the shot's start image: sends it, needs FRAMEWRIGHT_PUBLIC_URL on the server
 * to send it (Luma takes it only as a public URL), or takes none.
 */
export const START_IMAGE_USES = ['accepted', 'needs-public-url', 'not-taken'] as const
export type RouteStartImage = (typeof START_IMAGE_USES)[number]

export const routeSchema = z.object({
  id: z.string(),
  label: z.string(),
  enabled: z.boolean(),
  reason: z.string().optional(),
  targets: z.array(z.string()),
  limits: z.unknown().optional(),
  /** Absent from older servers; a value this client does not know reads as absent. */
  startImage: z.enum(START_IMAGE_USES).optional().catch(undefined),
})
export const routesSchema = z.array(routeSchema)
export type RenderRoute = z.infer<typeof routeSchema>

export const routeKeys = { all: ['routes'] as const }

export const fetchRoutes = (opts: { signal?: AbortSignal; fetch?: Fetch } = {}) => getJson('/api/routes', routesSchema, opts)

export const routesQuery = () => queryOptions({ queryKey: routeKeys.all, queryFn: ({ signal }) => fetchRoutes({ signal }), staleTime: 60_000 })
