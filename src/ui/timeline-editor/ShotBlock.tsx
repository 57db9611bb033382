/**
 * One shot in the shot strip: name (double-click to rename inline), duration, aspect badge, and a
 * small picture mark when it has a reference image. An image dropped on it becomes that image (the
 * window's file drop reads `data-shot-block` / `data-shot-id`); `imageDropTarget` lights it up meanwhile.
 */
import { useRef, type PointerEvent as ReactPointerEvent } from 'react'
import type { Shot } from '../../timeline'
import { formatSeconds } from './timelineMath'

export interface ShotBlockProps {
  readonly shot: Shot
  readonly index: number
  readonly selected: boolean
  readonly editing: boolean
  readonly dragging: boolean
  /** Draw the drop marker before this block (`before`) or after it (`after`, the last block). */
  readonly marker: 'before' | 'after' | null
  /** An image file is being dragged over this block. */
  readonly imageDropTarget?: boolean
  readonly onSelect: (id: string) => void
  readonly onStartRename: (id: string) => void
  readonly onRename: (id: string, name: string | null) => void
  readonly onPointerDown: (e: ReactPointerEvent<HTMLDivElement>, shot: Shot, index: number) => void
}

/** A framed picture, 12 px: the shot has a reference image. */
function ImageMark({ fileName }: { readonly fileName: string }) {
  return (
    <span className="shrink-0 text-sky-300" title={`Reference image: ${fileName}`} role="img" aria-label={`Reference image: ${fileName}`} data-testid="timeline.shot-reference">
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden>
        <rect x="0.75" y="1.75" width="10.5" height="8.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.2" />
        <path d="M1.5 9.5 4.5 6l2 2.2L8 6.8l2.5 2.7" fill="none" stroke="currentColor" strokeWidth="1.1" strokeLinejoin="round" />
        <circle cx="8.3" cy="4.2" r="0.9" fill="currentColor" />
      </svg>
    </span>
  )
}

export function ShotBlock({ shot, index, selected, editing, dragging, marker, imageDropTarget = false, onSelect, onStartRename, onRename, onPointerDown }: ShotBlockProps) {
  const cancelled = useRef(false)
  return (
    <div
      data-testid="timeline.shot"
      data-shot-id={shot.id}
      data-selected={selected}
      data-shot-block=""
      data-image-drop={imageDropTarget || undefined}
      role="button"
      aria-label={`Shot ${index + 1}: ${shot.name}`}
      aria-pressed={selected}
      title={`${shot.name} · ${formatSeconds(shot.durationS)} · ${shot.fps} fps · ${shot.aspect}\nDouble-click to rename, drag to reorder`}
      onClick={() => onSelect(shot.id)}
      onDoubleClick={() => onStartRename(shot.id)}
      onPointerDown={(e) => onPointerDown(e, shot, index)}
      style={{ flexGrow: shot.durationS, flexBasis: 0 }}
      className={`relative flex h-6 min-w-24 cursor-pointer items-center gap-1.5 overflow-hidden rounded border px-2 ${
        selected ? 'border-accent/70 bg-neutral-800 text-neutral-100' : 'border-neutral-800 bg-neutral-900 text-neutral-400 hover:border-neutral-700 hover:text-neutral-200'
      } ${dragging ? 'opacity-40' : ''} ${imageDropTarget ? 'outline-2 outline-sky-400 outline-dashed -outline-offset-2' : ''}`}
    >
      {marker && <span className={`absolute top-0 bottom-0 w-0.5 bg-accent ${marker === 'before' ? 'left-0' : 'right-0'}`} data-testid="timeline.shot-drop-marker" />}
      <span className="text-[10px] tabular-nums text-neutral-500">{index + 1}</span>
      {editing ? (
        <input
          autoFocus
          data-testid="timeline.shot-name-input"
          aria-label="Shot name"
          defaultValue={shot.name}
          onFocus={(e) => {
            cancelled.current = false
            e.currentTarget.select()
          }}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => {
            e.stopPropagation()
            if (e.key === 'Enter') e.currentTarget.blur()
            if (e.key === 'Escape') {
              cancelled.current = true
              onRename(shot.id, null)
            }
          }}
          onBlur={(e) => {
            if (!cancelled.current) onRename(shot.id, e.currentTarget.value)
          }}
          className="min-w-0 flex-1 rounded-sm bg-neutral-950 px-1 text-xs text-neutral-100 outline outline-accent/60"
        />
      ) : (
        <span className="min-w-0 flex-1 truncate">{shot.name}</span>
      )}
      {shot.referenceImage && <ImageMark fileName={shot.referenceImage.fileName} />}
      <span className="shrink-0 tabular-nums text-[11px] text-neutral-500">{formatSeconds(shot.durationS)}</span>
      <span className="shrink-0 rounded-sm border border-neutral-700 px-1 text-[9px] leading-3 text-neutral-500" data-testid="timeline.shot-aspect">
        {shot.aspect}
      </span>
    </div>
  )
}
