/**
 * Joins to the rest of issue 11: the estimator's frames as the contract's frames, and a design whose
 * channels come from the previs measurement of the same shot (the same estimator on both sides, so
 * its bias cancels) while the metric travel and orbit stay the design's.
 */
import type { CameraDirection, DesignedMotion, MeasuredMotion, MotionFrame } from './types'

/** What the estimator's `MeasuredFrame` carries that the contract needs (structural: no import of the estimator). */
export interface EstimatorFrameLike {
  readonly index: number
  readonly panDeg: number
  readonly tiltDeg: number
  readonly rollDeg: number
  readonly zoom: number
  readonly parallax: boolean
  readonly travel: CameraDirection | null
}

/** The estimator's frames as a measurement at `fps` (frame i at t = i / fps; travel only with parallax). */
export const measuredMotionOf = (frames: readonly EstimatorFrameLike[], fps: number): MeasuredMotion => {
  if (!(fps > 0)) throw new Error(`The frame rate must be above 0 (got ${fps}).`)
  return {
    fps,
    frames: frames.map(
      (f): MotionFrame => ({ t: f.index / fps, panDeg: f.panDeg, tiltDeg: f.tiltDeg, rollDeg: f.rollDeg, zoom: f.zoom, parallax: f.parallax, travel: f.parallax ? f.travel : null }),
    ),
  }
}

/** The design with its per-frame channels replaced by the previs measurement's. */
export const designMeasuredFromPrevis = (design: DesignedMotion, previs: MeasuredMotion): DesignedMotion => {
  if (previs.frames.length === 0) throw new Error('The previs measurement has no frames.')
  return { ...design, fps: previs.fps, frames: previs.frames }
}

/** What the previs reads on a channel the design holds: the estimator's own error during this move. */
export interface HeldBias {
  readonly channel: 'pan' | 'tilt' | 'roll' | 'zoom'
  /** Degrees, or the focal ratio for zoom. */
  readonly previsEnd: number
}

const HELD: readonly { readonly channel: HeldBias['channel']; readonly field: 'panDeg' | 'tiltDeg' | 'rollDeg' | 'zoom'; readonly threshold: number }[] = [
  { channel: 'pan', field: 'panDeg', threshold: 2 },
  { channel: 'tilt', field: 'tiltDeg', threshold: 2 },
  { channel: 'roll', field: 'rollDeg', threshold: 2 },
  { channel: 'zoom', field: 'zoom', threshold: 0.03 },
]

/** A channel's value at time t, linear between frames, held beyond the ends. */
const valueAt = (frames: readonly MotionFrame[], field: 'panDeg' | 'tiltDeg' | 'rollDeg' | 'zoom', t: number): number => {
  if (t <= frames[0].t) return frames[0][field]
  for (let i = 1; i < frames.length; i++) {
    if (t <= frames[i].t) {
      const a = frames[i - 1]
      const b = frames[i]
      const u = b.t === a.t ? 1 : (t - a.t) / (b.t - a.t)
      return a[field] + u * (b[field] - a[field])
    }
  }
  return frames[frames.length - 1][field]
}

/**
 * The reference a take is scored against, and the take's reading to score, with the estimator's bias
 * cancelled both ways: on a channel the design moves, the reference is the previs measurement's
 * reading of it (`designMeasuredFromPrevis`); on a channel the design holds (never 2 degrees, or 3 %
 * of zoom, from its start), the reference keeps the design's stillness and the previs's reading of it
 * at the same time is taken out of the take's (subtracted, zoom divided), so an error the estimator
 * makes on this move is neither called the design's nor a drift of the take. `held` lists the held
 * channels on which the previs read a move (its end value), for a note.
 */
export const againstPrevis = (design: DesignedMotion, previs: MeasuredMotion, measured: MeasuredMotion): { reference: DesignedMotion; measured: MeasuredMotion; held: HeldBias[] } => {
  const reference = designMeasuredFromPrevis(design, previs)
  const held = HELD.filter(({ field, threshold }) => design.frames.every((f) => Math.abs(field === 'zoom' ? Math.log(f.zoom) : f[field]) < (field === 'zoom' ? Math.log(1 + threshold) : threshold)))
  if (held.length === 0) return { reference, measured, held: [] }
  const frames = reference.frames.map((f, i) => {
    const d = design.frames[Math.min(i, design.frames.length - 1)]
    const out = { ...f }
    for (const { field } of held) out[field] = d[field]
    return out
  })
  const corrected = measured.frames.map((f) => {
    const out = { ...f }
    for (const { field } of held) out[field] = field === 'zoom' ? f.zoom / valueAt(previs.frames, 'zoom', f.t) : f[field] - valueAt(previs.frames, field, f.t)
    return out
  })
  const last = previs.frames[previs.frames.length - 1]
  const bias = held
    .map(({ channel, field, threshold }) => ({ channel, previsEnd: last[field], threshold, field }))
    .filter((b) => (b.field === 'zoom' ? Math.abs(b.previsEnd - 1) >= b.threshold : Math.abs(b.previsEnd) >= b.threshold))
    .map(({ channel, previsEnd }) => ({ channel, previsEnd }))
  return { reference: { ...reference, frames }, measured: { ...measured, frames: corrected }, held: bias }
}
