/**
 * The estimator: the price row that fits a generation, times its length where the price is per
 * second. Pure; reads only PRICE_ROWS (or the rows it is given).
 */
import { PRICE_ROWS } from './table'
import type { CostTotal, PriceConfidence, PriceEstimate, PriceQuery, PriceRow } from './types'

/** How each route is named to a user (CONTRACTS.md section 4 ids). */
export const ROUTE_LABELS: Readonly<Record<string, string>> = {
  kling: 'Kling',
  luma: 'Luma',
  runway: 'Runway',
  veo: 'Veo (Gemini API)',
  'veo-vertex': 'Veo (Vertex AI)',
  sora: 'OpenAI Sora',
  higgsfield: 'Higgsfield',
  minimax: 'MiniMax',
  fal: 'fal.ai',
  replicate: 'Replicate',
  comfyui: 'ComfyUI',
}

const routeLabel = (route: string) => ROUTE_LABELS[route] ?? route

/** Resolutions compared in lower case ("1080P" is "1080p"). */
export const normalizeResolution = (r: string | undefined): string | undefined => (r === undefined ? undefined : r.trim().toLowerCase())

const DURATION_EPS = 1e-6
const covers = (row: PriceRow, durationS: number) => row.unit === 'per-second' || !row.durationsS || row.durationsS.some((d) => Math.abs(d - durationS) < DURATION_EPS)
/** A row's field fits when the row leaves it open or names exactly the query's value. */
const fits = <T>(rowValue: T | undefined, queryValue: T | undefined) => rowValue === undefined || rowValue === queryValue
const specificity = (row: PriceRow) => [row.mode, row.resolution, row.audio, row.durationsS].filter((v) => v !== undefined).length

const round4 = (usd: number) => Math.round(usd * 1e4) / 1e4

/** What the query names, for a sentence: "Kling kling-v1 pro at 720p with audio at 7 s". */
const describe = (q: PriceQuery, resolution: string | undefined) =>
  [routeLabel(q.route), q.model, q.mode, resolution && `at ${resolution}`, q.audio === undefined ? undefined : q.audio ? 'with audio' : 'without audio', `at ${+q.durationS.toFixed(2)} s`]
    .filter(Boolean)
    .join(' ')

/**
 * The cost of one generation. The most specific row that fits wins (a row naming the mode,
 * resolution, audio or clip length beats one that leaves it open; on a tie, the first in the table).
 * A query that leaves a field open fits only rows that leave it open too.
 */
export const estimateCost = (q: PriceQuery, rows: readonly PriceRow[] = PRICE_ROWS): PriceEstimate => {
  if (!Number.isFinite(q.durationS) || q.durationS <= 0) return { ok: false, reason: `The clip's length is not known, so the cost of ${routeLabel(q.route)} ${q.model} cannot be estimated.` }
  const resolution = normalizeResolution(q.resolution)
  const ofModel = rows.filter((r) => r.route === q.route && r.model === q.model)
  if (ofModel.length === 0) return { ok: false, reason: `No price is known for ${routeLabel(q.route)} ${q.model}.` }
  const matching = ofModel.filter((r) => fits(r.mode, q.mode) && fits<string>(r.resolution, resolution) && fits(r.audio, q.audio) && covers(r, q.durationS))
  if (matching.length === 0) {
    const byAudio = q.audio === undefined && ofModel.some((r) => r.audio !== undefined && fits(r.mode, q.mode) && fits<string>(r.resolution, resolution) && covers(r, q.durationS))
    return { ok: false, reason: `No price is known for ${describe(q, resolution)}${byAudio ? ': the price depends on whether audio is generated' : ''}.` }
  }
  const row = matching.reduce((best, r) => (specificity(r) > specificity(best) ? r : best))
  const usd = row.unit === 'per-second' ? round4(row.usd * q.durationS) : row.usd
  return { ok: true, usd, row, confidence: row.confidence }
}

const CONFIDENCE_ORDER: readonly PriceConfidence[] = ['estimate', 'reported', 'published']

/** A project's total: the known estimates summed, the unknown ones counted, and the least certain confidence. */
export const sumCosts = (estimates: readonly PriceEstimate[]): CostTotal => {
  let usd = 0
  let unknown = 0
  let lowest: PriceConfidence | null = null
  for (const e of estimates) {
    if (!e.ok) {
      unknown++
      continue
    }
    usd += e.usd
    if (lowest === null || CONFIDENCE_ORDER.indexOf(e.confidence) < CONFIDENCE_ORDER.indexOf(lowest)) lowest = e.confidence
  }
  return { usd: round4(usd), unknown, lowestConfidence: lowest }
}

/** "$0.50", "$12.40", "$1,234.00"; "< $0.01" below a cent; "free" for 0; "?" for a value that is not a cost. */
export const formatUsd = (usd: number): string => {
  if (!Number.isFinite(usd) || usd < 0) return '?'
  if (usd === 0) return 'free'
  if (usd < 0.005) return '< $0.01'
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}
