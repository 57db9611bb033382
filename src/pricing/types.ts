/**
 * The shapes of the pricing module: a price row (one figure, with where it came from), a query (one
 * generation as the estimator sees it) and an estimate.
 */

/**
 * How far a figure can be trusted: 'published' = read on the vendor's own page; 'reported' = read on
 * a third party's page (a reseller, a price list that passes the vendor's price on, a write-up);
 * 'estimate' = nobody's page we could read says it, so it is our best guess (the note says why).
 */
export type PriceConfidence = 'published' | 'reported' | 'estimate'

/** 'per-second': usd times the clip's seconds; 'per-clip': usd for one clip of a length in durationsS. */
export type PriceUnit = 'per-second' | 'per-clip'

/** Output resolutions a row can name (lower case; "1024p" is Sora's 1024x1792 / 1792x1024 class). */
export type PriceResolution = '540p' | '720p' | '768p' | '1024p' | '1080p' | '4k'

export interface PriceRow {
  /** Unique, stable: route.model[.mode][.resolution][.audio][.duration]. */
  readonly id: string
  /** A route id of CONTRACTS.md section 4 (kling, luma, ..., comfyui). */
  readonly route: string
  /** The model as the route bills it (for fal.ai and Replicate: the endpoint / model the adapter calls). */
  readonly model: string
  /** Only this mode (Kling std / pro); undefined = any mode. */
  readonly mode?: string
  /** Only this output resolution; undefined = any. */
  readonly resolution?: PriceResolution
  /** Only with (true) or without (false) generated audio; undefined = either, or the route has no choice. */
  readonly audio?: boolean
  readonly unit: PriceUnit
  /** US dollars per second or per clip, at the vendor's list (pay-as-you-go) price. */
  readonly usd: number
  /** Per-clip rows: the clip lengths (s) this price covers; undefined = one clip whatever its length. */
  readonly durationsS?: readonly number[]
  /** URL of the page the figure was read on (the vendor's pricing page or doc where we could read it). */
  readonly source: string
  /** When the figure was true: the page's own date where it has one, else when we read it (YYYY-MM). */
  readonly checked: string
  readonly confidence: PriceConfidence
  /** Conversions (credits, units), caveats, and what to check when correcting the row. */
  readonly note?: string
}

/** One generation as the estimator sees it (see priceQueryOf for reading one from a payload). */
export interface PriceQuery {
  readonly route: string
  readonly model: string
  readonly mode?: string
  /** Seconds of video the generation makes (the clip the provider renders, not the shot). */
  readonly durationS: number
  readonly resolution?: string
  readonly audio?: boolean
}

export type PriceEstimate =
  | { readonly ok: true; readonly usd: number; readonly row: PriceRow; readonly confidence: PriceConfidence }
  | { readonly ok: false; readonly reason: string }

export interface CostTotal {
  /** The sum of the estimates that are known. */
  readonly usd: number
  /** How many estimates had no price (not counted in usd). */
  readonly unknown: number
  /** The least certain confidence among the known estimates; null when none is known. */
  readonly lowestConfidence: PriceConfidence | null
}
