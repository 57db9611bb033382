/**
 * Every route's choice for the selected shot: the server's routes (TanStack Query), the shot's
 * compile results (the compile panel's worker, shared) and the models chosen in this session.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { routesQuery } from '../../api-client'
import { getRunner } from '../../generate/runners'
import { useCompileResults } from '../compile-panel/useCompileResults'
import { PREVIS_ROUTE, type RouteChoice, routeChoice } from './routeChoice'
import { useGenerateSettings } from './settingsStore'

export interface RouteChoices {
  readonly choices: readonly RouteChoice[]
  readonly selected: RouteChoice
  /** The server could not be asked (the studio is served without it). */
  readonly serverMissing: boolean
  readonly compiling: boolean
}

export function useRouteChoices(): RouteChoices {
  const routes = useQuery(routesQuery())
  const { routeId, models } = useGenerateSettings((s) => s)
  // the selected hosted route's chained split is compiled too, so its parts can be priced before it is sent
  const chainTargetId = routeId === 'previs' ? undefined : routes.data?.find((r) => r.id === routeId)?.targets[0]
  const { reply, compiling } = useCompileResults(true, chainTargetId)
  const choices = useMemo(() => {
    const results = new Map((reply?.targets ?? []).map((t) => [t.target.id, t.result]))
    const hosted = (routes.data ?? []).filter((r) => r.id !== 'previs')
    return [PREVIS_ROUTE, ...hosted].map((route) => {
      const target = route.targets[0] ?? ''
      return routeChoice({
        route,
        result: results.get(target),
        modelId: models[route.id],
        supported: route.id === 'previs' || getRunner(route.id) !== undefined,
        chain: route.id === routeId && reply?.chain?.targetId === target ? reply.chain.parts : undefined,
      })
    })
  }, [reply, routes.data, models, routeId])
  const selected = choices.find((c) => c.id === routeId) ?? choices[0]
  return { choices, selected, serverMissing: routes.isError, compiling }
}
