/**
 * Provider scales: what one unit of a provider's camera control means in physical terms, and what
 * a strength-less named move is taken to do. Nobody publishes these, so every row carries its
 * source and confidence; correct a number here and every compiler and fidelity score follows.
 *
 * Units: 'deg' per unit of the control; 'subject-distance' = fraction of the camera-to-subject
 * distance per unit; 'zoom' = natural log of the focal ratio per unit.
 * Values are for the provider's default clip length (`atDurationS`); compilers do not rescale by time.
 */
import type { KlingPresetName } from '../camera-vocabulary'
import type { MotionChannels } from './analysis/types'

export type Confidence = 'documented' | 'observed' | 'estimate'

export interface ScaleRow {
  /** Provider control, e.g. 'kling.simple.tilt'. */
  readonly control: string
  /** Our channel it drives, and the sign (+1 or -1) of one positive unit in our convention. */
  readonly channel: keyof MotionChannels
  readonly sign: 1 | -1
  readonly perUnit: number
  readonly unit: 'deg' | 'subject-distance' | 'zoom'
  readonly atDurationS: number
  readonly source: string
  readonly confidence: Confidence
}

const KLING_SOURCE = 'Kling docs give the range -10..10 and directions only; magnitudes estimated from community side-by-sides of kling-v1-5 pro 5 s clips'

/** Kling `camera_control.config` axes (note: Kling's `pan` is a film tilt and its `tilt` a film pan). */
export const KLING_SCALE: readonly ScaleRow[] = [
  { control: 'kling.simple.horizontal', channel: 'truckM', sign: 1, perUnit: 0.06, unit: 'subject-distance', atDurationS: 5, source: KLING_SOURCE, confidence: 'estimate' },
  { control: 'kling.simple.vertical', channel: 'pedestalM', sign: 1, perUnit: 0.05, unit: 'subject-distance', atDurationS: 5, source: KLING_SOURCE, confidence: 'estimate' },
  { control: 'kling.simple.pan', channel: 'tiltDeg', sign: 1, perUnit: 3, unit: 'deg', atDurationS: 5, source: KLING_SOURCE, confidence: 'estimate' },
  { control: 'kling.simple.tilt', channel: 'panDeg', sign: -1, perUnit: 4.5, unit: 'deg', atDurationS: 5, source: KLING_SOURCE, confidence: 'estimate' },
  { control: 'kling.simple.roll', channel: 'rollDeg', sign: -1, perUnit: 4.5, unit: 'deg', atDurationS: 5, source: KLING_SOURCE, confidence: 'estimate' },
  { control: 'kling.simple.zoom', channel: 'zoomRatio', sign: -1, perUnit: Math.log(1.12), unit: 'zoom', atDurationS: 5, source: KLING_SOURCE, confidence: 'estimate' },
]

/**
 * Kling's compound `camera_control.type` presets (no strength): what one 5 s generation does. Travel
 * (truck, pedestal, dolly) is a fraction of the subject distance, as in NOMINAL_MOVE.
 */
export const KLING_PRESET_MOVES: Readonly<Record<KlingPresetName, { readonly channels: Partial<MotionChannels>; readonly source: string; readonly confidence: Confidence }>> = {
  down_back: { channels: { pedestalM: -0.2, dollyM: -0.3 }, source: 'Kling docs: "camera descends and moves backward"; magnitudes estimated', confidence: 'estimate' },
  forward_up: { channels: { dollyM: 0.3, tiltDeg: 10 }, source: 'Kling docs: "camera moves forward and tilts up"; magnitudes estimated', confidence: 'estimate' },
  right_turn_forward: { channels: { panDeg: -30, dollyM: 0.25 }, source: 'Kling docs: "rotate right, then move forward"; magnitudes estimated', confidence: 'estimate' },
  left_turn_forward: { channels: { panDeg: 30, dollyM: 0.25 }, source: 'Kling docs: "rotate left, then move forward"; magnitudes estimated', confidence: 'estimate' },
}

/** Higgsfield motion strength 0..1: the move at strength 1. */
export const HIGGSFIELD_STRENGTH_ONE = {
  source: 'Higgsfield SDK validates strength 0..1 (documented); what 1 means is estimated from the preset preview clips',
  confidence: 'estimate' as Confidence,
}

/**
 * What a named move without a strength is taken to do over one generation (Luma concepts, Veo
 * cameraControl, MiniMax commands, PixVerse camera_movement, Higgsfield at strength 1, prompts
 * without numbers). Travel (truck, pedestal, dolly, follow) is a fraction of the subject distance: use `nominalChannels` to get metres.
 */
