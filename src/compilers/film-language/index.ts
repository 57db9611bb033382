/**
 * The film-language writer every prompt-driven target shares (prompt, seedance, sora, veo, runway,
 * and the prompts of kling, luma and veo-vertex): a motion analysis as time-coded prose, the same as
 * data, and the motion those words imply.
 */
import { channelNotes, fmtS, subjectText } from '../hosted'
import type { CompileContext, FidelityNote, ImpliedSegment, Verdict } from '../types'
import { type CameraDescription, type DescribeOptions, type WrittenSpan, describeCameraMotion, impliedFromDescription } from './describe'

export { describeCameraMotion, describeMove, impliedFromDescription } from './describe'
export type { CameraDescription, DescribeOptions, MoveKind, WrittenMove, WrittenSpan } from './describe'
export { roundDeg, roundM, shakeLevel } from './phrases'

/** The describe options of a compile window: its starting lens and whether focus follows the subject. */
export const describeOptionsOf = (ctx: CompileContext, numbers = true): DescribeOptions => {
  const first = ctx.frameAt(0)
  return { focalLengthMm: first.focalLengthMm, focusDistanceM: ctx.shot.lens.focusDistanceM === null ? null : first.focusDistanceM, numbers }
}

/**
 * Notes on what the words lose, channel by channel, in `label`'s terms: moves rounded as written,
 * moves too small or brief to write, shake in three words. `implied` is impliedFromDescription's.
 */
export const describeNotes = (
  ctx: CompileContext,
  description: CameraDescription,
  implied: readonly ImpliedSegment[],
  o: { readonly label?: string; readonly timeStepS?: number } = {},
): FidelityNote[] => {
  const levels = [...new Set(description.spans.flatMap((s) => s.moves.filter((m) => m.kind === 'handheld').map((m) => m.phrase.replace(/^hold with /, ''))))]
  const timing = (o.timeStepS ?? 0.01) >= 0.5 ? 'timed to the half second' : undefined
  return channelNotes(ctx.analysis, implied, (c, verdict) => {
    if (c === 'shake')
      return verdict === 'dropped' || levels.length === 0
        ? 'too faint to put in words'
        : { verdict: verdict === 'kept' ? 'approximated' : (verdict as Verdict), text: `written as "${levels.join('", "')}" (words have three levels)` }
    if (verdict === 'kept') return undefined
    if (verdict === 'dropped') return `too small or too brief to write into the prompt${timing ? ` (moves are ${timing})` : ''}`
    if (verdict === 'spurious') return `rounding the written times shifts motion into spans that hold`
    return `rounded as written${timing ? `, and ${timing}` : ''}${o.label ? ` (${o.label} reads the words, not numbers it must obey)` : ''}`
  })
}

/** The prompt text of a description: one continuous shot, then the time-coded spans. */
export const promptText = (durationS: number, description: CameraDescription): string => `One continuous ${fmtS(durationS)} s shot. Camera: ${description.text}`

/** Prompts time moves to the half second at best. */
export const WRITTEN_TIME_STEP_S = 0.5

/** How a hosted model's prompt describes the window: in seconds of its `outDurationS` clip, to the half second, one span untimed. */
export const hostedDescribeOptions = (ctx: CompileContext, outDurationS: number, speedWords = true): DescribeOptions => ({
  ...describeOptionsOf(ctx),
  outDurationS,
  timeStepS: WRITTEN_TIME_STEP_S,
  timeSingleSpan: false,
  speedWords,
})

/** A hosted model's prompt: `subject` (the shot's subjectText: its words, or the placeholder), then the camera. */
export const hostedPrompt = (subject: string, description: CameraDescription, spans: readonly WrittenSpan[] = description.spans): string =>
  `${subject} Camera: ${spans.map((s) => s.text).join('; ')}.`

/** Every channel words can name (what prompt-driven targets declare they express). */
export const WORDED_CHANNELS = ['panDeg', 'tiltDeg', 'rollDeg', 'truckM', 'pedestalM', 'dollyM', 'zoomRatio', 'orbitDeg', 'followM', 'focusRatio', 'subjectSpinDeg', 'shake'] as const

/**
 * A hosted model's camera in words, for a clip of `outDurationS`: the description, the prompt, the
 * motion it implies and the notes, with `label` naming the model.
 */
export const hostedCamera = (ctx: CompileContext, outDurationS: number, label: string) => {
  const description = describeCameraMotion(ctx.analysis, hostedDescribeOptions(ctx, outDurationS))
  const segments = impliedFromDescription(description)
  return { description, prompt: hostedPrompt(subjectText(ctx.shot), description), segments, notes: describeNotes(ctx, description, segments, { label, timeStepS: WRITTEN_TIME_STEP_S }) }
}
