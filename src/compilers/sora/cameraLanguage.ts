/**
 * Camera language for prompt-only targets (sora, veo, runway; kling/luma/veo-vertex prompts too):
 * a structured description of the window (per span: the moves rounded as written, the time they are
 * written at, handheld or not, a focus pull) that renders to words, and the implied motion built
 * from that same structure, so fidelity measures what the words say.
 *
 * A local stand-in for the film-language writer in src/compilers/prompt/ (describeCameraMotion);
 * unify once it lands.
 */
import type { Seconds } from '../../core/units'
import type { MotionChannels, SpeedShape } from '../analysis/types'
import { NOMINAL_SHAKE, PROMPT_SHAKE } from '../calibration'
import { normalizedChannel } from '../fidelity'
import type { CompileContext, ImpliedSegment } from '../types'
import { addChannels, channelNotes, focusFollowsSubject, impliedSpan, roundTo, spansOf, subjectDistanceRatio } from '../hosted'

/** Motion as a prompt writes it: channel values rounded as written, shake, an explicit focus pull. */
export interface WrittenMove {
  readonly channels: Partial<MotionChannels>
  /** Handheld shake asked for, as a multiple of NOMINAL_SHAKE (0: none), from PROMPT_SHAKE's words. */
  readonly shake: number
  /** A focus pull from / to these distances (metres, as written). */
  readonly rack?: { readonly fromM: number; readonly toM: number }
}

export interface DescribedSpan {
  /** Window seconds the span stands for (its written times mapped back). */
  readonly startS: Seconds
  readonly endS: Seconds
  /** Times as written, in seconds of the generated clip. */
  readonly writtenStartS: Seconds
  readonly writtenEndS: Seconds
  readonly move: WrittenMove
  readonly speed: SpeedShape
}

export interface CameraDescription {
  readonly spans: readonly DescribedSpan[]
  /** Whether span times are written (more than one span). */
  readonly timed: boolean
  /** One sentence per span. */
  readonly sentences: readonly string[]
  readonly text: string
}

/** Prompts time moves to the half second at best. */
export const WRITTEN_TIME_STEP_S = 0.5
/** Moves below this many perceptual units are left unsaid. */
const UNSAID = 0.05
/** Shake below this many units (of 0.25 degrees RMS) is left unsaid. */
const SHAKE_SAID = 0.2

/** The PROMPT_SHAKE level nearest (in ratio) to a designed shake of `rotationDeg` RMS. */
const shakeScale = (rotationDeg: number): number =>
  PROMPT_SHAKE.levels.reduce((best, l) => (Math.abs(Math.log(rotationDeg / NOMINAL_SHAKE.rotationDeg / l.scale)) < Math.abs(Math.log(rotationDeg / NOMINAL_SHAKE.rotationDeg / best.scale)) ? l : best)).scale
const shakeWord = (scale: number): string => PROMPT_SHAKE.levels.find((l) => l.scale === scale)?.word ?? 'natural'

const angleStep = (v: number) => (Math.abs(v) >= 20 ? 5 : 1)
const travelStep = (v: number) => (Math.abs(v) >= 10 ? 1 : 0.1)

/** Channels rounded the way the words write them; imperceptible ones dropped. */
export const writtenChannels = (c: Partial<MotionChannels>, subjectDistanceM: number): Partial<MotionChannels> => {
  const out: Partial<Record<keyof MotionChannels, number>> = {}
  for (const [k, v] of Object.entries(c) as [keyof MotionChannels, number][]) {
    if (k === 'elevationDeg' || k === 'focusRatio' || Math.abs(normalizedChannel(k, v, subjectDistanceM)) < UNSAID) continue
    let w: number
    if (k === 'zoomRatio') w = v >= 1 ? roundTo(v, 0.1) : 1 / roundTo(1 / v, 0.1)
    else if (k === 'truckM' || k === 'pedestalM' || k === 'dollyM' || k === 'followM') w = roundTo(v, travelStep(v))
    else w = roundTo(v, angleStep(v))
    if (k === 'zoomRatio' ? Math.abs(w - 1) > 1e-9 : w !== 0) out[k] = w
  }
  return out
}

const n = (x: number) => String(roundTo(Math.abs(x), 0.1))
const metres = (x: number) => `${n(x)} ${Math.abs(x) === 1 ? 'metre' : 'metres'}`
const degrees = (x: number) => `${n(x)} degrees`

