/**
 * The contract between the timeline and the moves it plays. A move is a pure operator on the
 * camera state: `apply(state, ctx, params)` returns the state after the move has progressed by
 * `ctx.progress`. It must return `state` unchanged at progress 0 (so moves never jump where they
 * start) and be continuous in progress. The concrete presets live in `camera-presets`; the
 * timeline only sees this interface through an injected registry.
 */
import type { Easing } from '../core/math/easing'
import type { Vec3 } from '../core/math/vec3'
import type { Degrees, Fraction, Meters, Millimeters, Seconds } from '../core/units'
import type { ParamSpec, ParamValue, ParamValues } from './params'

export interface MoveState {
  readonly position: Vec3
  readonly yawDeg: Degrees
  readonly pitchDeg: Degrees
  readonly rollDeg: Degrees
  readonly focalLengthMm: Millimeters
  /** Used when focusOnSubject is false. */
  readonly focusDistanceM: Meters
  readonly focusOnSubject: boolean
  readonly fStop: number
  /** Extra turn of the subject about its vertical axis (turntable moves). */
  readonly subjectSpinDeg: Degrees
}

export interface MoveContext {
  /** Eased progress, 0 at the clip start and 1 at its end (may overshoot with custom curves). */
  readonly progress: Fraction
  /** Linear progress 0..1 (before easing). */
  readonly linearProgress: Fraction
  /** Seconds since the clip started, clamped to [0, durationS]. */
  readonly localTimeS: Seconds
  readonly durationS: Seconds
  /** The subject point as the move sees it (now, or when the move ended if it has), and where it was when the move started. */
  readonly subjectPoint: Vec3
  readonly subjectPointAtStart: Vec3
  /**
   * How far the subject has turned (its facing, positive to its left) since the move started, seen
   * like subjectPoint: rigs mounted on the subject (snorricam, car grip) turn with it. Absent: 0.
   */
  readonly subjectTurnDeg?: Degrees
}

export type ResolvedParams = Readonly<Record<string, ParamValue>>

export interface MoveDefinition {
  readonly id: string
  readonly version: number
  readonly params: readonly ParamSpec[]
  readonly apply: (state: MoveState, ctx: MoveContext, params: ResolvedParams) => MoveState
  /** Scene time rate while the move runs (bullet time freezes the subject: 0). Default 1. */
  readonly sceneTimeRate?: (params: ResolvedParams) => number
  /**
   * A move made of other moves (a custom preset). The evaluator replaces its clip by the clips of its
   * parts (`expandShot`), so it plays exactly as those clips would; `apply` is the standalone fold.
   */
  readonly composite?: CompositeMove
}

/** One part of a composite move, relative to the composite's start at its natural duration. */
export interface CompositePart {
  readonly moveId: string
  readonly moveVersion: number
  readonly startS: Seconds
  readonly durationS: Seconds
  readonly params: ParamValues
  readonly easing: Easing
}

export interface CompositeMove {
  /** The natural duration: a clip this long plays every part at its own timing; others scale in time. */
  readonly durationS: Seconds
  /** The parts for the composite's resolved parameters, in the order they play (start, then as listed). */
  readonly parts: (params: ResolvedParams) => readonly CompositePart[]
}

export interface MoveRegistry {
  readonly get: (id: string) => MoveDefinition | undefined
}

/** Read a numeric parameter that `resolveParams` has filled. */
export const num = (params: ResolvedParams, name: string): number => {
  const v = params[name]
  return typeof v === 'number' ? v : Number(v)
}
/** Read a choice parameter that `resolveParams` has filled. */
export const choice = (params: ResolvedParams, name: string): string => String(params[name])