export const NOMINAL_MOVE: Readonly<Record<string, Partial<MotionChannels>>> = {
  static: {},
  'pan-left': { panDeg: 30 },
  'pan-right': { panDeg: -30 },
  'tilt-up': { tiltDeg: 20 },
  'tilt-down': { tiltDeg: -20 },
  'roll-left': { rollDeg: 20 },
  'roll-right': { rollDeg: -20 },
  'truck-left': { truckM: -0.3 },
  'truck-right': { truckM: 0.3 },
  'pedestal-up': { pedestalM: 0.25 },
  'pedestal-down': { pedestalM: -0.25 },
  'push-in': { dollyM: 0.3 },
  'pull-out': { dollyM: -0.4 },
  'zoom-in': { zoomRatio: 1.6 },
  'zoom-out': { zoomRatio: 1 / 1.6 },
  'crash-zoom-in': { zoomRatio: 3 },
  'crash-zoom-out': { zoomRatio: 1 / 3 },
  'dolly-zoom': { dollyM: 0.4, zoomRatio: 0.6 },
  'orbit-left': { orbitDeg: 45 },
  'orbit-right': { orbitDeg: -45 },
  'orbit-360': { orbitDeg: 360 },
  'crane-up': { pedestalM: 0.4, tiltDeg: -10 },
  'crane-down': { pedestalM: -0.4, tiltDeg: 10 },
  'whip-pan': { panDeg: 90 },
  'aerial-reveal': { pedestalM: 1.5, dollyM: -1.2, tiltDeg: -25 },
  overhead: { pedestalM: 1, tiltDeg: -60 },
  tracking: { followM: 1 },
  // named moves of Higgsfield and PixVerse (source and confidence: NOMINAL_SOURCE; shapes from our presets' defaults)
  'dolly-zoom-out': { dollyM: -0.6, zoomRatio: 1.6 },
  'super-dolly-in': { dollyM: 0.7 },
  'super-dolly-out': { dollyM: -1 },
  'crane-over-head': { pedestalM: 1, dollyM: 0.8, tiltDeg: -75 },
  'bullet-time': { orbitDeg: 180 },
  'lazy-susan': { subjectSpinDeg: 360 },
  'dutch-angle': { rollDeg: 15 },
  'fpv-drone': { dollyM: 3, pedestalM: 0.2 },
  'focus-change': { focusRatio: 2 },
  // Higgsfield's motions for the issue-13 presets, offered only to designs that use that preset: the
  // preset's default clip as the analysis reads it (travel over its 5.63 m default subject distance)
  'robo-arm': { orbitDeg: -70, pedestalM: 0.26, tiltDeg: -15 },
  'rotation-3d': { orbitDeg: 180, pedestalM: 0.7, dollyM: 0.31, tiltDeg: -45 },
  snorricam: { orbitDeg: -60 },
  'double-dolly': { dollyM: 0.53 },
  'hero-cam': { dollyM: 0.4, pedestalM: 0.14, tiltDeg: -14 },
  'object-pov': { dollyM: 0.86, orbitDeg: -40, pedestalM: -0.13, tiltDeg: 38 },
  levitation: { pedestalM: 0.21, tiltDeg: -6 },
  incline: { dollyM: 0.36, tiltDeg: 15 },
  'through-object-in': { dollyM: 0.53 },
  'through-object-out': { dollyM: -0.55 },
  // the zoom in of yoyo-zoom's default clip (2.5x), undone by its way back out (NOMINAL_TIMING)
  'yoyo-zoom': { zoomRatio: 2.5 },
}

/**
 * When a named move's motion happens inside the generated clip: phases as shares of the clip, each
 * with its share of the motion (spread evenly inside the phase). A move not listed runs evenly over
 * the whole clip. Only names read as one of our presets (the vocabulary table) have a shape: that
 * preset's default clip, as its magnitudes above are.
 */
export const NOMINAL_TIMING: Readonly<Record<string, readonly { readonly untilShare: number; readonly share: number }[]>> = {
  // robo-arm's default clip: the arc over the first 2.3 s of 3.5 s, then it holds 1.2 s
  'robo-arm': [
    { untilShare: (3.5 - 1.2) / 3.5, share: 1 },
    { untilShare: 1, share: 0 },
  ],
  // yoyo-zoom's default clip: in over the first half, back out over the second
  'yoyo-zoom': [
    { untilShare: 0.5, share: 1 },
    { untilShare: 1, share: -1 },
  ],
}

