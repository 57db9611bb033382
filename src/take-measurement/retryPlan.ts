/**
 * From a low score to the next attempt (issue 11): what the three one-click retries would send and
 * whether each can be sent now. Pure: the comparison, the take and the routes' choices for its shot
 * in, plans out; the Takes panel attaches what runs them.
 */
import type { MotionComparison } from '../camera-measure/compare'
import { STRENGTH_TARGETS, strengthenPayload } from '../compilers/strength'
import type { Take } from '../takes/model'

/** Below this overall score the retries are offered. */
export const LOW_SCORE = 0.75
/** Strength is raised by at least this factor, and at most by the last. */
const MIN_FACTOR = 1.2
const MAX_FACTOR = 2.5

/** What the planner needs of a route's choice for the take's shot (ui/takes-panel/routeChoice). */
export interface RouteOption {
  readonly id: string
  readonly label: string
  readonly hosted: boolean
  /** Why it cannot be sent to now, or null. */
  readonly blocked: string | null
  /** The compiled move's fidelity to the design, 0..1, or null. */
  readonly fidelity: number | null
  /** The compiler's chained split (parts), when the shot has moves the route cannot do in one generation. */
  readonly splitParts: number | null
}

export type RetryPlan =
  | { readonly id: 'strength'; readonly label: string; readonly title: string; readonly unavailable?: string; readonly payload?: string }
  | { readonly id: 'best-route'; readonly label: string; readonly title: string; readonly unavailable?: string; readonly routeId?: string }
  | { readonly id: 'chain'; readonly label: string; readonly title: string; readonly unavailable?: string }

const pct = (x: number) => `${Math.round(x * 100)} %`

/**
 * How much more strength the take needed: the largest designed-over-measured ratio of the channels
 * it moved too little (rotation in degrees, zoom in log focal ratio), 2 for a channel it did not
 * move at all; clamped to 1.2..2.5. Null when nothing fell short.
 */
export const strengthFactor = (comparison: MotionComparison): number | null => {
  let factor = 0
  for (const finding of comparison.findings) {
    const channel = comparison.channels.find((c) => c.channel === finding.channel)
    if (!channel) continue
    if (finding.kinds.includes('missing')) factor = Math.max(factor, 2)
    else if (finding.kinds.includes('short')) {
      const designed = channel.unit === 'x' ? Math.log(channel.designed) : channel.designed
      const measured = channel.unit === 'x' ? Math.log(channel.measured) : channel.measured
      if (Math.abs(measured) > 1e-6) factor = Math.max(factor, Math.abs(designed / measured))
      else factor = Math.max(factor, 2)
    }
  }
  return factor > 1 ? Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor)) : null
}

const strengthPlan = (take: Take, comparison: MotionComparison, routeLabel: string): RetryPlan => {
  const label = 'Retry with more strength'
  if (!STRENGTH_TARGETS.has(take.target)) return { id: 'strength', label, title: label, unavailable: `${routeLabel} takes named moves without a strength.` }
  if (take.chain) return { id: 'strength', label, title: label, unavailable: 'A part of a chained generation is not made again on its own.' }
  const factor = strengthFactor(comparison)
  if (factor === null) return { id: 'strength', label, title: label, unavailable: 'No channel fell short: more strength would overshoot.' }
  let body: unknown
  try {
    body = JSON.parse(take.payload)
  } catch {
    return { id: 'strength', label, title: label, unavailable: 'This take\u2019s request body cannot be read.' }
  }
  const stronger = strengthenPayload(take.target, body, factor)
  if (!stronger.ok) return { id: 'strength', label, title: label, unavailable: stronger.reason }
  return {
    id: 'strength',
    label,
    title: `Make it again on ${routeLabel} with ${stronger.description} (the take moved about ${Math.round(100 / factor)} % of the way), same seed.`,
    payload: JSON.stringify(stronger.payload),
  }
}

const bestRoutePlan = (take: Take, routes: readonly RouteOption[]): RetryPlan => {
  const current = routes.find((r) => r.id === take.route)
  const candidates = routes.filter((r) => r.hosted && r.id !== take.route && r.blocked === null && r.fidelity !== null).sort((a, b) => b.fidelity! - a.fidelity!)
  const best = candidates[0]
  const label = best ? `Retry on ${best.label}` : 'Retry on another route'
  if (!best) return { id: 'best-route', label, title: label, unavailable: 'No other route is set up on the server for this shot.' }
  if (current?.fidelity != null && best.fidelity! <= current.fidelity)
    return { id: 'best-route', label, title: label, unavailable: `No set-up route is expected to follow this shot better than ${current.label} (${pct(current.fidelity)}).` }
  return {
    id: 'best-route',
    label,
    title: `Send the shot as it is now to ${best.label}, whose compiled move follows the design best (${pct(best.fidelity!)}${current?.fidelity != null ? ` against ${pct(current.fidelity)}` : ''}).`,
    routeId: best.id,
  }
}

const chainPlan = (take: Take, routes: readonly RouteOption[], routeLabel: string): RetryPlan => {
  const label = 'Split into chained generations'
  const current = routes.find((r) => r.id === take.route)
  if (take.chain) return { id: 'chain', label, title: label, unavailable: 'This take is already a part of a chained generation.' }
  if (!current?.hosted) return { id: 'chain', label, title: label, unavailable: 'Only a hosted route makes a shot as chained generations.' }
  if (!current.splitParts) return { id: 'chain', label, title: label, unavailable: `${routeLabel} can make this shot's move in one generation: there is nothing to split.` }
  return { id: 'chain', label: `Split into ${current.splitParts} chained generations`, title: `Send the shot to ${routeLabel} as ${current.splitParts} generations, each starting from the last frame of the one before, so each does one move.` }
}

/** The retries for a measured take: none when its score is not low. */
export const retryPlans = (take: Take, comparison: MotionComparison, routes: readonly RouteOption[]): RetryPlan[] => {
  if (comparison.score >= LOW_SCORE || take.route === 'previs') return []
  const routeLabel = routes.find((r) => r.id === take.route)?.label ?? take.route
  return [strengthPlan(take, comparison, routeLabel), bestRoutePlan(take, routes), chainPlan(take, routes, routeLabel)]
}