/** Present-tense phrases ("pans left 45 degrees") for a written move, in a fixed channel order. */
export const phrasesFor = (m: WrittenMove): string[] => {
  const c = m.channels
  const out: string[] = []
  if (c.orbitDeg) out.push(`orbits ${degrees(c.orbitDeg)} to the ${c.orbitDeg > 0 ? 'left' : 'right'} around the subject`)
  if (c.followM) out.push(`tracks the moving subject for ${metres(c.followM)}`)
  if (c.panDeg) out.push(`pans ${c.panDeg > 0 ? 'left' : 'right'} ${degrees(c.panDeg)}`)
  if (c.tiltDeg) out.push(`tilts ${c.tiltDeg > 0 ? 'up' : 'down'} ${degrees(c.tiltDeg)}`)
  if (c.rollDeg) out.push(`rolls ${c.rollDeg > 0 ? 'counter-clockwise' : 'clockwise'} ${degrees(c.rollDeg)}`)
  if (c.truckM) out.push(`trucks ${c.truckM > 0 ? 'right' : 'left'} ${metres(c.truckM)}`)
  if (c.pedestalM) out.push(`${c.pedestalM > 0 ? 'rises' : 'descends'} ${metres(c.pedestalM)}`)
  if (c.dollyM) out.push(`${c.dollyM > 0 ? 'dollies in' : 'pulls back'} ${metres(c.dollyM)} ${c.dollyM > 0 ? 'toward' : 'away from'} the subject`)
  if (c.zoomRatio) {
    const vertigo = c.dollyM !== undefined && c.dollyM > 0 === c.zoomRatio < 1
    const background = c.zoomRatio < 1 ? 'stretches away' : 'closes in'
    out.push(`zooms ${c.zoomRatio > 1 ? 'in' : 'out'} ${n(c.zoomRatio > 1 ? c.zoomRatio : 1 / c.zoomRatio)}x${vertigo ? ` in a dolly zoom (the subject holds its size while the background ${background})` : ''}`)
  }
  if (m.rack) out.push(`racks focus from ${metres(m.rack.fromM)} to ${metres(m.rack.toM)}`)
  if (c.subjectSpinDeg) out.push(`watches the subject turn ${degrees(c.subjectSpinDeg)} to its ${c.subjectSpinDeg > 0 ? 'left' : 'right'} in place`)
  if (m.shake > 0) out.push(`is handheld, with a ${shakeWord(m.shake)} shake`)
  return out
}

const SPEED_WORDS: Readonly<Record<SpeedShape, string>> = {
  hold: '',
  constant: ' at a steady speed',
  'ease-in': ', starting slowly and accelerating',
  'ease-out': ', fast at first and settling at the end',
  'ease-in-out': ', easing in and out',
  snap: ' in a sudden snap',
}

const joinPhrases = (p: readonly string[]): string => (p.length <= 1 ? (p[0] ?? '') : `${p.slice(0, -1).join(', ')} and ${p[p.length - 1]}`)

