/**
 * What the route picker shows for one route and the selected shot, as a pure function of the
 * server's route status, the shot's compile result for the route's target, the chosen model and the
 * price table: state (ready, or why not), kind of control, fidelity, model, cost, chained split.
 */
import type { RenderRoute } from '../../api-client'
import type { CompileFix, CompileResult } from '../../compilers'
import { type PriceEstimate, estimateCost, formatUsd, priceQueryOf } from '../../pricing'
import { startImageUse } from '../../generate/hostedRunner'
import { type ControlKind, type RouteModel, applyRouteModel, controlKindOf, routeModels, startImagePlan } from '../../route-catalog'

export const PREVIS_ROUTE: RenderRoute = { id: 'previs', label: 'Previs (in the browser)', enabled: true, targets: ['trajectory'] }

export interface CostText {
  /** "≈ $0.50", "free", "price unknown". */
  readonly text: string
  /** Where the figure comes from, or why there is none. */
  readonly title: string
  readonly estimate: PriceEstimate | null
}

export interface RouteChoice {
  readonly id: string
  readonly label: string
  readonly target: string
  readonly hosted: boolean
  /** Why Generate cannot send this shot here now (set up, supported, compiles, model takes it), or null. */
  readonly blocked: string | null
  /** Whether the route is set up on the server (a blocked route may still be set up). */
  readonly ready: boolean
  readonly control: ControlKind | undefined
  /** 0..1, or null when the shot does not compile for this route (yet). */
  readonly fidelity: number | null
  readonly models: readonly RouteModel[]
  readonly model: RouteModel | undefined
  /** The payload that would be sent (after the chosen model's changes), when it compiles. */
  readonly payload: unknown
  readonly cost: CostText
  /** The compiler's chained split for this route, when the shot has moves it cannot do in one generation. */
  readonly split: Extract<CompileFix, { kind: 'split' }> | null
  /** Whether a take goes with a start image (the shot's reference image, else the previs first frame): the chosen model starts from one and the server takes it. */
  readonly sendsStartImage: boolean
}

const payloadOf = (result: CompileResult): unknown => {
  if (!result.ok) return undefined
  if (result.payload !== undefined) return result.payload
  try {
    return JSON.parse(result.text) as unknown
  } catch {
    return undefined
  }
}

const splitOf = (result: CompileResult | undefined): RouteChoice['split'] => {
  if (!result?.ok) return null
  for (const w of result.warnings) if (w.fix?.kind === 'split') return w.fix
  return null
}

const CONFIDENCE_WORDS: Readonly<Record<string, string>> = { published: 'the provider’s published price', reported: 'a price reported by a third party', estimate: 'an unverified estimate' }

export const costText = (estimate: PriceEstimate | null, unknownWhy: string): CostText => {
  if (!estimate) return { text: 'price unknown', title: unknownWhy, estimate: null }
  if (!estimate.ok) return { text: 'price unknown', title: estimate.reason, estimate }
  const { row } = estimate
  const approx = row.confidence === 'published' ? '≈' : '~'
  return {
    text: estimate.usd === 0 ? 'free' : `${approx} ${formatUsd(estimate.usd)}`,
    title: `${row.model}${row.resolution ? ` at ${row.resolution}` : ''}: ${CONFIDENCE_WORDS[row.confidence] ?? row.confidence} (${row.source}, ${row.checked})${row.note ? `. ${row.note}` : ''}`,
    estimate,
  }
}

/** The estimate for a payload sent to a route, or null when its model, length or size cannot be read. */
export const estimateFor = (routeId: string, target: string, payload: unknown): PriceEstimate | null => {
  const q = payload === undefined ? null : priceQueryOf(routeId, target, payload)
  return q ? estimateCost(q) : null
}

export interface RouteChoiceInput {
  readonly route: RenderRoute
  /** The shot's compile result for the route's target (undefined while compiling). */
  readonly result: CompileResult | undefined
  readonly modelId: string | undefined
  /** Whether this studio has a runner for the route. */
  readonly supported: boolean
}

const sendsStartImage = (route: RenderRoute, model: RouteModel | undefined): boolean => {
  const plan = startImagePlan(route.label, model, startImageUse(route.id, route.startImage))
  return 'send' in plan && plan.send
}

export const routeChoice = ({ route, result, modelId, supported }: RouteChoiceInput): RouteChoice => {
  const target = route.targets[0] ?? ''
  const hosted = route.id !== 'previs'
  const models = routeModels(route.id)
  const compiled = result ? payloadOf(result) : undefined
  const applied = compiled === undefined ? undefined : applyRouteModel(route.id, modelId, compiled)
  const model = applied?.ok ? applied.model : models.find((m) => m.id === modelId) ?? models[0]
  const payload = applied?.ok ? applied.payload : undefined
  const blocked = !route.enabled
    ? route.reason ?? `${route.label} is not set up on this server.`
    : !supported
      ? `This studio cannot send to ${route.label} yet.`
      : result && !result.ok
        ? result.error.message
        : applied && !applied.ok
          ? applied.reason
          : null
  const cost = !hosted
    ? { text: 'free', title: 'Rendered in this browser: nothing is spent.', estimate: null }
    : costText(estimateFor(route.id, target, payload), result ? 'This shot does not compile for this route, so there is nothing to price.' : 'Compiling…')
  return {
    id: route.id,
    label: route.label,
    target,
    hosted,
    blocked,
    ready: route.enabled,
    control: controlKindOf(target),
    fidelity: result?.ok ? result.fidelity.score : null,
    models,
    model,
    payload,
    cost,
    split: hosted ? splitOf(result) : null,
    sendsStartImage: hosted && sendsStartImage(route, model),
  }
}
