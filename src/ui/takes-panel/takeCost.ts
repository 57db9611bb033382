/** What takes cost, from their payloads and the price table (succeeded hosted takes only: previs is free). */
import { formatUsd, sumCosts } from '../../pricing'
import type { Take } from '../../takes/model'
import { type CostText, costText, estimateFor } from './routeChoice'

const parsed = (payload: string): unknown => {
  try {
    return JSON.parse(payload) as unknown
  } catch {
    return undefined
  }
}

/** The estimate of one take (previs: free). */
export const takeCost = (take: Take): CostText =>
  take.route === 'previs'
    ? { text: 'free', title: 'Rendered in this browser: nothing was spent.', estimate: null }
    : costText(estimateFor(take.route, take.target, parsed(take.payload)), 'The price of this take’s model, length or size is not in the price table.')

export interface ProjectCost {
  /** Hosted takes that finished (the ones providers charge for). */
  readonly takes: number
  readonly text: string
  readonly title: string
}

/** What the project's finished hosted takes have cost, or null when it has none. */
export const projectCost = (takes: readonly Take[]): ProjectCost | null => {
  const paid = takes.filter((t) => t.route !== 'previs' && t.status === 'succeeded')
  if (paid.length === 0) return null
  const sum = sumCosts(paid.map((t) => takeCost(t).estimate ?? { ok: false as const, reason: '' }))
  const priced = paid.length - sum.unknown
  const text = priced === 0 ? 'unpriced' : `${sum.lowestConfidence === 'published' ? '≈' : '~'} ${formatUsd(sum.usd)}${sum.unknown > 0 ? ` + ${sum.unknown} unpriced` : ''}`
  return {
    takes: paid.length,
    text,
    title: `Estimated from the price table for ${paid.length} finished hosted take(s); failed and canceled generations are not counted. Check your provider's billing for what was charged.`,
  }
}
