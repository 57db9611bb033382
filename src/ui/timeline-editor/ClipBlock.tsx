/**
 * One clip: a rounded block coloured by preset category with its label, easing curve and
 * duration. The body drags (move, also to another lane); the edges resize. Selected: accent.
 */
import { memo, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react'
import { lookupPreset } from '../../camera-presets/custom'
import { useStudio } from '../../state'
import type { Clip } from '../../timeline'
import { clipColors } from './categoryColors'
import { EasingCurve } from './EasingCurve'
import { IconButton } from './IconButton'
import { ROW_PX } from './laneLayout'
import { formatSeconds, GUTTER_PX, type ClipDragMode } from './timelineMath'

export interface ClipBlockProps {
  readonly clip: Clip
  readonly trackId: string
  readonly top: number
  readonly pps: number
  readonly selected: boolean
  readonly onDragStart: (e: ReactPointerEvent<HTMLElement>, clipId: string, mode: ClipDragMode) => void
  readonly onMenu: (e: ReactMouseEvent, clipId: string) => void
  readonly onDuplicate: (clipId: string) => void
  readonly onDelete: (clipId: string) => void
}

const ACCENT = '#fbbf24'

export const ClipBlock = memo(function ClipBlock({ clip, trackId, top, pps, selected, onDragStart, onMenu, onDuplicate, onDelete }: ClipBlockProps) {
  // the project's custom presets change rarely: this is not frame-rate data
  const customPresets = useStudio((s) => s.document.customPresets)
  const preset = lookupPreset({ customPresets }, clip.presetId)
  const label = preset?.label ?? clip.presetId
  const colors = clipColors(clip.presetId, preset)
  const width = Math.max(4, clip.durationS * pps)
  const handle = Math.min(7, Math.max(3, width / 4))
  const end = clip.startS + clip.durationS
  return (
    <div
      data-testid="timeline.clip"
      data-clip-id={clip.id}
      data-preset-id={clip.presetId}
      data-track-id={trackId}
      data-selected={selected}
      role="button"
      aria-label={`${label} clip, ${formatSeconds(clip.startS)} to ${formatSeconds(end)}`}
      aria-pressed={selected}
      title={`${label} · ${formatSeconds(clip.startS)}–${formatSeconds(end)} (${formatSeconds(clip.durationS)})`}
      onPointerDown={(e) => onDragStart(e, clip.id, 'move')}
      onContextMenu={(e) => onMenu(e, clip.id)}
      className={`pointer-events-auto absolute flex cursor-grab items-center gap-1 overflow-clip rounded border text-[11px] active:cursor-grabbing ${selected ? 'z-10' : ''}`}
      style={{
        left: clip.startS * pps,
        top,
        width,
        height: ROW_PX - 2,
        background: colors.fill,
        borderColor: selected ? ACCENT : colors.border,
        boxShadow: selected ? `0 0 0 1px ${ACCENT}, 0 2px 6px rgba(0,0,0,0.5)` : undefined,
      }}
    >
      <span className="h-full w-[3px] shrink-0" style={{ background: colors.hue }} />
      {/* sticky (the block clips with overflow: clip, not a scroll container) keeps the label in view */}
      <span className="sticky flex min-w-0 items-center gap-1" style={{ left: GUTTER_PX + 4 }}>
        {width > 60 && <EasingCurve easing={clip.easing} color={colors.hue} />}
        {width > 24 && <span className={`min-w-0 truncate ${selected ? 'text-neutral-50' : 'text-neutral-200'}`}>{label}</span>}
      </span>
      {width > 120 && <span className="ml-auto shrink-0 pr-1.5 tabular-nums text-[10px] text-neutral-400">{formatSeconds(clip.durationS)}</span>}
      {selected && width > 150 && (
        <span className="flex shrink-0 items-center pr-2" onPointerDown={(e) => e.stopPropagation()}>
          <IconButton size="sm" icon="duplicate" label="Duplicate clip" title="Duplicate (Ctrl+D)" testId="timeline.clip.duplicate" onClick={() => onDuplicate(clip.id)} />
          <IconButton size="sm" icon="trash" label="Delete clip" title="Delete (Del)" testId="timeline.clip.delete" onClick={() => onDelete(clip.id)} />
        </span>
      )}
      <span
        data-testid="timeline.clip.handle-start"
        aria-hidden="true"
        onPointerDown={(e) => onDragStart(e, clip.id, 'start')}
        className="absolute top-0 bottom-0 left-0 cursor-ew-resize hover:bg-white/25"
        style={{ width: handle }}
      />
      <span
        data-testid="timeline.clip.handle-end"
        aria-hidden="true"
        onPointerDown={(e) => onDragStart(e, clip.id, 'end')}
        className="absolute top-0 right-0 bottom-0 cursor-ew-resize hover:bg-white/25"
        style={{ width: handle }}
      />
    </div>
  )
})
