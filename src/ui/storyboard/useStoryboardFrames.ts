/**
 * Renders the frames of every shot that has none cached, one shot after another, while the view is
 * open: progress in frames, cancelled when the view closes or the design changes. Reads the project
 * once per design change (the frame keys), not per notes edit.
 */
import { useEffect, useMemo, useState } from 'react'
import type { Project } from '../../timeline/model'
import type { MoveRegistry } from '../../timeline/moves'
import { type ShotFrames, cachedFrames, frameKeyOf, renderShotFrames } from './frames'

export interface FramesState {
  /** By frame key. */
  readonly frames: Readonly<Record<string, ShotFrames>>
  readonly done: number
  readonly total: number
  readonly error: string | null
}

export const useStoryboardFrames = (project: Project, registry: MoveRegistry): FramesState & { keys: readonly string[] } => {
  const keys = useMemo(() => project.shots.map((s) => frameKeyOf(s, project)), [project])
  const keyList = keys.join('|')
  // cached frames show on the first render (reopening the view draws at once)
  const [state, setState] = useState<FramesState>(() => ({ frames: Object.fromEntries(keys.flatMap((k) => (cachedFrames(k) ? [[k, cachedFrames(k)!]] : []))), done: 0, total: 0, error: null }))

  useEffect(() => {
    const controller = new AbortController()
    const shots = project.shots
    const frames: Record<string, ShotFrames> = {}
    const missing: number[] = []
    shots.forEach((_shot, i) => {
      const hit = cachedFrames(keys[i])
      if (hit) frames[hit.key] = hit
      else missing.push(i)
    })
    const total = missing.length * 3
    let done = 0
    setState({ frames: { ...frames }, done: 0, total, error: null })
    void (async () => {
      for (const i of missing) {
        if (controller.signal.aborted) return
        try {
          const f = await renderShotFrames(shots[i], project, registry, controller.signal, () => {
            done++
            if (!controller.signal.aborted) setState((s) => ({ ...s, done }))
          })
          frames[f.key] = f
          if (!controller.signal.aborted) setState((s) => ({ ...s, frames: { ...frames } }))
        } catch (e) {
          if (controller.signal.aborted || (e instanceof DOMException && e.name === 'AbortError')) return
          setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }))
          return
        }
      }
    })()
    return () => controller.abort()
    // the keys stand for the design; notes and names do not restart the renders
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keyList])

  return { ...state, keys }
}
