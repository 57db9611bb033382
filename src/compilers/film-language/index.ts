/**
 * The film-language writer every prompt-driven target shares (prompt, seedance, sora, veo, runway,
 * and the prompts of kling, luma and veo-vertex): a motion analysis as time-coded prose, the same as
 * data, and the motion those words imply.
 */
import { CHANNEL_LABELS } from '../analysis/types'
import { fmtS } from '../hosted'
import type { CompileContext, FidelityNote } from '../types'
import type { CameraDescription, DescribeOptions } from './describe'

export { describeCameraMotion, impliedFromDescription } from './describe'
export type { CameraDescription, DescribeOptions, MoveKind, WrittenMove, WrittenSpan } from './describe'
export { roundDeg, roundM, shakeLevel } from './phrases'

/** The describe options of a compile window: its starting lens and whether focus follows the subject. */
export const describeOptionsOf = (ctx: CompileContext, numbers = true): DescribeOptions => {
  const first = ctx.frameAt(0)
  return { focalLengthMm: first.focalLengthMm, focusDistanceM: ctx.shot.lens.focusDistanceM === null ? null : first.focusDistanceM, numbers }
}

/** Notes on what words lose: shake comes in three levels. */
export const describeNotes = (ctx: CompileContext, description: CameraDescription): FidelityNote[] => {
  const levels = description.spans.flatMap((s) => s.moves.filter((m) => m.kind === 'handheld').map((m) => m.phrase.replace(/^hold with /, '')))
  if (levels.length === 0) {
    const shaky = ctx.analysis.segments.some((s) => s.shake.rotationDeg > 0)
    return shaky ? [{ channel: 'shake', verdict: 'dropped', text: `${CHANNEL_LABELS.shake} dropped: too faint to put in words` }] : []
  }
  return [{ channel: 'shake', verdict: 'approximated', text: `${CHANNEL_LABELS.shake} approximated: written as "${[...new Set(levels)].join('", "')}" (words have three levels)` }]
}

/** The prompt text of a description: one continuous shot, then the time-coded spans. */
export const promptText = (durationS: number, description: CameraDescription): string => `One continuous ${fmtS(durationS)} s shot. Camera: ${description.text}`

