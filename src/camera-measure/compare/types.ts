/**
 * The contract's measurement frame (CONTRACTS.md, `measure --json`, framewright.measurement v1),
 * defined here so the comparison does not depend on the estimator's own types while they change.
 */
import type { Degrees, Meters, Seconds } from '../../core/units'

/** Unit direction in camera axes: [right, up, forward]. */
export type CameraDirection = readonly [number, number, number]

/** One frame, cumulative from frame 0, camera-relative (pan > 0 right, tilt > 0 up, roll as the `roll` preset). */
export interface MotionFrame {
  readonly t: Seconds
  readonly panDeg: Degrees
  readonly tiltDeg: Degrees
  readonly rollDeg: Degrees
  /** Focal length over frame 0's. */
  readonly zoom: number
  /** The camera travels at this frame. */
  readonly parallax: boolean
  /** Unit direction of travel since the previous frame in this frame's camera axes, or null. */
  readonly travel: CameraDirection | null
}

/** A measurement: frames only (travel has a direction, never a scale). */
export interface MeasuredMotion {
  readonly fps: number
  readonly frames: readonly MotionFrame[]
}

/** The design, per frame: the same channels as a measurement, plus metric travel and the orbit angle. */
export interface DesignedMotion extends MeasuredMotion {
  /** Cumulative travel from frame 0's position along frame 0's forward / right / up axes. */
  readonly dollyM: readonly Meters[]
  readonly truckM: readonly Meters[]
  readonly pedestalM: readonly Meters[]
  /** Cumulative angle swept about the subject (> 0: the camera travels to its left, as `orbit-left`); all 0 when the move does not orbit. */
  readonly orbitDeg: readonly Degrees[]
}

export const CHANNELS = ['pan', 'tilt', 'roll', 'zoom', 'dolly', 'truck', 'pedestal', 'orbit'] as const
export type ChannelName = (typeof CHANNELS)[number]

/** `deg`, `x` (focal ratio), `m`, or `dir`: the mean signed travel component (-1..1) over travelling frames (direction-only). */
export type ChannelUnit = 'deg' | 'x' | 'm' | 'dir'

/** One channel of the comparison, exactly as the contract's JSON has it. */
export interface ChannelScore {
  readonly channel: ChannelName
  readonly unit: ChannelUnit
  readonly designed: number
  readonly measured: number
  readonly score: number
}

export type FindingKind = 'ok' | 'short' | 'over' | 'late' | 'early' | 'reversed' | 'missing' | 'drift' | 'dolly-as-zoom' | 'orbit-as-pan' | 'orbit-as-truck'

export interface Finding {
  readonly channel: ChannelName
  readonly kinds: readonly FindingKind[]
  readonly verdict: string
}

export interface MotionComparison {
  readonly score: number
  readonly channels: readonly ChannelScore[]
  readonly verdicts: readonly string[]
  /** The same verdicts, per channel, with what kind of departure each names (for the studio and tests). */
  readonly findings: readonly Finding[]
}
