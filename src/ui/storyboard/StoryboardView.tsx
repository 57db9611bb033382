/**
 * The storyboard view: the whole project as panels (three frames through the lens, the arrow diagram
 * of the move over the start frame, the shot's texts and notes), over the studio until closed (Esc,
 * Close, Shift+B, or a panel's title, which selects that shot). Frames render progressively and are
 * cached; closing cancels the renders.
 */
import { useCallback, useEffect, useMemo } from 'react'
import { registryFor } from '../../camera-presets/custom'
import { aspectValue } from '../../core/camera/lens'
import { studioActions, useStudio } from '../../state'
import { useTakes } from '../../state/takesStore'
import { type ArrowDiagram, arrowDiagram, storyboardRows } from '../../storyboard'
import type { Shot } from '../../timeline/model'
import type { MoveRegistry } from '../../timeline/moves'
import { useGenerateSettings } from '../takes-panel/settingsStore'
import { buttonBase, cx } from '../primitives'
import { ExportBar } from './ExportBar'
import type { ExportPanel } from './exports'
import { setStoryboardOpen } from './openState'
import { Panel } from './Panel'
import { useStoryboardFrames } from './useStoryboardFrames'

/** Diagrams depend on the design only: cached per shot object (a notes edit of another shot keeps the others). */
const diagramCache = new WeakMap<Shot, { registry: MoveRegistry; diagram: ArrowDiagram }>()
const diagramOf = (shot: Shot, registry: MoveRegistry): ArrowDiagram => {
  const hit = diagramCache.get(shot)
  if (hit && hit.registry === registry) return hit.diagram
  const diagram = arrowDiagram(shot, registry)
  diagramCache.set(shot, { registry, diagram })
  return diagram
}

export function StoryboardView() {
  const project = useStudio((s) => s.document)
  const takesProject = useTakes((s) => s.projectId)
  const takes = useTakes((s) => s.takes)
  const routeId = useGenerateSettings((s) => s.routeId)
  const modelId = useGenerateSettings((s) => s.models[s.routeId])
  const registry = useMemo(() => registryFor(project), [project])

  useEffect(() => {
    // the project's takes (their chosen ones name the routes); loaded once per page
    void import('../../generate').then((m) => m.ensureTakesBound())
  }, [])

  const rows = useMemo(
    () => storyboardRows(project, registry, { takes: takesProject === project.id ? takes : [], currentRoute: { routeId, modelId } }),
    [project, registry, takes, takesProject, routeId, modelId],
  )
  const { frames, keys, done, total, error } = useStoryboardFrames(project, registry)

  const panels: ExportPanel[] | null = useMemo(() => {
    const list: ExportPanel[] = []
    for (let i = 0; i < project.shots.length; i++) {
      const f = frames[keys[i]]
      if (!f) return null
      list.push({ row: rows[i], aspect: aspectValue(project.shots[i].aspect), frames: f, diagram: diagramOf(project.shots[i], registry).primitives })
    }
    return list
  }, [project, frames, keys, rows, registry])

  const openShot = useCallback((shotId: string) => {
    studioActions().selectShot(shotId)
    setStoryboardOpen(false)
  }, [])

  const rendering = total > 0 && done < total && !error
  return (
    <div className="fixed inset-0 z-40 flex flex-col bg-neutral-950 text-neutral-200" role="dialog" aria-modal="true" aria-label="Storyboard" data-testid="storyboard">
      <header className="flex flex-wrap items-center gap-3 border-b border-neutral-800 bg-neutral-900 px-4 py-2">
        <h2 className="text-sm font-semibold text-neutral-100">
          Storyboard <span className="font-normal text-neutral-500">· {project.name} · {project.shots.length} shot{project.shots.length === 1 ? '' : 's'}</span>
        </h2>
        {rendering && (
          <div className="flex items-center gap-2" role="status" data-testid="storyboard.renderProgress">
            <progress className="h-1.5 w-28 accent-sky-400" max={total} value={done} />
            <span className="text-[11px] text-neutral-400">
              Rendering frames {done} of {total}
            </span>
          </div>
        )}
        {error && (
          <p role="alert" className="text-xs text-red-300" data-testid="storyboard.renderError">
            {error}
          </p>
        )}
        <div className="ml-auto flex items-center gap-3">
          <ExportBar projectName={project.name} rows={rows} panels={panels} />
          <button type="button" className={cx(buttonBase, 'h-7 px-2.5 text-xs')} onClick={() => setStoryboardOpen(false)} title="Back to the studio (Esc)" data-testid="storyboard.close" autoFocus>
            Close
          </button>
        </div>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">
        <div className="grid gap-4" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(380px, 1fr))' }}>
          {project.shots.map((shot, i) => (
            <Panel
              key={shot.id}
              row={rows[i]}
              aspect={aspectValue(shot.aspect)}
              durationS={shot.durationS}
              fps={shot.fps}
              frames={frames[keys[i]]}
              diagram={diagramOf(shot, registry).primitives}
              onOpenShot={openShot}
              referenceImage={shot.referenceImage}
            />
          ))}
        </div>
        <p className="mt-4 text-[11px] text-neutral-500">
          Frames are the lens view rendered offscreen at the start, the middle and the last frame of each shot. Arrows on the start frame: travel (amber), dolly (orange), pan (blue), tilt
          (violet), roll (pink), zoom (green). A shot without a chosen take shows the Takes panel's route.
        </p>
      </div>
    </div>
  )
}
