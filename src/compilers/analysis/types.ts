/**
 * Camera-relative motion: what a shot does to the camera, in the vocabulary every target maps from.
 * Signs follow film usage: pan + = left, tilt + = up, roll + = counter-clockwise (operator's view),
 * truck + = right, pedestal + = up, dolly + = forward (towards what the lens sees), orbit + = the
 * camera travels to its left around the subject, elevation + = rising over the subject.
 */
import type { Degrees, Meters, Seconds } from '../../core/units'

export interface MotionChannels {
  readonly panDeg: Degrees
  readonly tiltDeg: Degrees
  readonly rollDeg: Degrees
  readonly truckM: Meters
  readonly pedestalM: Meters
  readonly dollyM: Meters
  /** Focal length at the end over focal length at the start (1 = no zoom). */
  readonly zoomRatio: number
  /** Travel around the subject's vertical axis, with the camera turning to keep it framed. */
  readonly orbitDeg: Degrees
  /** Change of the camera's height angle over the subject. */
  readonly elevationDeg: Degrees
  /** Subject travel the camera follows (tracking), metres. */
  readonly followM: Meters
  /**
   * Focus pull relative to the subject: (focus / subject distance) at the end over the same at the
   * start. 1 = no pull: a focus that follows the subject, however the camera moves, is 1; a rack
   * focus from the subject to twice its distance is 2.
   */
  readonly focusRatio: number
  /** The subject turning in place (turntable). */
  readonly subjectSpinDeg: Degrees
}

export const ZERO_CHANNELS: MotionChannels = {
  panDeg: 0,
  tiltDeg: 0,
  rollDeg: 0,
  truckM: 0,
  pedestalM: 0,
  dollyM: 0,
  zoomRatio: 1,
  orbitDeg: 0,
  elevationDeg: 0,
  followM: 0,
  focusRatio: 1,
  subjectSpinDeg: 0,
}

export const CHANNEL_NAMES = Object.keys(ZERO_CHANNELS) as (keyof MotionChannels)[]

/** Plain-language name of each channel, for reports. */
export const CHANNEL_LABELS: Readonly<Record<keyof MotionChannels | 'shake', string>> = {
  panDeg: 'pan',
  tiltDeg: 'tilt',
  rollDeg: 'roll',
  truckM: 'truck',
  pedestalM: 'pedestal',
  dollyM: 'dolly',
  zoomRatio: 'zoom',
  orbitDeg: 'orbit',
  elevationDeg: 'height angle',
  followM: 'subject tracking',
  focusRatio: 'focus pull',
  subjectSpinDeg: 'subject turn',
  shake: 'handheld shake',
}

export type SpeedShape = 'hold' | 'constant' | 'ease-in' | 'ease-out' | 'ease-in-out' | 'snap'

export interface ShakeEnergy {
  /** RMS of the high-frequency part of the position, metres. */
  readonly positionM: Meters
  /** RMS of the high-frequency part of pan/tilt/roll, degrees. */
  readonly rotationDeg: Degrees
}

export interface MotionSegment {
  readonly startS: Seconds
  readonly endS: Seconds
  /** Presets active in this span, in start order. */
  readonly moves: readonly { readonly presetId: string; readonly label: string }[]
  readonly channels: MotionChannels
  readonly shake: ShakeEnergy
  readonly speed: SpeedShape
  /** Peak over mean speed (1 = perfectly even). */
  readonly peakToMean: number
  /** Camera-to-subject distance at the segment start. */
  readonly subjectDistanceM: Meters
  /**
   * Which phase of its move span this is (0 = the first), when the motion reverses or stops inside
   * the span (analysis/phases.ts); absent when the span is measured in one piece.
   */
  readonly phase?: number
}

export interface MotionAnalysis {
  readonly durationS: Seconds
  readonly fps: number
  /** Spans between move boundaries, and phases inside them; a span with no active move and no motion is a hold. */
  readonly segments: readonly MotionSegment[]
  /** The whole window as one span. */
  readonly total: MotionSegment
  /** The most moves running at once. */
  readonly maxSimultaneous: number
  /** Segments that move (not holds). */
  readonly movingSegments: number
}
