/**
 * The bounds a measurement of a validation move must meet, and the failures as sentences. The clean
 * bounds are the (rotation within 1 degree, zoom within 2 %, travel direction within 10
 * degrees); the encoded ones are what was measured on the H.264 renders, with a margin (README.md).
 */
import type { ChannelErrors } from './errors'
import { ROTATION_CHANNELS } from './errors'
import type { ValidationMove } from './moves'

export interface ValidationBounds {
  /** Largest absolute rotation error at any frame, degrees. */
  readonly rotationDeg: number
  /** Largest relative zoom error at any frame. */
  readonly zoomRelative: number
  /** Mean angle between measured and designed travel directions, degrees. */
  readonly travelMeanDeg: number
  /** Least share of the designed travelling frames the estimator must find travelling. */
  readonly travelFoundShare: number
}

/** The bounds, on the clean (never encoded) renders. */
export const CLEAN_BOUNDS: ValidationBounds = { rotationDeg: 1, zoomRelative: 0.02, travelMeanDeg: 10, travelFoundShare: 0.5 }

/** The failures of one measurement against the bounds and the sign checks, one sentence each (empty: it passes). */
export const validationFailures = (move: ValidationMove, e: ChannelErrors, bounds: ValidationBounds): string[] => {
  const out: string[] = []
  for (const c of ROTATION_CHANNELS)
    if (!(e.rotationDeg[c] <= bounds.rotationDeg)) out.push(`${move.id}: ${c} is off by ${e.rotationDeg[c].toFixed(2)}° (bound ${bounds.rotationDeg}°)`)
  if (!move.unmeasured.zoom && !(e.zoomRelative <= bounds.zoomRelative))
    out.push(`${move.id}: zoom is off by ${(e.zoomRelative * 100).toFixed(1)} % (bound ${(bounds.zoomRelative * 100).toFixed(1)} %)`)
  if (e.travel) {
    if (!(e.travel.foundShare >= bounds.travelFoundShare))
      out.push(`${move.id}: travel found in ${Math.round(e.travel.foundShare * 100)} % of the travelling frames (at least ${Math.round(bounds.travelFoundShare * 100)} %)`)
    if (!(e.travel.meanAngleDeg <= bounds.travelMeanDeg))
      out.push(`${move.id}: the direction of travel is off by ${e.travel.meanAngleDeg.toFixed(1)}° on average (bound ${bounds.travelMeanDeg}°)`)
  }
  for (const s of e.signs) {
    if (s.channel === 'zoom' && move.unmeasured.zoom) continue
    if (!s.ok) out.push(`${move.id}: ${s.channel} has the wrong sign (designed ${s.designed > 0 ? '+' : '-'}, measured ${s.measured > 0 ? '+' : s.measured < 0 ? '-' : '0'})`)
  }
  return out
}
