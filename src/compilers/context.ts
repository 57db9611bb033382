/**
 * Builds the compile context of a shot window: evaluation (memoized by time, so sampling, analysis
 * and fidelity share frames), sampling and the motion analysis, computed once and shared by every target.
 */
import type { Seconds } from '../core/units'
import { type MoveRegistry, type Project, type Shot, type ShotFrame, evaluateShot, expandShot, frameCount } from '../timeline'
import { analyzeWindow } from './analysis/analyze'
import type { CompileContext } from './types'

const memoizedEvaluator = (shot: Shot, registry: MoveRegistry, startS: Seconds, durationS: Seconds) => {
  const cache = new Map<number, ShotFrame>()
  return (t: Seconds): ShotFrame => {
    const key = Math.min(Math.max(t, 0), durationS)
    let frame = cache.get(key)
    if (!frame) {
      frame = evaluateShot(shot, startS + key, registry)
      cache.set(key, frame)
    }
    return frame
  }
}

/** The shot (its custom presets expanded into their parts) without its shake moves, or undefined when it has none. */
const steadyShot = (shot: Shot, registry: MoveRegistry): Shot | undefined => {
  const shaky = (presetId: string) => (registry.get(presetId) as { addsShake?: boolean } | undefined)?.addsShake === true
  if (!shot.tracks.some((t) => t.clips.some((c) => shaky(c.presetId)))) return undefined
  return { ...shot, tracks: shot.tracks.map((t) => ({ ...t, clips: t.clips.filter((c) => !shaky(c.presetId)) })) }
}

export const buildContext = (
  project: Project,
  shotIndex: number,
  registry: MoveRegistry,
  window?: { startS: Seconds; durationS: Seconds },
): CompileContext => {
  const shot = project.shots[shotIndex]
  const startS = window?.startS ?? 0
  const durationS = window?.durationS ?? shot.durationS
  const frameAt = memoizedEvaluator(shot, registry, startS, durationS)
  const sampled = new Map<number, ShotFrame[]>()
  const sample = (fps: number): ShotFrame[] => {
    let frames = sampled.get(fps)
    if (!frames) {
      const n = frameCount(durationS, fps)
      frames = new Array(n)
      for (let i = 0; i < n; i++) frames[i] = frameAt(i / fps)
      sampled.set(fps, frames)
    }
    return frames
  }
  let analysis: CompileContext['analysis'] | undefined
  return {
    project,
    shot,
    shotIndex,
    registry,
    startS,
    durationS,
    frameAt,
    sample,
    get analysis() {
      if (!analysis) {
        // analysis sees through custom presets: their parts are the moves (named presets, shake, labels)
        const expanded = expandShot(shot, registry)
        const steady = steadyShot(expanded, registry)
        analysis = analyzeWindow(expanded, startS, durationS, frameAt, steady && memoizedEvaluator(steady, registry, startS, durationS))
      }
      return analysis
    },
  }
}
