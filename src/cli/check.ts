/**
 * `framewright check`: the continuity warnings across the project's cuts and each shot's route
 * constraint problems (the compile errors of every hosted route that is a compile target), as lines
 * or as one JSON array. Pure.
 */
import { registryFor } from '../camera-presets/custom'
import { compileShot, getTarget } from '../compilers'
import { type ContinuityWarning, checkContinuity } from '../continuity'
import { ROUTE_MODELS } from '../route-catalog'
import type { Project } from '../timeline'

export interface CheckCutItem {
  readonly kind: ContinuityWarning['kind']
  /** 1-based: cut N is between shot N and shot N + 1. */
  readonly cut: number
  /** The shot numbers on either side of the cut (1-based). */
  readonly shots: readonly [number, number]
  readonly shotIds: readonly [string, string]
  readonly message: string
  readonly numbers: Readonly<Record<string, number>>
}

export interface CheckRouteItem {
  readonly kind: 'route'
  readonly shot: number
  readonly shotId: string
  readonly route: string
  readonly code: string
  readonly message: string
}

export type CheckItem = CheckCutItem | CheckRouteItem

/** Hosted routes that compile through a target of the same id (fal, replicate and comfyui reuse kling, minimax and the Wan target). */
export const checkedRoutes = (): string[] => Object.keys(ROUTE_MODELS).filter((id) => getTarget(id) !== undefined)

const cutItem = (w: ContinuityWarning): CheckCutItem => ({
  kind: w.kind,
  cut: w.cutIndex,
  shots: [w.cutIndex, w.cutIndex + 1],
  shotIds: [w.fromShotId, w.toShotId],
  message: w.message,
  numbers: w.numbers,
})

/** Every route a shot cannot go to as it is, with the compiler's reason. */
const routeItems = (project: Project): CheckRouteItem[] => {
  const registry = registryFor(project)
  const routes = checkedRoutes()
  return project.shots.flatMap((shot, i) =>
    routes.flatMap((route): CheckRouteItem[] => {
      const r = compileShot(route, project, i, registry)
      return r.ok ? [] : [{ kind: 'route', shot: i + 1, shotId: shot.id, route, code: r.error.code, message: r.error.message }]
    }),
  )
}

/** Continuity warnings in cut order, then route problems in shot order. */
export const checkData = (project: Project): CheckItem[] => [...checkContinuity(project, registryFor(project)).map(cutItem), ...routeItems(project)]

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim()

/** One line per item and a closing count, or the items as a JSON array. */
export const formatCheck = (project: Project, items: readonly CheckItem[], json: boolean): string => {
  if (json) return `${JSON.stringify(items, null, 2)}\n`
  const lines = items.map((it) => (it.kind === 'route' ? `route         Shot ${it.shot} → ${it.route}: ${oneLine(it.message)}` : `${it.kind.padEnd(13)} ${it.message}`))
  const cuts = Math.max(0, project.shots.length - 1)
  const warnings = items.filter((it) => it.kind !== 'route').length
  const problems = items.length - warnings
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  lines.push(`${plural(warnings, 'continuity warning')} across ${plural(cuts, 'cut')}; ${plural(problems, 'route problem')} (routes checked: ${checkedRoutes().join(', ')}).`)
  return `${lines.join('\n')}\n`
}
