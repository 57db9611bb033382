/** Duration and aspect rules of the hosted targets: the nearest allowed length, and clear errors and warnings with their fixes. */
import { ASPECT_RATIOS, type AspectRatio } from '../../core/camera/lens'
import type { Seconds } from '../../core/units'
import type { MotionAnalysis, MotionSegment } from '../analysis/types'
import type { CompileError, CompileFix, CompileWarning } from '../types'
import { countWord, roundTo, seconds, withArticle } from './text'

/** The allowed duration nearest to `d` (ties go to the longer). */
export const nearestDuration = (d: Seconds, options: readonly Seconds[]): Seconds =>
  options.reduce((best, o) => (Math.abs(o - d) < Math.abs(best - d) - 1e-9 || (Math.abs(Math.abs(o - d) - Math.abs(best - d)) <= 1e-9 && o > best) ? o : best), options[0])

/** Tolerance on shot lengths (a 5.004 s shot is a 5 s shot). */
export const DURATION_TOLERANCE_S = 0.05

/**
 * "X needs a shot of at most N s; this one is M s: trim it, or split it into K chained generations",
 * K being the parts `chainPartCount` cuts the shot into for generations of at most N s.
 */
export const tooLongError = (what: string, maxS: Seconds, analysis: MotionAnalysis): CompileError => {
  const d = analysis.durationS
  const parts = Math.max(2, chainPartCount(analysis, maxS))
  const fixes: CompileFix[] = [
    { kind: 'trim', toS: maxS, label: `Trim the shot to ${seconds(maxS)}` },
    { kind: 'split', parts, label: `Split into ${countWord(parts)} chained generations` },
  ]
  return { code: 'constraint', message: `${what}; this one is ${seconds(d)}: trim it, or split it into ${countWord(parts)} chained generations.`, fixes }
}

/** An aspect error with a set-aspect fix to the nearest allowed aspect (portrait stays portrait). */
export const aspectError = (label: string, aspect: AspectRatio, allowed: readonly string[]): CompileError => {
  const portrait = aspect === '9:16'
  const ours = allowed.filter((a): a is AspectRatio => (ASPECT_RATIOS as readonly string[]).includes(a))
  const to = ours.find((a) => (a === '9:16') === portrait) ?? ours[0] ?? '16:9'
  const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed[0]
  return {
    code: 'constraint',
    message: `${label} takes ${list} video; this shot is ${aspect}: set the shot to ${to}.`,
    fixes: [{ kind: 'set-aspect', aspect: to, label: `Set the aspect to ${to}` }],
  }
}

/** A span that joins the chained part before it: a hold between moves, a move's own still phase, or one under 0.5 s. */
export const joinsPartBefore = (s: MotionSegment): boolean => s.moves.length === 0 || s.endS - s.startS < 0.5 || (s.phase !== undefined && s.phase > 0 && s.speed === 'hold')

/**
 * Where to cut a window into chained generations: one part per span that moves, holds joined to the
 * part before them (each part starts from the previous part's last frame); a part longer than one
 * generation (`maxPartS`) is cut again into equal pieces that each fit.
 */
export const chainWindows = (analysis: MotionAnalysis, maxPartS: Seconds = Infinity): { startS: Seconds; durationS: Seconds }[] => {
  const spans: { startS: Seconds; endS: Seconds }[] = []
  for (const s of analysis.segments) {
    const last = spans[spans.length - 1]
    if (last && joinsPartBefore(s)) last.endS = s.endS
    else spans.push({ startS: s.startS, endS: s.endS })
  }
  return spans.flatMap(({ startS, endS }) => {
    const pieces = Math.max(1, Math.ceil((endS - startS) / maxPartS - 1e-9))
    const pieceS = (endS - startS) / pieces
    return Array.from({ length: pieces }, (_, i) => ({ startS: startS + i * pieceS, durationS: pieceS }))
  })
}

/** How many chained generations `chainWindows` would cut this window into. */
export const chainPartCount = (analysis: MotionAnalysis, maxPartS?: Seconds): number => Math.max(1, chainWindows(analysis, maxPartS).length)

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
    message: `${label} makes ${withArticle(seconds(outS))} clip and this shot is ${seconds(d)}: the move is spread over ${seconds(outS)}, so retime the result by ${factor}x (or trim it) to match the design.`,
    fix: { kind: 'note', label: `Retime the generated clip to ${seconds(d)}` },
  }
}

/** The warning every image-to-video target gives. */
export const startFrameWarning = (label: string): CompileWarning => ({
  message: `${label} animates a start image: attach your start frame (render it from the studio's first frame) in place of the placeholder before sending.`,
  fix: { kind: 'note', label: 'Attach a start frame' },
})