/**
 * How much of a nominal move's motion is left at the end of the clip (the sum of its phases' shares:
 * 1 without a timing, 0 for a yoyo that comes back), and how much more it travels on the way (the
 * sum of the shares' sizes beyond that: 0 for a move that only goes one way, 2 for a yoyo).
 */
export const nominalNetShare = (move: string): number => (NOMINAL_TIMING[move] ?? [{ share: 1 }]).reduce((s, p) => s + p.share, 0)
export const nominalExcursionShare = (move: string): number =>
  (NOMINAL_TIMING[move] ?? []).reduce((s, p) => s + Math.abs(p.share), 0) - Math.abs(nominalNetShare(move)) * (NOMINAL_TIMING[move] ? 1 : 0)

/** The share of a nominal move's motion done between clip shares u0 and u1 (NOMINAL_TIMING; evenly when it has none). */
export const nominalShareIn = (move: string, u0: number, u1: number): number => {
  const timing = NOMINAL_TIMING[move]
  if (!timing) return u1 - u0
  let from = 0
  let share = 0
  for (const phase of timing) {
    const overlap = Math.min(u1, phase.untilShare) - Math.max(u0, from)
    if (overlap > 0 && phase.untilShare > from) share += (phase.share * overlap) / (phase.untilShare - from)
    from = phase.untilShare
  }
  return share
}

/** The clip shares where some of these nominal moves change phase (0 and 1 included). */
export const nominalPhaseBounds = (moves: readonly string[]): number[] =>
  [...new Set([0, 1, ...moves.flatMap((m) => (NOMINAL_TIMING[m] ?? []).map((p) => p.untilShare))])].sort((a, b) => a - b)

export const NOMINAL_SOURCE = {
  source: 'No provider publishes magnitudes for its named moves; values estimated from typical 5 s generations',
  confidence: 'estimate' as Confidence,
}

/** Shake implied by a "handheld" / "[Shake]" request (RMS), matching our handheld preset at its defaults. */
export const NOMINAL_SHAKE = { positionM: 0.015, rotationDeg: 0.5 }

/** Shake words a prompt can use, as multiples of NOMINAL_SHAKE ("subtle handheld shake" = 0.5x). */
export const PROMPT_SHAKE = {
  levels: [
    { word: 'subtle', scale: 0.5 },
    { word: 'natural', scale: 1 },
    { word: 'strong', scale: 2.5 },
  ] as readonly { readonly word: string; readonly scale: number }[],
  source: 'No provider publishes what a shake word does; estimated from prompt-only handheld generations',
  confidence: 'estimate' as Confidence,
}

/** Convert a channel value in our units to provider units with a scale row (relative to subject distance where needed). */
export const toProviderUnits = (row: ScaleRow, value: number, subjectDistanceM: number): number => {
  const base = row.unit === 'subject-distance' ? value / Math.max(0.1, subjectDistanceM) : row.unit === 'zoom' ? Math.log(Math.max(1e-6, value)) : value
  return (row.sign * base) / row.perUnit
}

/** The channel value (our units) that `units` of a provider control implies. */
export const fromProviderUnits = (row: ScaleRow, units: number, subjectDistanceM: number): number => {
  const base = row.sign * units * row.perUnit
  return row.unit === 'subject-distance' ? base * subjectDistanceM : row.unit === 'zoom' ? Math.exp(base) : base
}

const TRAVEL_CHANNELS = new Set<keyof MotionChannels>(['truckM', 'pedestalM', 'dollyM', 'followM'])

/** A nominal named move in our units (travel scaled by the subject distance), times `strength` (Higgsfield 0..1; 1 otherwise). */
export const nominalChannels = (move: string, subjectDistanceM: number, strength = 1): Partial<MotionChannels> => {
  const nominal = NOMINAL_MOVE[move]
  if (!nominal) throw new Error(`no nominal magnitude for '${move}'`)
  const out: Partial<Record<keyof MotionChannels, number>> = {}
  for (const [k, v] of Object.entries(nominal) as [keyof MotionChannels, number][]) {
    if (k === 'zoomRatio' || k === 'focusRatio') out[k] = Math.pow(v, strength)
    else out[k] = v * strength * (TRAVEL_CHANNELS.has(k) ? subjectDistanceM : 1)
  }
  return out
}
