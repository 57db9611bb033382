/**
 * The `prompt` target, and the film-language writer every prompt-driven target shares
 * (`describeCameraMotion`, `impliedFromDescription`).
 */
import { CHANNEL_LABELS } from '../analysis/types'
import type { CompileContext, CompileTarget, FidelityNote } from '../types'
import { type CameraDescription, type DescribeOptions, describeCameraMotion, impliedFromDescription } from './describe'
import { fmtS } from './kit'

export { describeCameraMotion, impliedFromDescription } from './describe'
export type { CameraDescription, DescribeOptions, MoveKind, WrittenMove, WrittenSpan } from './describe'
export { roundDeg, roundM, shakeLevel } from './phrases'
export {
  addChannels,
  badAspect,
  clipSegments,
  scaleChannels,
  distanceAfter,
  fmtS,
  jsonText,
  nearestDuration,
  tooLong,
  withSubjectFocus,
} from './kit'
export type { Channels } from './kit'

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

export const promptTarget: CompileTarget = {
  id: 'prompt',
  label: 'Prompt (film language)',
  kind: 'payload',
  fileExtension: 'txt',
  mediaType: 'text/plain',
  exact: false,
  description:
    'The camera move in plain film language, time-coded span by span with rounded magnitudes and the lens, for any text-to-video model (paste it after your scene description).',
  constraints: {
    channels: ['panDeg', 'tiltDeg', 'rollDeg', 'truckM', 'pedestalM', 'dollyM', 'zoomRatio', 'orbitDeg', 'followM', 'focusRatio', 'subjectSpinDeg', 'shake'],
    notes: [
      'Any duration, aspect and number of moves; spans are time-coded ("0-4 s: ...; 4-5 s: hold").',
      'Magnitudes are rounded as written: whole degrees under 20 then steps of 5; metres to 0.1 under 10 m, 0.5 under 30 m; focal lengths to whole mm.',
      'Shake is written in three words (subtle, natural, strong handheld shake); its exact amount and rhythm are lost.',
      'Focus is not written when it follows the subject (models keep the subject sharp); a rack focus is.',
    ],
  },
  compile: (ctx) => {
    const description = describeCameraMotion(ctx.analysis, describeOptionsOf(ctx))
    const text = promptText(ctx.durationS, description)
    return {
      ok: true,
      output: {
        text: `${text}\n`,
        payload: { prompt: text, description },
        implied: { kind: 'segments', segments: impliedFromDescription(description) },
        notes: describeNotes(ctx, description),
        warnings: [],
      },
    }
  },
}
