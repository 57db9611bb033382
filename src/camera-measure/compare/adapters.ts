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
