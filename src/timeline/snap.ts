/** Snapping times on the timeline: to clip edges within a threshold, else to the frame grid. */
import type { Seconds } from '../core/units'
import type { Shot } from './model'

export interface SnapResult {
  readonly timeS: Seconds
  readonly snappedTo: 'edge' | 'frame'
}

export const snapToFrame = (t: Seconds, fps: number): Seconds => Math.round(t * fps) / fps

/** Clip edges (starts and ends) in a shot, except those of `excludeClipId`, plus 0 and the shot end. */
export const clipEdges = (shot: Shot, excludeClipId?: string): Seconds[] => {
  const edges = [0, shot.durationS]
  for (const t of shot.tracks) for (const c of t.clips) if (c.id !== excludeClipId) edges.push(c.startS, c.startS + c.durationS)
  return edges
}

export const snapTime = (t: Seconds, fps: number, edges: readonly Seconds[], thresholdS: Seconds): SnapResult => {
  let best: Seconds | undefined
  let bestDist = thresholdS
  for (const e of edges) {
    const d = Math.abs(e - t)
    if (d <= bestDist) {
      best = e
      bestDist = d
    }
  }
  return best !== undefined ? { timeS: best, snappedTo: 'edge' } : { timeS: snapToFrame(t, fps), snappedTo: 'frame' }
}
