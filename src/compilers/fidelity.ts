/**
 * Fidelity: how much of the designed move survives a target's output, 0..1, with a plain list of
 * what is kept, approximated and dropped. Frame targets are compared pose by pose; vocabulary
 * targets channel by channel over the designed spans, in perceptual units (20 degrees, a quarter of
 * the subject distance, a 1.5x zoom each count as one unit of visible change).
 */
import { quatAngleBetween } from '../core/math/quat'
import { distance } from '../core/math/vec3'
import type { Seconds } from '../core/units'
import type { ShotFrame } from '../timeline'
import { ANGLE_UNIT_DEG, TRAVEL_UNIT_OF_DISTANCE, ZOOM_UNIT } from './analysis/decompose'
import { CHANNEL_LABELS, type MotionAnalysis, type MotionChannels, type MotionSegment } from './analysis/types'
import type { Channel, FidelityNote, FidelityReport, ImpliedMotion, ImpliedSegment, ReconstructedFrame, Verdict } from './types'

/** Channels that enter the score (height angle is derived from pedestal and dolly, so it would count twice). */
export const SCORED_CHANNELS = [
  'panDeg',
  'tiltDeg',
  'rollDeg',
  'truckM',
  'pedestalM',
  'dollyM',
  'zoomRatio',
  'orbitDeg',
  'followM',
  'focusRatio',
  'subjectSpinDeg',
] as const satisfies readonly (keyof MotionChannels)[]

const SHAKE_ROTATION_UNIT_DEG = 0.25

/** A channel value in perceptual units (signed). */
export const normalizedChannel = (c: keyof MotionChannels, value: number, subjectDistanceM: number): number => {
  const travelUnit = TRAVEL_UNIT_OF_DISTANCE * Math.max(0.5, subjectDistanceM)
  switch (c) {
    case 'truckM':
    case 'pedestalM':
    case 'dollyM':
    case 'followM':
      return value / travelUnit
    case 'zoomRatio':
      return Math.log(Math.max(1e-6, value)) / ZOOM_UNIT
    case 'focusRatio':
      return Math.log(Math.max(1e-6, value)) / Math.log(2)
    default:
      return value / ANGLE_UNIT_DEG
  }
}

const shakeUnits = (s: { positionM: number; rotationDeg: number } | undefined) => (s ? s.rotationDeg / SHAKE_ROTATION_UNIT_DEG : 0)

/** The implied value of a channel over [a, b], assuming each implied span spreads its motion evenly in time. */
export const impliedOver = (segments: readonly ImpliedSegment[], c: keyof MotionChannels, a: Seconds, b: Seconds): number => {
  const logScale = c === 'zoomRatio' || c === 'focusRatio'
  let total = 0
  for (const s of segments) {
    const overlap = Math.min(b, s.endS) - Math.max(a, s.startS)
    const span = s.endS - s.startS
    if (overlap <= 0 || span <= 0) continue
    const v = s.channels[c]
    if (v === undefined) continue
    total += (logScale ? Math.log(Math.max(1e-6, v)) : v) * (overlap / span)
  }
  return logScale ? Math.exp(total) : total
}

const impliedShakeOver = (segments: readonly ImpliedSegment[], a: Seconds, b: Seconds): number => {
  let weighted = 0
  for (const s of segments) {
    const overlap = Math.min(b, s.endS) - Math.max(a, s.startS)
    if (overlap > 0) weighted += shakeUnits(s.shake) * overlap
  }
  return b > a ? weighted / (b - a) : 0
}

/** One channel over a window, in perceptual units. */
export interface ChannelTally {
  /** Sums over the spans of |designed| and |implied|. */
  readonly designed: number
  readonly implied: number
  /**
   * Half the span-by-span disagreement (what moves when) plus half the disagreement in the amount
   * of motion (how much moves at all). A move done in full but spread over the whole clip instead
   * of its span costs half of what a move left out does; a move that comes and goes inside the
   * design (a whip pan and back) and is left out costs it all.
   */
  readonly error: number
  /** Signed sums over the spans, for wording ("spread over the whole clip"). */
  readonly designedNet: number
  readonly impliedNet: number
}

/** The verdict of a tally: absent (neither designed nor implied), spurious (implied, not designed), kept, approximated or dropped. */
export const classifyTally = (t: Pick<ChannelTally, 'designed' | 'implied' | 'error'>): Verdict | 'spurious' | 'absent' => {
  if (t.designed < 0.1) return t.implied >= 0.3 ? 'spurious' : 'absent'
  if (t.error <= 0.15 * t.designed) return 'kept'
  if (t.implied < 0.1 * t.designed) return 'dropped'
  return 'approximated'
}