/** "the camera pans left 45 degrees, easing in and out" (no capital, no full stop). */
export const moveClause = (m: WrittenMove, speed: SpeedShape = 'hold', speedWords = true): string => {
  const p = phrasesFor(m)
  if (p.length === 0) return 'the camera holds still, locked off'
  return `the camera ${joinPhrases(p)}${speedWords ? SPEED_WORDS[speed] : ''}`
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

interface Group {
  a: number
  b: number
  startS: Seconds
  endS: Seconds
  channels: Partial<MotionChannels>
  shake: number
  speed: SpeedShape
}

const isStill = (m: WrittenMove) => phrasesFor(m).length === 0

/** Metres as a focus pull would be written. */
const focusMetres = (x: number) => roundTo(x, x >= 10 ? 1 : 0.1)

/**
 * Describe the window for a generation of `outDurationS` seconds: spans cut where the design's moves
 * change, written times rounded to half seconds of the clip (spans that round away merge into the
 * one before), values rounded as written.
 */
export const describeCamera = (ctx: CompileContext, outDurationS: Seconds, opts: { speedWords?: boolean } = {}): CameraDescription => {
  const d = ctx.durationS
  const k = d > 0 ? outDurationS / d : 1
  const groups: Group[] = []
  for (const s of spansOf(ctx.analysis)) {
    const a = roundTo(s.startS * k, WRITTEN_TIME_STEP_S)
    const b = roundTo(s.endS * k, WRITTEN_TIME_STEP_S)
    const { elevationDeg: _e, focusRatio: _f, ...channels } = s.channels
    const last = groups[groups.length - 1]
    if (last && b <= a) {
      last.endS = s.endS
      last.channels = addChannels(last.channels, channels)
      last.shake = Math.max(last.shake, s.shake.rotationDeg)
      continue
    }
    groups.push({ a, b, startS: s.startS, endS: s.endS, channels, shake: s.shake.rotationDeg, speed: s.speed })
  }
  if (groups.length > 0) {
    groups[0].a = 0
    groups[groups.length - 1].b = outDurationS
  }
  let spans: DescribedSpan[] = groups.map((g) => {
    const f0 = ctx.frameAt(g.startS)
    const f1 = ctx.frameAt(g.endS)
    const written = writtenChannels(g.channels, Math.hypot(f0.subject.point[0] - f0.position[0], f0.subject.point[1] - f0.position[1], f0.subject.point[2] - f0.position[2]))
    const expected = focusFollowsSubject(f0) && focusFollowsSubject(f1) ? subjectDistanceRatio(f0, g.channels) : 1
    const designed = f1.focusDistanceM / Math.max(1e-6, f0.focusDistanceM)
    const racked = Math.abs(Math.log2(designed / expected)) >= 0.15
    const rack = racked ? { fromM: focusMetres(f0.focusDistanceM), toM: focusMetres(f1.focusDistanceM) } : undefined
    const move: WrittenMove = { channels: written, shake: g.shake / 0.25 >= SHAKE_SAID ? shakeScale(g.shake) : 0, ...(rack ? { rack } : {}) }
    // a snap is a snap only if it is still short once written into the clip
    const speed = g.speed === 'snap' && g.b - g.a > 0.6 ? 'hold' : g.speed
    return { startS: g.a / k, endS: g.b / k, writtenStartS: g.a, writtenEndS: g.b, move, speed }
  })
  // neighbouring holds read as one
  spans = spans.reduce<DescribedSpan[]>((acc, s) => {
    const prev = acc[acc.length - 1]
    if (prev && isStill(prev.move) && isStill(s.move)) acc[acc.length - 1] = { ...prev, endS: s.endS, writtenEndS: s.writtenEndS }
    else acc.push(s)
    return acc
  }, [])
  const speedWords = opts.speedWords ?? true
  const timed = spans.length > 1
  const sentences = timed
    ? spans.map((s) => `From ${roundTo(s.writtenStartS, 0.1)} to ${roundTo(s.writtenEndS, 0.1)} s, ${moveClause(s.move, s.speed, speedWords)}.`)
    : [`${capital(moveClause(spans[0]?.move ?? { channels: {}, shake: 0 }, spans[0]?.speed, speedWords))}.`]
  return { spans, timed, sentences, text: sentences.join(' ') }
}

/** The motion the words say, span by span (focus follows the written travel where the design's focus follows the subject). */
export const impliedFromDescription = (ctx: CompileContext, description: CameraDescription): ImpliedSegment[] =>
  description.spans.map((s) => {
    const rack = s.move.rack ? s.move.rack.toM / Math.max(1e-6, s.move.rack.fromM) : undefined
    return impliedSpan(ctx, s.startS, s.endS, s.move.channels, { shake: s.move.shake, ...(rack !== undefined ? { focus: rack } : {}) })
  })

/** Notes of a prompt-only target: what the words round, leave unsaid or only name. */
export const promptNotes = (ctx: CompileContext, implied: readonly ImpliedSegment[], label: string) =>
  channelNotes(ctx.analysis, implied, (c, verdict) => {
    if (c === 'shake') return verdict === 'dropped' ? 'too slight to mention in words' : `${label} reads a shake word (subtle, natural, strong) as a nominal amount`
    if (verdict === 'kept') return undefined
    if (verdict === 'dropped') return `too small or too brief to write into the prompt (moves are timed to the half second)`
    if (verdict === 'spurious') return 'the rounded, half-second timing of the words shifts motion into spans that hold'
    return 'rounded as written, and timed to the half second'
  })
