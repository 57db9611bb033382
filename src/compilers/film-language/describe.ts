/**
 * The film-language writer: a motion analysis as time-coded prose ("0-4 s: pan left 45 degrees,
 * easing in and out, 35 mm lens, subject 5.6 m away; 4-5 s: hold.") plus the same thing as data
 * (per span: times, move phrases with the magnitudes as written, lens), so any prompt-driven target
 * can both write it and say what it wrote (`impliedFromDescription`).
 */
import type { MotionAnalysis, MotionChannels, MotionSegment, SpeedShape } from '../analysis/types'
import { normalizedChannel, SCORED_CHANNELS } from '../fidelity'
import type { ImpliedSegment } from '../types'
import { type Channels, addChannels, distanceAfter, fmtS, joinAnd } from '../hosted'
import { type MoveKind, type Phrase, roundM, spanPhrases } from './phrases'

export type { MoveKind } from './phrases'

export interface DescribeOptions {
  /** Focal length at the start of the window, mm; written on the first span. */
  readonly focalLengthMm?: number
  /** Focus distance at the start, m; null or absent: focus follows the subject (the default lens). */
  readonly focusDistanceM?: number | null
  /** Write magnitudes (degrees, metres, mm). Default true; false names each move at its nominal size. */
  readonly numbers?: boolean
}

export interface WrittenMove {
  readonly kind: MoveKind
  /** The phrase as written (imperative form). */
  readonly phrase: string
  /** What the phrase says, in our channels and units, the magnitudes as written. */
  readonly channels: Channels
  /** Shake it asks for (RMS), for handheld phrases. */
  readonly shake?: { readonly positionM: number; readonly rotationDeg: number }
}

export interface WrittenSpan {
  /** Times as written (two decimals). */
  readonly startS: number
  readonly endS: number
  /** Nothing moves in this span ("hold"); handheld shake alone still counts as a hold. */
  readonly hold: boolean
  readonly speed: SpeedShape
  /** The speed words written ("slow", "easing in and out"), if any. */
  readonly speedWords: string
  /** Focal length at the span start as written (mm), when known. */
  readonly focalLengthMm?: number
  /** Subject distance at the span start, as written and chained through the earlier spans. */
  readonly subjectDistanceM: number
  /** The lens keeps the subject sharp through this span. */
  readonly focusFollowsSubject: boolean
  readonly moves: readonly WrittenMove[]
  readonly text: string
}

export interface CameraDescription {
  /** The whole description: spans joined by "; ". */
  readonly text: string
  readonly spans: readonly WrittenSpan[]
  readonly focalLengthMm?: number
  /** Subject distance at the start, as written. */
  readonly subjectDistanceM: number
}

const SPEED_WORDS: Readonly<Record<SpeedShape, string>> = {
  hold: '',
  constant: 'at a steady speed',
  'ease-in': 'easing in',
  'ease-out': 'easing out',
  'ease-in-out': 'easing in and out',
  snap: 'in a snap',
}

const neutral = (k: keyof MotionChannels) => (k === 'zoomRatio' || k === 'focusRatio' ? 1 : 0)
const cleaned = (c: Channels): Channels =>
  Object.fromEntries((Object.entries(c) as [keyof MotionChannels, number][]).filter(([k, v]) => v !== neutral(k))) as Channels

/** Visible change per second (perceptual units, see fidelity.ts): under 0.3 reads as slow. */
const rate = (seg: MotionSegment): number => {
  const units = SCORED_CHANNELS.filter((k) => k !== 'focusRatio').reduce((s, k) => s + Math.abs(normalizedChannel(k, seg.channels[k], seg.subjectDistanceM)), 0)
  return units / Math.max(1e-6, seg.endS - seg.startS)
}

