/**
 * Sampling a shot on a frame grid: frame i is at t = i / fps, for i = 0 .. frameCount - 1,
 * where frameCount = max(1, round(durationS * fps)). Every export and compiler samples here.
 */
import type { Seconds } from '../core/units'
import { type ShotFrame, evaluateShot } from './evaluate'
import type { Shot } from './model'
import type { MoveRegistry } from './moves'

export const frameCount = (durationS: Seconds, fps: number): number => Math.max(1, Math.round(durationS * fps))

export const sampleShot = (shot: Shot, registry: MoveRegistry, fps: number = shot.fps): ShotFrame[] => {
  const n = frameCount(shot.durationS, fps)
  const frames: ShotFrame[] = new Array(n)
  for (let i = 0; i < n; i++) frames[i] = evaluateShot(shot, i / fps, registry)
  return frames
}

/** Shot start times within the project (shots are laid end to end). */
export const shotStartTimes = (shots: readonly { durationS: Seconds }[]): Seconds[] => {
  const out: Seconds[] = []
  let t = 0
  for (const s of shots) {
    out.push(t)
    t += s.durationS
  }
  return out
}
