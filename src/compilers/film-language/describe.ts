/**
 * The film-language writer: a motion analysis as time-coded prose ("0-4 s: pan left 45 degrees,
 * easing in and out, 35 mm lens, subject 5.6 m away; 4-5 s: hold.") plus the same thing as data
 * (per span: times, move phrases with the magnitudes as written, lens), so any prompt-driven target
 * can both write it and say what it wrote (`impliedFromDescription`).
 */
import { type MotionAnalysis, type MotionChannels, type MotionSegment, type SpeedShape, ZERO_CHANNELS } from '../analysis/types'
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
  /**
   * Length of the generated clip, s (default: the window's). Times are written in clip seconds: a
   * model that renders 8 s of a 7 s design plays every move 8/7 slower.
   */
  readonly outDurationS?: number
  /** Written times are rounded to this step, s (default 0.01; models read prompts to the half second at best). */
  readonly timeStepS?: number
  /** Write speed words ("easing in and out"); default true. */
  readonly speedWords?: boolean
  /** Time-code a description of one span too ("0-5 s: ..."); default true. */
  readonly timeSingleSpan?: boolean
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
  /** Window seconds the span stands for (its written times mapped back to the design). */
  readonly startS: number
  readonly endS: number
  /** Times as written, in seconds of the generated clip. */
  readonly writtenStartS: number
  readonly writtenEndS: number
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

const spanBody = (seg: MotionSegment, phrases: readonly Phrase[], speedWords = true): { body: string; speedWords: string } => {
  const moving = phrases.filter((p) => p.kind !== 'handheld')
  const shake = phrases.find((p) => p.kind === 'handheld')
  if (moving.length === 0) {
    const locked = seg.moves.some((mv) => mv.presetId === 'static')
    return { body: shake ? shake.main : locked ? 'hold, static locked-off camera' : 'hold', speedWords: '' }
  }
  const [lead, ...rest] = moving
  const fpv = seg.moves.some((mv) => mv.presetId === 'fpv-drone') ? 'FPV drone flight: ' : ''
  // "slow" rates the camera's own motion, which a rack focus alone does not have
  const slow = speedWords && !lead.speedless && lead.kind !== 'rack-focus' && rate(seg) < 0.3 ? 'slow' : ''
  const shape = speedWords && !lead.speedless ? SPEED_WORDS[seg.speed] : ''
  const body = [
    `${fpv}${slow ? `${slow} ` : ''}${lead.main}${rest.length ? ` while ${joinAnd(rest.map((p) => p.secondary))}` : ''}`,
    shake ? shake.secondary : '',
    shape,
  ]
    .filter(Boolean)
    .join(', ')
  return { body, speedWords: [slow, shape].filter(Boolean).join(', ') }
}

const fullChannels = (c: Channels): MotionChannels => ({ ...ZERO_CHANNELS, ...c })

/** Two neighbouring segments as one: channels add, the strongest shake and the first one's speed and distance. */
const mergeSegments = (a: MotionSegment, b: MotionSegment): MotionSegment => ({
  ...a,
  endS: b.endS,
  moves: [...a.moves, ...b.moves.filter((m) => !a.moves.some((x) => x.presetId === m.presetId))],
  channels: fullChannels(addChannels(a.channels, b.channels)),
  shake: a.shake.rotationDeg >= b.shake.rotationDeg ? a.shake : b.shake,
  speed: a.moves.length === 0 ? b.speed : a.speed,
})

/** Round to a step without binary noise. */
const roundStep = (x: number, step: number): number => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9))
  return Number((Math.round(x / step) * step).toFixed(decimals)) + 0
}

/**
 * The window's segments on the written time grid: times scaled to the clip and rounded to the step;
 * a segment that rounds away joins the one before (a first one that rounds to nothing takes in the
 * next), and the first and last reach the clip's ends; no written span is empty.
 */
const writtenSegments = (segments: readonly MotionSegment[], k: number, step: number, outS: number) => {
  const out: { seg: MotionSegment; a: number; b: number }[] = []
  for (const seg of segments) {
    const a = roundStep(seg.startS * k, step)
    const b = roundStep(seg.endS * k, step)
    const last = out[out.length - 1]
    // a segment that rounds away joins the one before; so does one after a segment that rounded to nothing
    if (last && (b <= last.b || last.b <= last.a)) {
      last.seg = mergeSegments(last.seg, seg)
      last.b = Math.max(last.b, b)
    } else if (last && a > last.b) out.push({ seg, a: last.b, b })
    else out.push({ seg, a: last ? last.b : a, b })
  }
  if (out.length > 0) {
    out[0].a = 0
    out[out.length - 1].b = roundStep(outS, Math.min(step, 0.01))
  }
  return out
}

