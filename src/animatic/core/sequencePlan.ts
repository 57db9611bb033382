/**
 * The sequence plan: the project's shots end to end on one clock. Two clocks exist: the studio's
 * sequence clock (a shot starts at the sum of the earlier shots' durations, as playback runs) and
 * the animatic's output frame grid (each shot gets frameCount(durationS, fps) frames at the output
 * fps, so the file has exactly the sum of the shots' frame counts).
 */
import type { Seconds } from '../../core/units'
import { fitRect } from '../../core/math/fitRect'

export interface PlanShot {
  readonly id: string
  readonly name: string
  readonly durationS: Seconds
  readonly fps: number
}

export interface PlannedShot {
  readonly shotId: string
  /** 0-based position in the sequence. */
  readonly index: number
  /** Where the shot starts on the studio's sequence clock (sum of earlier durations). */
  readonly sequenceStartS: Seconds
  /** The shot's first frame in the output file, and how many frames it has there. */
  readonly firstFrame: number
  readonly frameCount: number
}

export interface SequencePlan {
  readonly fps: number
  /** A sentence when the shots do not share one frame rate (the output uses the first shot's). */
  readonly fpsNote: string | null
  readonly shots: readonly PlannedShot[]
  readonly totalFrames: number
  /** totalFrames / fps: how long the file lasts. */
  readonly durationS: Seconds
}

/** Frames of a shot at an output rate: its duration on that rate's grid, at least one. */
export const shotFrameCount = (durationS: Seconds, fps: number): number => Math.max(1, Math.round(durationS * fps))

/** The output fps is the first shot's; mixed rates are noted (each shot keeps its duration). */
export const planSequence = (shots: readonly PlanShot[]): SequencePlan => {
  if (shots.length === 0) throw new Error('A sequence needs at least one shot.')
  const fps = shots[0].fps
  const others = [...new Set(shots.map((s) => s.fps).filter((f) => f !== fps))]
  const fpsNote = others.length
    ? `The shots have different frame rates (${[fps, ...others].join(', ')} fps); the animatic uses the first shot's ${fps} fps and keeps every shot's duration.`
    : null
  let sequenceStartS = 0
  let firstFrame = 0
  const planned = shots.map((s, index): PlannedShot => {
    const frameCount = shotFrameCount(s.durationS, fps)
    const p = { shotId: s.id, index, sequenceStartS, firstFrame, frameCount }
    sequenceStartS += s.durationS
    firstFrame += frameCount
    return p
  })
  return { fps, fpsNote, shots: planned, totalFrames: firstFrame, durationS: firstFrame / fps }
}

/** Where a shot starts on the sequence clock (sum of the earlier shots' durations); 0 for an unknown id. */
export const shotStartOnSequence = (shots: readonly Pick<PlanShot, 'id' | 'durationS'>[], shotId: string): Seconds => {
  let t = 0
  for (const s of shots) {
    if (s.id === shotId) return t
    t += s.durationS
  }
  return 0
}

/** The sequence clock of a playhead in a shot. */
export const sequenceTime = (shots: readonly Pick<PlanShot, 'id' | 'durationS'>[], shotId: string, playheadS: Seconds): Seconds =>
  shotStartOnSequence(shots, shotId) + playheadS

export const sequenceDuration = (shots: readonly Pick<PlanShot, 'durationS'>[]): Seconds => shots.reduce((t, s) => t + s.durationS, 0)

/** The planned shot an output frame belongs to and the frame's index within it. */
export const locateFrame = (plan: SequencePlan, frame: number): { shot: PlannedShot; frameInShot: number } => {
  const i = plan.shots.findIndex((s) => frame < s.firstFrame + s.frameCount)
  const shot = plan.shots[i < 0 ? plan.shots.length - 1 : i]
  return { shot, frameInShot: Math.min(shot.frameCount - 1, Math.max(0, frame - shot.firstFrame)) }
}

const even = (x: number): number => Math.max(2, 2 * Math.round(x / 2))

/** Output size for a short side in pixels and an aspect (width / height); both even (H.264 needs them so). */
export const animaticDimensions = (aspect: number, shortSidePx: number): { width: number; height: number } =>
  aspect >= 1 ? { width: even(shortSidePx * aspect), height: even(shortSidePx) } : { width: even(shortSidePx), height: even(shortSidePx / aspect) }

/** The largest rectangle of `aspect` centred in a frame (letterbox or pillarbox), whole pixels: the previs renderer's own fit. */
export const letterbox = fitRect
