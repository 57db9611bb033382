/**
 * Kling camera control: choose between `simple` (exactly one non-zero axis of six) and the four
 * compound presets by the fidelity each implies, and read back what the chosen control implies.
 * Kling's `pan` axis is a film tilt and its `tilt` axis a film pan (calibration.ts, KLING_SCALE).
 */
import { KLING_AXIS_NAMES, KLING_PRESET_NAMES, type KlingAxisName, type KlingPresetName } from '../../camera-vocabulary'
import { clamp } from '../../core/units'
import type { MotionChannels } from '../analysis/types'
import { KLING_PRESET_MOVES, KLING_SCALE, type ScaleRow, fromProviderUnits, toProviderUnits } from '../calibration'
import { compareSegments, normalizedChannel } from '../fidelity'
import { impliedSpan, roundTo } from '../hosted'
import type { CompileContext, ImpliedSegment } from '../types'

/** The simple type's axes and the compound presets, as the vocabulary table spells them. */
export const KLING_AXES = KLING_AXIS_NAMES
export type KlingAxis = KlingAxisName
export type KlingPreset = KlingPresetName
export const KLING_PRESETS: readonly KlingPreset[] = KLING_PRESET_NAMES
export const KLING_MAX = 10

export const klingRow = (axis: KlingAxis): ScaleRow => {
  const row = KLING_SCALE.find((r) => r.control === `kling.simple.${axis}`)
  if (!row) throw new Error(`no Kling scale row for ${axis}`)
  return row
}

export type KlingChoice =
  | {
      readonly kind: 'simple'
      readonly axis: KlingAxis
      readonly value: number
      /** The designed channel the axis expresses (orbit and dolly have no axis of their own). */
      readonly source: keyof MotionChannels
      readonly substitute: boolean
      readonly clamped: boolean
    }
  | { readonly kind: 'preset'; readonly type: KlingPreset }
  | { readonly kind: 'none' }

const TRAVEL = new Set<keyof MotionChannels>(['truckM', 'pedestalM', 'dollyM', 'followM'])

/** A compound preset's motion in our units (travel scaled by the subject distance). */
export const presetChannels = (type: KlingPreset, subjectDistanceM: number): Partial<MotionChannels> => {
  const out: Partial<Record<keyof MotionChannels, number>> = {}
  for (const [k, v] of Object.entries(KLING_PRESET_MOVES[type].channels) as [keyof MotionChannels, number][]) out[k] = TRAVEL.has(k) ? v * subjectDistanceM : v
  return out
}

/** The channels a choice implies, read back from the emitted value through calibration.ts. */
export const klingImpliedChannels = (choice: KlingChoice, subjectDistanceM: number): Partial<MotionChannels> => {
  if (choice.kind === 'none') return {}
  if (choice.kind === 'preset') return presetChannels(choice.type, subjectDistanceM)
  const row = klingRow(choice.axis)
  return { [row.channel]: fromProviderUnits(row, choice.value, subjectDistanceM) }
}

/** An axis value for a channel value: clamped to +-10, rounded to 0.1, never 0. */
export const axisValue = (axis: KlingAxis, channelValue: number, subjectDistanceM: number): { value: number; clamped: boolean } => {
  const raw = toProviderUnits(klingRow(axis), channelValue, subjectDistanceM)
  let value = roundTo(clamp(raw, -KLING_MAX, KLING_MAX), 0.1)
  if (value === 0) value = raw >= 0 ? 0.1 : -0.1
  return { value, clamped: Math.abs(raw) > KLING_MAX + 0.05 }
}

/** The axis that stands for each designed channel: its own where Kling has one, the closest otherwise. */
const CANDIDATE_AXES: readonly { source: keyof MotionChannels; axis: KlingAxis; substitute: boolean }[] = [
  { source: 'truckM', axis: 'horizontal', substitute: false },
  { source: 'pedestalM', axis: 'vertical', substitute: false },
  { source: 'tiltDeg', axis: 'pan', substitute: false },
  { source: 'panDeg', axis: 'tilt', substitute: false },
  { source: 'rollDeg', axis: 'roll', substitute: false },
  { source: 'zoomRatio', axis: 'zoom', substitute: false },
  // no orbit axis: the camera's travel around the subject, as a truck the same way
  { source: 'orbitDeg', axis: 'horizontal', substitute: true },
  // no forward axis: a push-in as the zoom that enlarges the subject as much
  { source: 'dollyM', axis: 'zoom', substitute: true },
]

/** The channel value a substitute axis is given for the designed value. */
const stand = (source: keyof MotionChannels, v: number, d: number): number => {
  if (source === 'orbitDeg') return -Math.sign(v) * d * Math.sin((Math.min(Math.abs(v), 90) * Math.PI) / 180)
  if (source === 'dollyM') return d / Math.max(0.1 * d, d - v)
  return v
}

export interface ScoredChoice {
  readonly choice: KlingChoice
  readonly score: number
  readonly segments: readonly ImpliedSegment[]
}

/** Every candidate control, scored by the fidelity it implies against the design. */
export const scoreKlingChoices = (ctx: CompileContext): ScoredChoice[] => {
  const { analysis, durationS } = ctx
  const total = analysis.total.channels
  const d = analysis.total.subjectDistanceM
  const scored = (choice: KlingChoice): ScoredChoice => {
    const segments = [impliedSpan(0, durationS, klingImpliedChannels(choice, d))]
    return { choice, score: compareSegments('kling', analysis, segments, []).score, segments }
  }
  const out: ScoredChoice[] = [scored({ kind: 'none' })]
  for (const c of CANDIDATE_AXES) {
    const v = total[c.source]
    if (Math.abs(normalizedChannel(c.source, v, d)) < 0.005) continue
    const { value, clamped } = axisValue(c.axis, stand(c.source, v, d), d)
    out.push(scored({ kind: 'simple', axis: c.axis, value, source: c.source, substitute: c.substitute, clamped }))
  }
  for (const type of KLING_PRESETS) out.push(scored({ kind: 'preset', type }))
  return out
}

const magnitudeOf = (ctx: CompileContext, c: KlingChoice): number =>
  c.kind === 'simple' ? Math.abs(normalizedChannel(c.source, ctx.analysis.total.channels[c.source], ctx.analysis.total.subjectDistanceM)) : 0

/**
 * The best control: the highest fidelity; among equals a direct axis before a stand-in, the channel
 * with the most perceptual motion first; a preset only when it beats every single axis; no control
 * only when nothing beats holding still (or nothing moves).
 */
export const chooseKling = (ctx: CompileContext): ScoredChoice => {
  const all = scoreKlingChoices(ctx)
  const none = all[0]
  const simple = all.filter((s) => s.choice.kind === 'simple')
  const presets = all.filter((s) => s.choice.kind === 'preset')
  const better = (a: ScoredChoice, b: ScoredChoice): boolean => {
    if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score
    const sa = a.choice.kind === 'simple' && a.choice.substitute
    const sb = b.choice.kind === 'simple' && b.choice.substitute
    if (sa !== sb) return !sa
    return magnitudeOf(ctx, a.choice) > magnitudeOf(ctx, b.choice)
  }
  let best = simple.reduce<ScoredChoice | undefined>((acc, s) => (!acc || better(s, acc) ? s : acc), undefined)
  for (const p of presets) if (p.score > (best ?? none).score + 1e-9) best = p
  if (!best || none.score > best.score + 1e-9) return none
  return best
}
