/** Motion analysis of a time window of a shot: spans between move boundaries, each decomposed. */
import { getPreset } from '../../camera-presets'
import type { Seconds } from '../../core/units'
import type { Shot, ShotFrame } from '../../timeline'
import { segmentBetween } from './decompose'
import { phaseCuts } from './phases'
import type { MotionAnalysis, MotionSegment } from './types'

/** Analysis frame rate: fine enough for shake, cheap enough for a 60 s shot. */
export const ANALYSIS_FPS = 24

/** Frames at t = i / fps for i = 0..ceil(duration * fps), the last one exactly at the window's end. */
export const analysisFrames = (frameAt: (t: Seconds) => ShotFrame, durationS: Seconds, fps: number): ShotFrame[] => {
  const n = Math.max(1, Math.ceil(durationS * fps - 1e-9))
  const frames: ShotFrame[] = new Array(n + 1)
  for (let i = 0; i <= n; i++) frames[i] = frameAt(Math.min(i / fps, durationS))
  return frames
}

interface Span {
  startS: number
  endS: number
  moves: MotionSegment['moves']
}

/** Spans of the window [startS, startS + durationS] cut at every move start and end; consecutive holds merge. */
export const moveSpans = (shot: Shot, startS: Seconds, durationS: Seconds): Span[] => {
  const endS = startS + durationS
  const clips = shot.tracks.flatMap((t) => t.clips).sort((a, b) => a.startS - b.startS)
  const cuts = new Set<number>([0, durationS])
  for (const c of clips) {
    for (const t of [c.startS, c.startS + c.durationS]) if (t > startS + 1e-9 && t < endS - 1e-9) cuts.add(t - startS)
  }
  const times = [...cuts].sort((a, b) => a - b)
  const spans: Span[] = []
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i]
    const b = times[i + 1]
    if (b - a < 1e-6) continue
    const moves = clips
      .filter((c) => c.startS < startS + b - 1e-9 && c.startS + c.durationS > startS + a + 1e-9)
      .map((c) => ({ presetId: c.presetId, label: getPreset(c.presetId)?.label ?? c.presetId }))
    const prev = spans[spans.length - 1]
    if (prev && prev.moves.length === 0 && moves.length === 0) prev.endS = b
    else spans.push({ startS: a, endS: b, moves })
  }
  return spans
}

/**
 * Analyse a window of a shot. `frameAt` evaluates the shot at window time t; `steadyAt`, when the shot
 * has shake moves, evaluates it without them (shake is the difference between the two).
 */
export const analyzeWindow = (
  shot: Shot,
  startS: Seconds,
  durationS: Seconds,
  frameAt: (t: Seconds) => ShotFrame,
  steadyAt?: (t: Seconds) => ShotFrame,
  fps = ANALYSIS_FPS,
): MotionAnalysis => {
  const frames = analysisFrames(frameAt, durationS, fps)
  const steady = steadyAt ? analysisFrames(steadyAt, durationS, fps) : undefined
  const last = frames.length - 1
  const index = (t: number) => Math.min(last, Math.max(0, Math.round(t * fps)))
  const spans = moveSpans(shot, startS, durationS)
  const segments = spans.flatMap((s) => {
    const a = index(s.startS)
    const b = index(s.endS)
    // a move span whose motion reverses or stops inside it is measured phase by phase
    const cuts = s.moves.length > 0 ? phaseCuts(steady ?? frames, a, b, fps) : []
    if (cuts.length === 0) return [segmentBetween(frames, steady, a, b, { startS: s.startS, endS: s.endS }, s.moves)]
    const bounds = [a, ...cuts, b]
    const times = [s.startS, ...cuts.map((c) => c / fps), s.endS]
    return cuts.concat(b).map((_, k) => ({
      ...segmentBetween(frames, steady, bounds[k], bounds[k + 1], { startS: times[k], endS: times[k + 1] }, s.moves),
      phase: k,
    }))
  })
  const allMoves = spans.flatMap((s) => s.moves).filter((m, i, list) => list.findIndex((x) => x.presetId === m.presetId) === i)
  return {
    durationS,
    fps,
    segments,
    total: segmentBetween(frames, steady, 0, last, { startS: 0, endS: durationS }, allMoves),
    maxSimultaneous: Math.max(0, ...spans.map((s) => s.moves.length)),
    movingSegments: segments.filter((s) => s.moves.length > 0 && s.speed !== 'hold').length,
  }
}
