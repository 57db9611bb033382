/**
 * Helpers shared by the hosted-model payload targets (kling, luma, veo-vertex, veo, sora, runway):
 * implied focus, per-channel verdict notes, duration and aspect rules, chained-split counts and the
 * JSON output. Lives here until a shared home exists (see the report on src/compilers/prompt/).
 */
import type { AspectRatio } from '../../core/camera/lens'
import { horizontalForwardVector, horizontalRightVector } from '../../core/camera/pose'
import { dot, sub } from '../../core/math/vec3'
import type { Seconds } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import { NOMINAL_SHAKE } from '../calibration'
import { CHANNEL_LABELS, type MotionAnalysis, type MotionChannels, type MotionSegment } from '../analysis/types'
import { SCORED_CHANNELS, impliedOver, normalizedChannel } from '../fidelity'
import type { Channel, CompileContext, CompileError, CompileFix, CompileWarning, FidelityNote, ImpliedSegment, TargetResult, Verdict } from '../types'

/** Round to a step without binary noise (0.1 -> 0.1, not 0.30000000000000004). */
export const roundTo = (x: number, step: number): number => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9))
  return Number((Math.round(x / step) * step).toFixed(decimals)) + 0
}

/** "8 s", "7.5 s". */
export const seconds = (s: Seconds): string => `${roundTo(s, 0.01)} s`

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
export const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n)

/** The spans of a window (its analysis segments, or the whole window when there are none). */
export const spansOf = (analysis: MotionAnalysis): readonly MotionSegment[] => (analysis.segments.length > 0 ? analysis.segments : [analysis.total])

/** Does the focus follow the subject at this frame (the default lens), rather than sit at a set distance? */
export const focusFollowsSubject = (f: ShotFrame): boolean => {
  const d = Math.hypot(...sub(f.subject.point, f.position))
  return Math.abs(f.focusDistanceM - d) <= 1e-3 * Math.max(1, d)
}

/** Does the design's focus follow the subject over [a, b] (at both ends)? */
export const designFocusFollows = (ctx: CompileContext, a: Seconds, b: Seconds): boolean => focusFollowsSubject(ctx.frameAt(a)) && focusFollowsSubject(ctx.frameAt(b))

/** A note on focus: where the design's focus follows the subject, so does the output's. */
export const focusReason = (ctx: CompileContext, label: string): string =>
  designFocusFollows(ctx, 0, ctx.durationS) ? `the focus stays on the subject, following the travel ${label} makes` : `${label} has no focus control`

/** Camera-to-subject distance after camera-relative travel, over the distance before (orbit and pan keep it). */
export const subjectDistanceRatio = (f: ShotFrame, c: Partial<MotionChannels>): number => {
  const o = sub(f.subject.point, f.position)
  const forward = dot(o, horizontalForwardVector(f))
  const right = dot(o, horizontalRightVector(f))
  const before = Math.hypot(forward, right, o[1])
  const after = Math.hypot(forward - (c.dollyM ?? 0), right - (c.truckM ?? 0), o[1] - (c.pedestalM ?? 0))
  return before > 1e-6 ? after / before : 1
}

/**
 * An implied span with its focus filled in (and `shake` times NOMINAL_SHAKE where the output asks for handheld): a generated clip keeps the subject in focus, so where the
 * design's focus follows the subject the implied focus follows the implied travel; `focus` replaces
 * that with a focus change the output asks for explicitly.
 */
export const impliedSpan = (
  ctx: CompileContext,
  startS: Seconds,
  endS: Seconds,
  channels: Partial<MotionChannels>,
  opts: { shake?: number; focus?: number } = {},
): ImpliedSegment => {
  const f = ctx.frameAt(startS)
  const focusRatio = opts.focus ?? (designFocusFollows(ctx, startS, endS) ? subjectDistanceRatio(f, channels) : 1)
  return {
    startS,
    endS,
    channels: Math.abs(focusRatio - 1) > 1e-12 ? { ...channels, focusRatio } : channels,
    ...(opts.shake ? { shake: { positionM: NOMINAL_SHAKE.positionM * opts.shake, rotationDeg: NOMINAL_SHAKE.rotationDeg * opts.shake } } : {}),
  }
}

