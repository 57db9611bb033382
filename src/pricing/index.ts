/**
 * Pricing: what a generation costs at its provider, as data (PRICE_ROWS, one row per route, model
 * and variant, each with its source, date and confidence) and a pure estimator over it. See README.md.
 */
export { PRICE_ROWS } from './table'
export { ROUTE_LABELS, estimateCost, formatUsd, normalizeResolution, sumCosts } from './estimate'
export { priceQueryOf } from './fromPayload'
export type { CostTotal, PriceConfidence, PriceEstimate, PriceQuery, PriceResolution, PriceRow, PriceUnit } from './types'