/** Describe the camera motion of an analysed window in film language, span by span. */
export const describeCameraMotion = (analysis: MotionAnalysis, options: DescribeOptions = {}): CameraDescription => {
  const numbers = options.numbers ?? true
  const outS = options.outDurationS ?? analysis.durationS
  const k = analysis.durationS > 0 ? outS / analysis.durationS : 1
  const grid = writtenSegments(analysis.segments.length > 0 ? analysis.segments : [analysis.total], k, options.timeStepS ?? 0.01, outS)
  const startDistance = roundM(grid[0].seg.subjectDistanceM)
  const startFocal = options.focalLengthMm === undefined ? undefined : Math.round(options.focalLengthMm)
  let distance = startDistance
  let focal = startFocal
  let follows = options.focusDistanceM === null || options.focusDistanceM === undefined
  let focus = follows ? distance : (options.focusDistanceM ?? undefined)
  const timed = grid.length > 1 || (options.timeSingleSpan ?? true)
  // spans that say nothing but "hold" (not the first, which names the lens)
  const plainHolds = new Set<WrittenSpan>()
  let spans = grid.map(({ seg, a, b }, i): WrittenSpan => {
    const state = { numbers, distanceM: distance, focalMm: focal, focusM: follows ? distance : focus, focusFollowsSubject: follows }
    const phrases = spanPhrases(seg, state)
    // a snap is a snap only while it is still short once written into the clip
    const paced = seg.speed === 'snap' && b - a > 0.6 ? { ...seg, speed: 'hold' as const } : seg
    const { body, speedWords } = spanBody(paced, phrases, options.speedWords)
    const lens = i > 0 ? '' : [focal !== undefined ? `${focal} mm lens` : '', numbers ? `subject ${startDistance} m away` : ''].filter(Boolean).join(', ')
    const span: WrittenSpan = {
      startS: a / k,
      endS: b / k,
      writtenStartS: a,
      writtenEndS: b,
      hold: phrases.every((p) => p.kind === 'handheld'),
      speed: paced.speed,
      speedWords,
      ...(focal !== undefined ? { focalLengthMm: focal } : {}),
      subjectDistanceM: distance,
      focusFollowsSubject: follows,
      moves: phrases.map((p) => ({ kind: p.kind, phrase: p.main, channels: cleaned(p.channels), ...(p.shake ? { shake: p.shake } : {}) })),
      text: `${timed ? `${fmtS(a)}-${fmtS(b)} s: ` : ''}${body}${lens ? `, ${lens}` : ''}`,
    }
    // what the next span starts from, as written
    const said = phrases.reduce<Channels>((acc, p) => addChannels(acc, p.channels), {})
    const after = distanceAfter(said, distance)
    if (focal !== undefined && said.zoomRatio !== undefined) focal = Math.round(focal * said.zoomRatio)
    const rack = phrases.find((p) => p.kind === 'rack-focus')
    if (rack && state.focusM !== undefined) {
      // the absolute distance the words name: the relative pull times the change of subject distance
      focus = state.focusM * (rack.channels.focusRatio ?? 1) * (after / distance)
      follows = false
    }
    distance = after
    if (i > 0 && body === 'hold') plainHolds.add(span)
    return span
  })
  // neighbouring plain holds read as one
  spans = spans.reduce<WrittenSpan[]>((acc, span) => {
    const prev = acc[acc.length - 1]
    if (prev && plainHolds.has(prev) && plainHolds.has(span)) {
      const merged = { ...prev, endS: span.endS, writtenEndS: span.writtenEndS, text: `${fmtS(prev.writtenStartS)}-${fmtS(span.writtenEndS)} s: hold` }
      plainHolds.add(merged)
      acc[acc.length - 1] = merged
    } else acc.push(span)
    return acc
  }, [])
  return {
    text: `${spans.map((s) => s.text).join('; ')}.`,
    spans,
    ...(startFocal !== undefined ? { focalLengthMm: startFocal } : {}),
    subjectDistanceM: startDistance,
  }
}

/**
 * One move in words, for payload targets that state a single camera move in their prompt
 * ("crane up 2 m, easing in and out"): `channels` at a subject `subjectDistanceM` away.
 */
export const describeMove = (channels: Channels, subjectDistanceM: number, speed: SpeedShape = 'hold'): string => {
  const seg: MotionSegment = {
    startS: 0,
    endS: 1,
    moves: [],
    channels: fullChannels(channels),
    shake: { positionM: 0, rotationDeg: 0 },
    speed,
    peakToMean: 1,
    subjectDistanceM,
  }
  const phrases = spanPhrases(seg, { numbers: true, distanceM: roundM(subjectDistanceM), focusFollowsSubject: true })
  return phrases.length === 0 ? 'static, locked-off camera' : spanBody(seg, phrases).body
}

/** The motion a description says, span by span: the magnitudes as written (a focus pull only where one is written). */
export const impliedFromDescription = (description: CameraDescription): ImpliedSegment[] =>
  description.spans.map((span) => {
    const channels = span.moves.reduce<Channels>((acc, mv) => addChannels(acc, mv.channels), {})
    const shake = span.moves.find((mv) => mv.shake)?.shake
    return { startS: span.startS, endS: span.endS, channels, ...(shake ? { shake } : {}) }
  })