/** Sum of channel values (zoom and focus multiply). */
export const addChannels = (a: Partial<MotionChannels>, b: Partial<MotionChannels>): Partial<MotionChannels> => {
  const out: Partial<Record<keyof MotionChannels, number>> = { ...a }
  for (const [k, v] of Object.entries(b) as [keyof MotionChannels, number][]) {
    const ratio = k === 'zoomRatio' || k === 'focusRatio'
    out[k] = ratio ? (out[k] ?? 1) * v : (out[k] ?? 0) + v
  }
  return out
}

const SHAKE_UNIT_DEG = 0.25

export interface ChannelTally {
  readonly designed: number
  readonly implied: number
  readonly error: number
  /** Signed totals over the window (perceptual units), for wording. */
  readonly designedNet: number
  readonly impliedNet: number
}

/** Per-channel tallies in perceptual units, computed the way fidelity.ts computes them. */
export const channelTallies = (analysis: MotionAnalysis, implied: readonly ImpliedSegment[]): Map<Channel, ChannelTally> => {
  const out = new Map<Channel, ChannelTally>()
  const add = (c: Channel, d: number, i: number) => {
    const t = out.get(c) ?? { designed: 0, implied: 0, error: 0, designedNet: 0, impliedNet: 0 }
    out.set(c, { designed: t.designed + Math.abs(d), implied: t.implied + Math.abs(i), error: t.error + Math.abs(d - i), designedNet: t.designedNet + d, impliedNet: t.impliedNet + i })
  }
  for (const s of spansOf(analysis)) {
    for (const c of SCORED_CHANNELS) add(c, normalizedChannel(c, s.channels[c], s.subjectDistanceM), normalizedChannel(c, impliedOver(implied, c, s.startS, s.endS), s.subjectDistanceM))
    let shake = 0
    for (const i of implied) {
      const overlap = Math.min(s.endS, i.endS) - Math.max(s.startS, i.startS)
      if (overlap > 0 && i.shake) shake += (i.shake.rotationDeg / SHAKE_UNIT_DEG) * overlap
    }
    add('shake', s.shake.rotationDeg / SHAKE_UNIT_DEG, s.endS > s.startS ? shake / (s.endS - s.startS) : 0)
  }
  return out
}

/** The verdict fidelity.ts gives a tally, or undefined when the channel is neither designed nor implied. */
export const verdictOf = (t: ChannelTally): Verdict | 'spurious' | undefined => {
  if (t.designed < 0.1) return t.implied >= 0.3 ? 'spurious' : undefined
  if (t.error <= 0.15 * t.designed) return 'kept'
  if (t.implied < 0.1 * t.designed) return 'dropped'
  return 'approximated'
}

/**
 * Notes in the target's own words: `why` gives the reason for a channel's verdict (or undefined to
 * leave fidelity's default label). Spurious channels are reported as approximated, and so are
 * `standIns`: channels the output expresses through another one (an orbit as a truck).
 */
export const channelNotes = (
  analysis: MotionAnalysis,
  implied: readonly ImpliedSegment[],
  why: (c: Channel, verdict: Verdict | 'spurious', t: ChannelTally) => string | undefined,
  standIns: readonly Channel[] = [],
): FidelityNote[] => {
  const notes: FidelityNote[] = []
  for (const [channel, tally] of channelTallies(analysis, implied)) {
    const measured = verdictOf(tally)
    // a channel another one stands in for is approximated (by that other channel), not dropped
    const verdict = measured === 'dropped' && standIns.includes(channel) ? 'approximated' : measured
    if (!verdict) continue
    const text = why(channel, verdict, tally)
    if (text) notes.push({ channel, verdict: verdict === 'spurious' ? 'approximated' : verdict, text: `${CHANNEL_LABELS[channel]} ${verdict === 'spurious' ? 'added' : verdict}: ${text}` })
  }
  return notes
}

/** The allowed duration nearest to `d` (ties go to the longer). */
export const nearestDuration = (d: Seconds, options: readonly Seconds[]): Seconds =>
  options.reduce((best, o) => (Math.abs(o - d) < Math.abs(best - d) - 1e-9 || (Math.abs(Math.abs(o - d) - Math.abs(best - d)) <= 1e-9 && o > best) ? o : best), options[0])

