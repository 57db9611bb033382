/**
 * What the route picker shows for one route and the selected shot, as a pure function of the
 * server's route status, the shot's compile result for the route's target, the chosen model and the
 * price table: state (ready, or why not), kind of control, fidelity, model, cost, chained split.
 */
import type { RenderRoute } from '../../api-client'
import type { CompileFix, CompileResult } from '../../compilers'
import type { Seconds } from '../../core/units'
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
  /**
   * What in the shot itself keeps it from this route (it does not compile for the route's target, or
   * the chosen model refuses it), whether or not the route is set up; with the compiler's fixes.
   */
  readonly shotProblem: ShotProblem | null
  /** The compiler's chained split for this route: the shot has moves one after another ('sequence') or is longer than one generation ('length'). */
  readonly split: Extract<CompileFix, { kind: 'split' }> | null
  readonly splitWhy: 'sequence' | 'length' | null
  /** Whether the split can be sent now: set up, supported, and nothing else in the way. */
  readonly chainable: boolean
  /** The split's cost, part by part (each a generation of its own), when its parts are compiled; null until then. */
  readonly splitCost: CostText | null
  /** Whether a take goes with a start image (the shot's reference image, else the previs first frame): the chosen model starts from one and the server takes it. */
  readonly sendsStartImage: boolean
}

export interface ShotProblem {
  readonly message: string
  /** One or two words for the picker's row: "max 5 s", "needs 16:9". */
  readonly short: string
  readonly fixes: readonly CompileFix[]
}

/** A compiled part of the route's chained split (the compile worker's `compileChain`). */
export interface ChainPartResult {
  readonly startS: Seconds
  readonly durationS: Seconds
  readonly result: CompileResult
}

/** "max 5 s" for a shot too long, "needs 16:9" for the wrong aspect, else "can't take it". */
export const shortProblem = (fixes: readonly CompileFix[]): string => {
  for (const f of fixes) {
    if (f.kind === 'trim') return `max ${Number(f.toS.toFixed(2))} s`
    if (f.kind === 'set-aspect') return `needs ${f.aspect}`
  }
  return 'can’t take it'
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

const splitOf = (result: CompileResult | undefined): Pick<RouteChoice, 'split' | 'splitWhy'> => {
  const none = { split: null, splitWhy: null }
  if (!result) return none
  if (!result.ok) {
    const fix = result.error.fixes?.find((f) => f.kind === 'split')
    return fix?.kind === 'split' ? { split: fix, splitWhy: 'length' } : none
  }
  for (const w of result.warnings) if (w.fix?.kind === 'split') return { split: w.fix, splitWhy: 'sequence' }
  return none
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

/** The split's cost: each part priced as the chosen model's generation of it; unknown when a part does not compile or cannot be priced. */
export const splitCostText = (routeId: string, target: string, modelId: string | undefined, parts: readonly ChainPartResult[]): CostText => {
  let usd = 0
  let estimate: PriceEstimate | null = null
  for (const [i, part] of parts.entries()) {
    const compiled = payloadOf(part.result)
    const applied = compiled === undefined ? undefined : applyRouteModel(routeId, modelId, compiled)
    const e = applied?.ok ? estimateFor(routeId, target, applied.payload) : null
    if (!e?.ok) return costText(e, part.result.ok ? `Part ${i + 1} cannot be priced.` : `Part ${i + 1} does not compile: ${part.result.error.message}`)
    usd += e.usd
    estimate = e
  }
  if (!estimate?.ok) return costText(null, 'The split has no parts.')
  const one = costText(estimate, '')
  return { ...costText({ ...estimate, usd }, ''), title: `${parts.length} generations, each billed as one clip. ${one.title}` }
}

export interface RouteChoiceInput {
  readonly route: RenderRoute
  /** The shot's compile result for the route's target (undefined while compiling). */
  readonly result: CompileResult | undefined
  readonly modelId: string | undefined
  /** Whether this studio has a runner for the route. */
  readonly supported: boolean
  /** The route's chained split, compiled part by part, when it was asked for (the selected route). */
  readonly chain?: readonly ChainPartResult[]
}

const sendsStartImage = (route: RenderRoute, model: RouteModel | undefined): boolean => {
  const plan = startImagePlan(route.label, model, startImageUse(route.id, route.startImage))
  return 'send' in plan && plan.send
}

export const routeChoice = ({ route, result, modelId, supported, chain }: RouteChoiceInput): RouteChoice => {
  const target = route.targets[0] ?? ''
  const hosted = route.id !== 'previs'
  const models = routeModels(route.id)
  const compiled = result ? payloadOf(result) : undefined
  const applied = compiled === undefined ? undefined : applyRouteModel(route.id, modelId, compiled)
  const model = applied?.ok ? applied.model : models.find((m) => m.id === modelId) ?? models[0]
  const payload = applied?.ok ? applied.payload : undefined
  const shotProblem: ShotProblem | null =
    result && !result.ok
      ? { message: result.error.message, short: shortProblem(result.error.fixes ?? []), fixes: result.error.fixes ?? [] }
      : applied && !applied.ok
        ? { message: applied.reason, short: shortProblem([]), fixes: [] }
        : null
  const blocked = !route.enabled ? (route.reason ?? `${route.label} is not set up on this server.`) : !supported ? `This studio cannot send to ${route.label} yet.` : (shotProblem?.message ?? null)
  const { split, splitWhy } = hosted ? splitOf(result) : { split: null, splitWhy: null }
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
    shotProblem,
    split,
    splitWhy,
    chainable: split !== null && route.enabled && supported && !(applied && !applied.ok),
    splitCost: split && chain ? splitCostText(route.id, target, modelId, chain) : null,
    sendsStartImage: hosted && sendsStartImage(route, model),
  }
}
