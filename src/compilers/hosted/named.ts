/**
 * Named-move targets (Higgsfield motions, PixVerse camera_movement): pick the provider moves whose
 * nominal motion (calibration.ts) comes nearest the design, fit a strength where the provider has
 * one, and say what the picks imply and what they lose, channel by channel.
 */
import type { MotionAnalysis, MotionChannels } from '../analysis/types'
import { NOMINAL_SHAKE, nominalChannels, nominalExcursionShare, nominalNetShare } from '../calibration'
import { SCORED_CHANNELS, normalizedChannel } from '../fidelity'
import type { ImpliedSegment } from '../types'
import { type Channels, namedMovesSpans, spansOf } from './channels'

export interface NamedMove {
  /** The provider's value, exactly as sent. */
  readonly name: string
  /** NOMINAL_MOVE key of what it does ('static' for no camera travel). */
  readonly nominal: string
  /** A move without a direction of its own: its sign follows the design (and is written in the prompt). */
  readonly free?: keyof MotionChannels
  /** It asks for handheld shake (NOMINAL_SHAKE at strength 1). */
  readonly shake?: boolean
  /** Our presets it names (a design using one of them prefers this move). */
  readonly presets?: readonly string[]
  /** Offered only when this holds for the design (speed or preset conditions). */
  readonly when?: (analysis: MotionAnalysis) => boolean
}

export interface NamedPick {
  readonly move: NamedMove
  /** Strength as sent (1 where the provider has none). */
  readonly strength: number
  /** Direction of a free move (+1 as named). */
  readonly sign: 1 | -1
}

export interface PickOptions {
  /** The most moves at once (Higgsfield Mix: 2; PixVerse: 1). */
  readonly max: number
  /** Fit a strength in [0.1, 1] (Higgsfield); otherwise every pick is at strength 1. */
  readonly strength: boolean
  /** The generated clip's length: a named move runs over all of it. */
  readonly clipS: number
}

const LINEAR = SCORED_CHANNELS.filter((c) => c !== 'focusRatio')
const startDistance = (a: MotionAnalysis) => (a.segments[0] ?? a.total).subjectDistanceM

/** True when some span of the design holds one of these presets. */
export const usesPreset =
  (...ids: string[]) =>
  (a: MotionAnalysis): boolean =>
    spansOf(a).some((s) => s.moves.some((m) => ids.includes(m.presetId)))

/** True when some span snaps (under 0.6 s) on this channel, or uses one of these presets. */
export const snapsOn =
  (channel: keyof MotionChannels, ...ids: string[]) =>
  (a: MotionAnalysis): boolean =>
    usesPreset(...ids)(a) || spansOf(a).some((s) => s.speed === 'snap' && Math.abs(normalizedChannel(channel, s.channels[channel], s.subjectDistanceM)) >= 1)

/** The channels (and shake) a pick implies over the whole clip. */
export const pickChannels = (p: NamedPick, distanceM: number): { channels: Channels; shakeDeg: number } => ({
  channels: nominalChannels(p.move.nominal, distanceM, p.strength * p.sign),
  shakeDeg: p.move.shake ? NOMINAL_SHAKE.rotationDeg * p.strength : 0,
})

/**
 * What the picks imply: one segment over the generated clip (a segment per phase where a pick has a
 * timing of its own, NOMINAL_TIMING), the subject kept sharp where focus follows it.
 */
export const impliedOfPicks = (picks: readonly NamedPick[], analysis: MotionAnalysis, o: Pick<PickOptions, 'clipS'>): ImpliedSegment[] => {
  if (picks.length === 0) return []
  const d = startDistance(analysis)
  let shakeDeg = 0
  const moves = picks.map((p) => {
    const c = pickChannels(p, d)
    shakeDeg += c.shakeDeg
    return { nominal: p.move.nominal, channels: c.channels }
  })
  const shake = shakeDeg > 0 ? { shake: { positionM: (NOMINAL_SHAKE.positionM * shakeDeg) / NOMINAL_SHAKE.rotationDeg, rotationDeg: shakeDeg } } : {}
  return namedMovesSpans(0, o.clipS, moves).map((s) => ({ ...s, ...shake }))
}

/** The design's net motion per channel (and its mean shake), in perceptual units: what a whole-clip move can match. */
const designVector = (a: MotionAnalysis): number[] => {
  const spans = spansOf(a)
  const net = LINEAR.map((c) => spans.reduce((s, seg) => s + normalizedChannel(c, seg.channels[c], seg.subjectDistanceM), 0))
  // a focus pull (relative to the subject, so travel alone adds none)
  const rack = spans.reduce((s, seg) => s + normalizedChannel('focusRatio', seg.channels.focusRatio, seg.subjectDistanceM), 0)
  const shake = spans.reduce((s, seg) => s + (seg.shake.rotationDeg / 0.25) * (seg.endS - seg.startS), 0) / Math.max(1e-6, a.durationS)
  // how much further than its net each channel goes on the way (a zoom in and back out: twice the
  // zoom in; 0 for every channel that only goes one way), so a move that comes back can match it
  const excursion = LINEAR.map((c, i) => spans.reduce((s, seg) => s + Math.abs(normalizedChannel(c, seg.channels[c], seg.subjectDistanceM)), 0) - Math.abs(net[i]))
  return [...net, rack, shake, ...excursion]
}