/** Tolerance on shot lengths (a 5.004 s shot is a 5 s shot). */
export const DURATION_TOLERANCE_S = 0.05

/** "X needs a shot of at most N s; this one is M s: trim it, or split it into K chained generations". */
export const tooLongError = (what: string, maxS: Seconds, d: Seconds): CompileError => {
  const parts = Math.max(2, Math.ceil(d / maxS - 1e-9))
  const fixes: CompileFix[] = [
    { kind: 'trim', toS: maxS, label: `Trim the shot to ${seconds(maxS)}` },
    { kind: 'split', parts, label: `Split into ${countWord(parts)} chained generations` },
  ]
  return { code: 'constraint', message: `${what}; this one is ${seconds(d)}: trim it, or split it into ${countWord(parts)} chained generations.`, fixes }
}

/** An aspect error with a set-aspect fix to the nearest allowed aspect (portrait stays portrait). */
export const aspectError = (label: string, aspect: AspectRatio, allowed: readonly AspectRatio[]): CompileError => {
  const portrait = aspect === '9:16'
  const to = allowed.find((a) => (a === '9:16') === portrait) ?? allowed[0]
  const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed[0]
  return {
    code: 'constraint',
    message: `${label} takes ${list} video; this shot is ${aspect}: set the shot to ${to}.`,
    fixes: [{ kind: 'set-aspect', aspect: to, label: `Set the aspect to ${to}` }],
  }
}

/** How many chained generations `planChain` (registry.ts) would cut this window into. */
export const chainPartCount = (analysis: MotionAnalysis): number => {
  let parts = 0
  for (const s of analysis.segments) if (parts === 0 || !(s.moves.length === 0 || s.endS - s.startS < 0.5)) parts++
  return Math.max(1, parts)
}

/** A warning with a split fix, for a one-move target given moves one after another. */
export const sequenceWarning = (analysis: MotionAnalysis, label: string): CompileWarning | undefined => {
  const parts = chainPartCount(analysis)
  if (parts < 2 || analysis.movingSegments < 2) return undefined
  return {
    message: `This shot has moves one after another and ${label} makes one move per generation, so they are merged into one: split it into ${countWord(parts)} chained generations for a closer match.`,
    fix: { kind: 'split', parts, label: `Split into ${countWord(parts)} chained generations` },
  }
}

/** A warning when the generation's length differs from the shot's. */
export const lengthWarning = (label: string, outS: Seconds, d: Seconds): CompileWarning | undefined => {
  if (Math.abs(outS - d) <= DURATION_TOLERANCE_S) return undefined
  const factor = roundTo(outS / d, 0.01)
  return {
    message: `${label} makes a ${seconds(outS)} clip and this shot is ${seconds(d)}: the move is spread over ${seconds(outS)}, so retime the result by ${factor}x (or trim it) to match the design.`,
    fix: { kind: 'note', label: `Retime the generated clip to ${seconds(d)}` },
  }
}

/** The warning every image-to-video target gives. */
export const startFrameWarning = (label: string): CompileWarning => ({
  message: `${label} animates a start image: attach your start frame (render it from the studio's first frame) in place of the placeholder before sending.`,
  fix: { kind: 'note', label: 'Attach a start frame' },
})

/** Sum of the window's designed motion in perceptual units (scored channels and shake). */
export const designedMagnitude = (analysis: MotionAnalysis): number => {
  let m = 0
  for (const t of channelTallies(analysis, []).values()) m += t.designed
  return m
}

/** The successful output of a JSON payload target. */
export const payloadResult = (payload: object, segments: readonly ImpliedSegment[], notes: readonly FidelityNote[], warnings: readonly (CompileWarning | undefined)[]): TargetResult => ({
  ok: true,
  output: {
    text: `${JSON.stringify(payload, null, 2)}\n`,
    payload,
    implied: { kind: 'segments', segments },
    notes,
    warnings: warnings.filter((w): w is CompileWarning => w !== undefined),
  },
})

/** The placeholder the user replaces with the subject and scene. */
export const SUBJECT_PLACEHOLDER = '[Describe your subject and scene here.]'
