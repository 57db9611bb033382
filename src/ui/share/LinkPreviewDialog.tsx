/**
 * What a link opened from the address bar holds (a lazy chunk): its name, its shots with their moves,
 * and the first shot's lens view at t = 0 (rendered by the previs renderer, itself a lazy chunk).
 * Nothing changes until "Open as a new project", which adds it to the project library under a fresh
 * project id (so it shares no takes with another project) and opens it.
 */
import { useEffect, useMemo, useState } from 'react'
import { registryFor } from '../../camera-presets/custom'
import { aspectValue } from '../../core/camera/lens'
import type { DecodedProjectLink } from '../../share-links'
import { newId, studioStore } from '../../state'
import type { Project } from '../../timeline'
import { buttonBase } from '../primitives'
import { Modal, primaryButton } from './Modal'

type Thumbnail = { readonly state: 'rendering' } | { readonly state: 'ready'; readonly url: string } | { readonly state: 'failed' }

/** The first shot's lens view at t = 0, as an object URL (revoked when the dialog closes). */
const useThumbnail = (project: Project): Thumbnail => {
  const [thumbnail, setThumbnail] = useState<Thumbnail>({ state: 'rendering' })
  useEffect(() => {
    let cancelled = false
    let url: string | null = null
    import('../../previs')
      .then((previs) => previs.renderStillPng(project.shots[0], project.scene, 0, '480p', registryFor(project)))
      .then((blob) => {
        if (cancelled) return
        url = URL.createObjectURL(blob)
        setThumbnail({ state: 'ready', url })
      })
      .catch(() => !cancelled && setThumbnail({ state: 'failed' }))
    return () => {
      cancelled = true
      if (url) URL.revokeObjectURL(url)
    }
  }, [project])
  return thumbnail
}

/** Opens a decoded project as a new library project with a fresh id; the open work stays in the library. */
export const openSharedProject = async (project: Project): Promise<void> => {
  const { importProject } = await import('../../persistence/projectLibrary')
  await importProject({ ...project, id: newId('project') }, 'link')
}

export default function LinkPreviewDialog({ link, onClose }: { readonly link: DecodedProjectLink; readonly onClose: () => void }) {
  const { project, kind } = link
  const thumbnail = useThumbnail(project)
  const registry = useMemo(() => registryFor(project), [project])
  const moveName = (presetId: string) => registry.get(presetId)?.label ?? presetId
  const first = project.shots[0]
  const open = () => {
    onClose()
    void openSharedProject(project).catch((e: unknown) =>
      studioStore.getState().notify(`Could not open the link's project: ${e instanceof Error ? e.message : String(e)}`, 'error'),
    )
  }
  return (
    <Modal title={kind === 'shot' ? 'A shared shot' : 'A shared project'} testId="link.preview" onClose={onClose} width="w-[640px]">
      <div className="flex gap-4">
        <div
          className="relative w-56 shrink-0 overflow-hidden rounded border border-neutral-700 bg-neutral-950"
          style={{ aspectRatio: String(aspectValue(first.aspect)) }}
          data-testid="link.thumbnail"
          data-state={thumbnail.state}
        >
          {thumbnail.state === 'ready' ? <img src={thumbnail.url} alt={`The lens view of ${first.name} at its start`} className="h-full w-full object-contain" /> : null}
          {thumbnail.state !== 'ready' ? (
            <span className="absolute inset-0 flex items-center justify-center text-[11px] text-neutral-500">
              {thumbnail.state === 'rendering' ? 'Rendering the first frame…' : 'No preview'}
            </span>
          ) : null}
        </div>
        <div className="min-w-0 flex-1">
          <div className="truncate text-sm font-semibold text-neutral-100" data-testid="link.name">
            {project.name}
          </div>
          <div className="mb-2 text-xs text-neutral-400" data-testid="link.summary">
            {kind === 'shot' ? 'One shot' : `${project.shots.length} shot${project.shots.length === 1 ? '' : 's'}`}
            {project.customPresets.length ? ` · ${project.customPresets.length} custom preset${project.customPresets.length === 1 ? '' : 's'}` : ''}
          </div>
          <ol className="max-h-48 space-y-1 overflow-y-auto pr-1 text-xs" data-testid="link.shots">
            {project.shots.map((shot, i) => {
              const moves = shot.tracks.flatMap((t) => t.clips).sort((a, b) => a.startS - b.startS)
              return (
                <li key={shot.id} className="leading-snug">
                  <span className="text-neutral-200">
                    {i + 1}. {shot.name}
                  </span>
                  <span className="text-neutral-500">
                    {' '}
                    · {Number(shot.durationS.toFixed(2))} s · {shot.aspect}
                  </span>
                  <div className="text-neutral-400">{moves.length ? moves.map((c) => moveName(c.presetId)).join(', ') : 'No moves'}</div>
                  {shot.prompt.subject ? <div className="truncate italic text-neutral-500">{shot.prompt.subject}</div> : null}
                </li>
              )
            })}
          </ol>
        </div>
      </div>
      <p className="mt-3 text-[11px] text-neutral-500">Opening it adds it to your projects as a new one; what you have open now stays as it is.</p>
      <div className="mt-3 flex justify-end gap-2">
        <button className={`${buttonBase} h-7`} onClick={onClose} data-testid="link.cancel">
          Cancel
        </button>
        <button autoFocus className={`${primaryButton} h-7`} onClick={open} data-testid="link.open">
          Open as a new project
        </button>
      </div>
    </Modal>
  )
}