/** A move at strength 1, in the same units (travel relative to the starting subject distance). */
const moveVector = (a: MotionAnalysis, move: NamedMove, sign: number): number[] => {
  const d = startDistance(a)
  const { channels, shakeDeg } = pickChannels({ move, strength: 1, sign: sign as 1 | -1 }, d)
  const size = LINEAR.map((c) => normalizedChannel(c, channels[c] ?? (c === 'zoomRatio' ? 1 : 0), d))
  // with a timing of its own (NOMINAL_TIMING), what is left at the end and how much further it goes on the way
  const net = nominalNetShare(move.nominal)
  const onTheWay = nominalExcursionShare(move.nominal)
  return [...size.map((v) => v * net), normalizedChannel('focusRatio', channels.focusRatio ?? 1, d), shakeDeg / 0.25, ...size.map((v) => Math.abs(v) * onTheWay)]
}

const freeSign = (a: MotionAnalysis, move: NamedMove): 1 | -1 => {
  if (!move.free) return 1
  const k = move.free
  const total = spansOf(a).reduce((s, seg) => s + (k === 'zoomRatio' || k === 'focusRatio' ? Math.log(seg.channels[k]) : seg.channels[k]), 0)
  const nominal = nominalChannels(move.nominal, 1)[k] ?? 0
  const nominalSign = k === 'zoomRatio' || k === 'focusRatio' ? Math.log(nominal) : nominal
  return Math.sign(total) === -Math.sign(nominalSign) && total !== 0 ? -1 : 1
}

/** Strength that brings `v` nearest the residual (least squares), clamped to [0.1, 1] and rounded to 0.01. */
const fitStrength = (residual: readonly number[], v: readonly number[]): number => {
  let dn = 0
  let nn = 0
  residual.forEach((r, i) => {
    dn += r * v[i]
    nn += v[i] * v[i]
  })
  return nn > 0 ? Math.round(Math.min(1, Math.max(0.1, dn / nn)) * 100) / 100 : 1
}

const l1 = (xs: readonly number[]) => xs.reduce((s, x) => s + Math.abs(x), 0)

/** A named move whose preset the design uses counts this share of the design's size as a head start. */
const PRESET_PREFERENCE = 0.3
/** A second move must cut the remaining difference by this many perceptual units. */
const SECOND_MOVE_GAIN = 0.1

/**
 * Pick up to `max` named moves, greedily: each the move (at its fitted strength) that leaves the
 * smallest difference from the design's net motion per channel (perceptual units, timing aside;
 * the fidelity score then counts the timing), moves named after the design's own presets preferred.
 */
export const pickNamedMoves = (analysis: MotionAnalysis, moves: readonly NamedMove[], o: PickOptions): NamedPick[] => {
  const design = designVector(analysis)
  const size = l1(design)
  const used = new Set(spansOf(analysis).flatMap((s) => s.moves.map((m) => m.presetId)))
  const offered = moves.filter((m) => !m.when || m.when(analysis))
  const picks: NamedPick[] = []
  let residual = design
  let left = size
  for (let round = 0; round < o.max; round++) {
    let found: { pick: NamedPick; rest: number[]; error: number; rank: number } | undefined
    for (const move of offered) {
      if (picks.some((p) => p.move.name === move.name)) continue
      const sign = freeSign(analysis, move)
      const v = moveVector(analysis, move, sign)
      const strength = o.strength ? fitStrength(residual, v) : 1
      const rest = residual.map((r, i) => r - strength * v[i])
      const error = l1(rest)
      const rank = error - (move.presets?.some((id) => used.has(id)) ? PRESET_PREFERENCE * size : 0)
      if (!found || rank < found.rank - 1e-9) found = { pick: { move, strength, sign }, rest, error, rank }
    }
    if (!found || found.error > left - (round === 0 ? 1e-9 : SECOND_MOVE_GAIN)) break
    picks.push(found.pick)
    residual = found.rest
    left = found.error
  }
  return picks
}

/** Direction words for the prompt, for direction-free motions. */
export const directionWords = (m: NamedMove, sign: 1 | -1): string => {
  switch (m.free) {
    case 'panDeg':
      return sign > 0 ? 'to the left' : 'to the right'
    case 'orbitDeg':
      return sign > 0 ? 'circling to the left' : 'circling to the right'
    case 'subjectSpinDeg':
      return sign > 0 ? 'the subject turning to its left' : 'the subject turning to its right'
    case 'rollDeg':
      return sign > 0 ? 'canted counter-clockwise' : 'canted clockwise'
    case 'dollyM':
      return sign > 0 ? 'pushing in while zooming out' : 'pulling back while zooming in'
    case 'focusRatio':
      return sign > 0 ? 'focus moving to the background' : 'focus moving to the foreground'
    default:
      return ''
  }
}
