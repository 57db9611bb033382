import { useEffect, useState } from 'react'
import type { ProjectSummary } from '../../state/libraryStore'
import { DuplicateIcon, IconButton, TrashIcon, cx } from '../primitives'
import { formatAgo, formatShotCount } from './format'
import { requestThumbnail, useThumbnail } from './thumbnails'

export interface ProjectCardProps {
  readonly project: ProjectSummary
  readonly isOpen: boolean
  readonly elsewhere: boolean
  /** False when storage is unavailable: only the open project exists, nothing to copy or delete. */
  readonly stored: boolean
  readonly now: number
  readonly onOpen: () => void
  readonly onRename: (name: string) => void
  readonly onDuplicate: () => void
  readonly onDelete: () => void
}

const PencilIcon = () => (
  <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
    <path d="M10.5 2.5l3 3-8 8H2.5v-3z" />
  </svg>
)

/** One project of the list: its lens-view thumbnail, name (renamed inline), shot count and last change. */
export function ProjectCard({ project, isOpen, elsewhere, stored, now, onOpen, onRename, onDuplicate, onDelete }: ProjectCardProps) {
  const [renaming, setRenaming] = useState(false)
  const thumbnail = useThumbnail(project.id)
  useEffect(() => requestThumbnail(project.id, project.thumbKey), [project.id, project.thumbKey])
  const busyElsewhere = elsewhere && !isOpen

  return (
    <li
      data-testid="library.project"
      data-project-id={project.id}
      data-open={isOpen || undefined}
      className={cx(
        'group flex gap-3 rounded-md border p-2 transition-colors',
        isOpen ? 'border-amber-400/60 bg-amber-400/5' : 'border-transparent hover:border-neutral-700 hover:bg-neutral-800/60',
      )}
    >
      <button
        type="button"
        onClick={onOpen}
        className="relative h-[72px] w-[128px] shrink-0 overflow-hidden rounded bg-neutral-950 ring-1 ring-neutral-800 focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber-400"
        aria-label={`Open ${project.name}`}
        data-testid="library.project.open"
      >
        {thumbnail.url ? (
          <img src={thumbnail.url} alt="" className="h-full w-full object-contain" data-testid="library.project.thumbnail" />
        ) : (
          <span className={cx('absolute inset-0 flex items-center justify-center text-[10px] text-neutral-600', !thumbnail.failed && 'animate-pulse')}>
            {thumbnail.failed ? 'no preview' : 'drawing…'}
          </span>
        )}
      </button>
      <div className="flex min-w-0 flex-1 flex-col justify-between">
        {renaming ? (
          <input
            autoFocus
            defaultValue={project.name}
            aria-label="Project name"
            data-testid="library.project.nameInput"
            className="h-6 w-full rounded bg-neutral-950 px-1.5 text-sm text-neutral-100 outline-none ring-1 ring-amber-400"
            onFocus={(e) => e.currentTarget.select()}
            onBlur={(e) => {
              const name = e.currentTarget.value.trim()
              setRenaming(false)
              if (name && name !== project.name) onRename(name)
            }}
            onKeyDown={(e) => {
              e.stopPropagation()
              if (e.key === 'Enter') e.currentTarget.blur()
              if (e.key === 'Escape') {
                e.currentTarget.value = project.name
                e.currentTarget.blur()
              }
            }}
          />
        ) : (
          <button
            type="button"
            className="truncate text-left text-sm font-medium text-neutral-100 hover:text-amber-200"
            onClick={onOpen}
            onDoubleClick={() => !busyElsewhere && setRenaming(true)}
            title={project.name}
            data-testid="library.project.name"
          >
            {project.name}
          </button>
        )}
        <div className="text-[11px] text-neutral-500">
          <span data-testid="library.project.shots">{formatShotCount(project.shotCount)}</span> · <span title={new Date(project.updatedAt).toLocaleString()}>{formatAgo(project.updatedAt, now)}</span>
        </div>
        <div className="flex items-center gap-1">
          {isOpen && <span className="mr-1 rounded bg-amber-400/15 px-1.5 text-[10px] font-medium uppercase tracking-wide text-amber-300">Open</span>}
          {busyElsewhere && (
            <span className="mr-1 rounded bg-sky-500/15 px-1.5 text-[10px] font-medium uppercase tracking-wide text-sky-300" data-testid="library.project.elsewhere">
              In another tab
            </span>
          )}
          <span className="ml-auto flex items-center gap-0.5 opacity-70 group-hover:opacity-100 group-focus-within:opacity-100">
            <IconButton variant="ghost" label={busyElsewhere ? 'Open in another tab: rename it there' : 'Rename'} disabled={busyElsewhere} onClick={() => setRenaming(true)} testId="library.project.rename">
              <PencilIcon />
            </IconButton>
            {stored && (
              <>
                <IconButton variant="ghost" label="Duplicate" onClick={onDuplicate} testId="library.project.duplicate">
                  <DuplicateIcon />
                </IconButton>
                <IconButton variant="ghost" label={busyElsewhere ? 'Open in another tab: close it there first' : 'Delete'} disabled={busyElsewhere} onClick={onDelete} testId="library.project.delete">
                  <TrashIcon />
                </IconButton>
              </>
            )}
          </span>
        </div>
      </div>
    </li>
  )
}
