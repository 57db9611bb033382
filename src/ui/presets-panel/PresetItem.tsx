import { type DragEvent, type KeyboardEvent, memo } from 'react'
import type { CameraPreset } from '../../camera-presets'
import { cx } from '../primitives'
import { PresetGlyph } from './PresetGlyph'
import { SubjectMotionOffer } from './SubjectMotionOffer'
import { PRESET_DRAG_TYPE, formatDurationS } from './presetLibrary'

export interface PresetItemProps {
  readonly preset: CameraPreset
  /** The selected clip plays this preset: highlight it and show its description. */
  readonly selected: boolean
  readonly onAdd: (presetId: string) => void
}

/** One move in the library: click or Enter adds it to the timeline; drag it onto a track. Space stays play/pause, as everywhere in the studio. */
function PresetItemBody({ preset, selected, onAdd }: PresetItemProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      onAdd(preset.id)
    }
  }
  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    e.dataTransfer.setData(PRESET_DRAG_TYPE, preset.id)
    e.dataTransfer.setData('text/plain', preset.id)
    e.dataTransfer.effectAllowed = 'copy'
  }
  return (
    <div
      role="button"
      tabIndex={0}
      draggable
      data-preset-item=""
      data-testid={`presets.item.${preset.id}`}
      aria-label={`Add ${preset.label}`}
      aria-current={selected || undefined}
      title={`${preset.label}: ${preset.description}\nClick to add after the last move, or drag onto a track.`}
      onClick={() => onAdd(preset.id)}
      onKeyDown={onKeyDown}
      onDragStart={onDragStart}
      className={cx(
        'group flex cursor-pointer items-start gap-2 rounded border px-1.5 py-1 outline-none select-none',
        'focus-visible:border-amber-400/70 active:cursor-grabbing',
        selected ? 'border-amber-400/50 bg-amber-400/[0.07]' : 'border-transparent hover:bg-neutral-800',
      )}
    >
      <span
        className={cx(
          'flex h-8 w-8 shrink-0 items-center justify-center rounded bg-neutral-800 ring-1 ring-neutral-700/60',
          selected ? 'text-amber-200' : 'text-neutral-300 group-hover:text-neutral-100',
        )}
      >
        <PresetGlyph presetId={preset.id} category={preset.category} size={24} />
      </span>
      <span className="flex min-w-0 flex-1 flex-col pt-0.5">
        <span className="flex items-baseline gap-2">
          <span className={cx('min-w-0 flex-1 truncate text-xs', selected ? 'text-amber-200' : 'text-neutral-100')}>{preset.label}</span>
          <span className="shrink-0 text-[10px] text-neutral-500 tabular-nums">{formatDurationS(preset.defaultDurationS)}</span>
        </span>
        <span className={cx('text-[10px] leading-snug text-neutral-400', selected ? 'line-clamp-3' : 'truncate text-neutral-500')}>
          {preset.description}
        </span>
        {preset.subjectMoves && <SubjectMotionOffer presetId={preset.id} need={preset.subjectMoves} />}
      </span>
    </div>
  )
}

/** Memoised: selecting a move re-renders the two items whose highlight changes, not the whole library. */
export const PresetItem = memo(PresetItemBody)