const spanBody = (seg: MotionSegment, phrases: readonly Phrase[]): { body: string; speedWords: string } => {
  const moving = phrases.filter((p) => p.kind !== 'handheld')
  const shake = phrases.find((p) => p.kind === 'handheld')
  if (moving.length === 0) {
    const locked = seg.moves.some((mv) => mv.presetId === 'static')
    return { body: shake ? shake.main : locked ? 'hold, static locked-off camera' : 'hold', speedWords: '' }
  }
  const [lead, ...rest] = moving
  const fpv = seg.moves.some((mv) => mv.presetId === 'fpv-drone') ? 'FPV drone flight: ' : ''
  const slow = !lead.speedless && rate(seg) < 0.3 ? 'slow' : ''
  const shape = lead.speedless ? '' : SPEED_WORDS[seg.speed]
  const body = [
    `${fpv}${slow ? `${slow} ` : ''}${lead.main}${rest.length ? ` while ${joinAnd(rest.map((p) => p.secondary))}` : ''}`,
    shake ? shake.secondary : '',
    shape,
  ]
    .filter(Boolean)
    .join(', ')
  return { body, speedWords: [slow, shape].filter(Boolean).join(', ') }
}

/** Describe the camera motion of an analysed window in film language, span by span. */
export const describeCameraMotion = (analysis: MotionAnalysis, options: DescribeOptions = {}): CameraDescription => {
  const numbers = options.numbers ?? true
  const segments = analysis.segments.length > 0 ? analysis.segments : [analysis.total]
  const startDistance = roundM(segments[0].subjectDistanceM)
  const startFocal = options.focalLengthMm === undefined ? undefined : Math.round(options.focalLengthMm)
  let distance = startDistance
  let focal = startFocal
  let follows = options.focusDistanceM === null || options.focusDistanceM === undefined
  let focus = follows ? distance : (options.focusDistanceM ?? undefined)
  const spans = segments.map((seg, i): WrittenSpan => {
    const state = { numbers, distanceM: distance, focalMm: focal, focusM: follows ? distance : focus, focusFollowsSubject: follows }
    const phrases = spanPhrases(seg, state)
    const { body, speedWords } = spanBody(seg, phrases)
    const lens = i > 0 ? '' : [focal !== undefined ? `${focal} mm lens` : '', numbers ? `subject ${startDistance} m away` : ''].filter(Boolean).join(', ')
    const startS = Number(seg.startS.toFixed(2))
    const endS = Number(seg.endS.toFixed(2))
    const span: WrittenSpan = {
      startS,
      endS,
      hold: phrases.every((p) => p.kind === 'handheld'),
      speed: seg.speed,
      speedWords,
      ...(focal !== undefined ? { focalLengthMm: focal } : {}),
      subjectDistanceM: distance,
      focusFollowsSubject: follows,
      moves: phrases.map((p) => ({ kind: p.kind, phrase: p.main, channels: cleaned(p.channels), ...(p.shake ? { shake: p.shake } : {}) })),
      text: `${fmtS(startS)}-${fmtS(endS)} s: ${body}${lens ? `, ${lens}` : ''}`,
    }
    // what the next span starts from, as written
    const said = phrases.reduce<Channels>((acc, p) => addChannels(acc, p.channels), {})
    const after = distanceAfter(said, distance)
    if (focal !== undefined && said.zoomRatio !== undefined) focal = Math.round(focal * said.zoomRatio)
    const rack = phrases.find((p) => p.kind === 'rack-focus')
    if (rack && state.focusM !== undefined) {
      focus = state.focusM * (rack.channels.focusRatio ?? 1)
      follows = false
    }
    distance = after
    return span
  })
  return {
    text: `${spans.map((s) => s.text).join('; ')}.`,
    spans,
    ...(startFocal !== undefined ? { focalLengthMm: startFocal } : {}),
    subjectDistanceM: startDistance,
  }
}

/** The motion a description says, span by span: the magnitudes as written (and the subject kept sharp where focus follows it). */
export const impliedFromDescription = (description: CameraDescription): ImpliedSegment[] =>
  description.spans.map((span) => {
    let channels = span.moves.reduce<Channels>((acc, mv) => addChannels(acc, mv.channels), {})
    if (span.focusFollowsSubject && channels.focusRatio === undefined) {
      const ratio = distanceAfter(channels, span.subjectDistanceM) / span.subjectDistanceM
      if (Math.abs(ratio - 1) > 1e-9) channels = { ...channels, focusRatio: ratio }
    }
    const shake = span.moves.find((mv) => mv.shake)?.shake
    return { startS: span.startS, endS: span.endS, channels, ...(shake ? { shake } : {}) }
  })