/** Per-channel tallies of the designed spans against the implied ones (scored channels and shake). */
export const channelTallies = (analysis: MotionAnalysis, implied: readonly ImpliedSegment[]): Map<Channel, ChannelTally> => {
  const sums = new Map<Channel, { designed: number; implied: number; spanError: number; designedNet: number; impliedNet: number }>()
  const add = (c: Channel, d: number, i: number) => {
    const t = sums.get(c) ?? { designed: 0, implied: 0, spanError: 0, designedNet: 0, impliedNet: 0 }
    t.designed += Math.abs(d)
    t.implied += Math.abs(i)
    t.spanError += Math.abs(d - i)
    t.designedNet += d
    t.impliedNet += i
    sums.set(c, t)
  }
  const spans: readonly MotionSegment[] = analysis.segments.length > 0 ? analysis.segments : [analysis.total]
  for (const s of spans) {
    for (const c of SCORED_CHANNELS) {
      add(c, normalizedChannel(c, s.channels[c], s.subjectDistanceM), normalizedChannel(c, impliedOver(implied, c, s.startS, s.endS), s.subjectDistanceM))
    }
    add('shake', shakeUnits(s.shake), impliedShakeOver(implied, s.startS, s.endS))
  }
  const out = new Map<Channel, ChannelTally>()
  for (const [c, t] of sums)
    out.set(c, { designed: t.designed, implied: t.implied, error: 0.5 * t.spanError + 0.5 * Math.abs(t.designed - t.implied), designedNet: t.designedNet, impliedNet: t.impliedNet })
  return out
}

const report = (targetId: string, score: number, tallies: ReadonlyMap<Channel, Pick<ChannelTally, 'designed' | 'implied' | 'error'>>, notes: readonly FidelityNote[]): FidelityReport => {
  const kept: string[] = []
  const approximated: string[] = []
  const dropped: string[] = []
  const lists = { kept, approximated, dropped }
  const noted = new Set<Channel>()
  for (const note of notes) {
    lists[note.verdict].push(note.text)
    noted.add(note.channel)
  }
  for (const [channel, tally] of tallies) {
    if (noted.has(channel)) continue
    const label = CHANNEL_LABELS[channel]
    const verdict = classifyTally(tally)
    if (verdict === 'kept') kept.push(`${label} kept`)
    else if (verdict === 'approximated') approximated.push(`${label} approximated`)
    else if (verdict === 'dropped') dropped.push(`${label} dropped`)
    else if (verdict === 'spurious') approximated.push(`${label} added that the design does not have`)
  }
  return { targetId, score: Math.min(1, Math.max(0, score)), kept, approximated, dropped }
}

/** Compare the designed spans with the spans a vocabulary target implies. */
export const compareSegments = (targetId: string, analysis: MotionAnalysis, implied: readonly ImpliedSegment[], notes: readonly FidelityNote[]): FidelityReport => {
  const tallies = channelTallies(analysis, implied)
  let error = 0
  let magnitude = 0
  for (const t of tallies.values()) {
    error += t.error
    magnitude += Math.max(t.designed, t.implied)
  }
  const score = magnitude < 0.1 ? 1 - Math.min(1, error) : 1 - error / Math.max(magnitude, 0.5)
  return report(targetId, score, tallies, notes)
}

/** Compare a per-frame path read back from a target's output with the designed shot. */
export const compareFrames = (
  targetId: string,
  analysis: MotionAnalysis,
  frames: readonly ReconstructedFrame[],
  designedAt: (t: Seconds) => ShotFrame,
  notes: readonly FidelityNote[],
): FidelityReport => {
  let positionError = 0
  let angleError = 0
  let focalError = 0
  for (const f of frames) {
    const d = designedAt(f.t)
    positionError = Math.max(positionError, distance(f.position, d.position))
    angleError = Math.max(angleError, quatAngleBetween(f.quaternion, d.quaternion))
    focalError = Math.max(focalError, Math.abs(f.focalLengthMm - d.focalLengthMm) / d.focalLengthMm)
  }
  // 5 cm, 0.6 degrees or 1% of focal length each cost the whole score
  const score = frames.length === 0 ? 0 : 1 - (positionError / 0.05 + angleError / 0.01 + focalError / 0.01)
  const tallies = new Map<Channel, Pick<ChannelTally, 'designed' | 'implied' | 'error'>>()
  const exact = score >= 0.999
  for (const c of SCORED_CHANNELS) {
    const d = Math.abs(normalizedChannel(c, analysis.total.channels[c], analysis.total.subjectDistanceM))
    if (d >= 0.1) tallies.set(c, { designed: d, implied: exact ? d : d / 2, error: exact ? 0 : d / 2 })
  }
  if (shakeUnits(analysis.total.shake) >= 0.1) tallies.set('shake', { designed: 1, implied: exact ? 1 : 0.5, error: exact ? 0 : 0.5 })
  const result = report(targetId, score, tallies, notes)
  return frames.length === 0 ? result : { ...result, kept: exact && result.kept.length === 0 ? ['the whole path, frame by frame'] : result.kept }
}

export const measureFidelity = (
  targetId: string,
  analysis: MotionAnalysis,
  implied: ImpliedMotion,
  notes: readonly FidelityNote[],
  designedAt: (t: Seconds) => ShotFrame,
): FidelityReport =>
  implied.kind === 'frames' ? compareFrames(targetId, analysis, implied.frames, designedAt, notes) : compareSegments(targetId, analysis, implied.segments, notes)
