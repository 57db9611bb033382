import { type DragEvent, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react'
import { describeParts } from '../../camera-presets/custom'
import { presetRegistry } from '../../camera-presets'
import { cx } from '../primitives'
import { compositeGlyph } from '../presets-panel/compositeGlyph'
import { PresetGlyph } from '../presets-panel/PresetGlyph'
import { PRESET_DRAG_TYPE, formatDurationS } from '../presets-panel/presetLibrary'
import { openPresetShareDialog } from '../share/shareStore'
import { adoptLibraryRevision, exportPreset, keepInLibrary, renamePreset } from './actions'
import { openDeletePresetDialog, openEditPresetDialog } from './dialogState'
import { addMyPreset } from './placePreset'
import type { MyPresetItem as Item } from './myPresets'

export interface MyPresetItemProps {
  readonly item: Item
  /** The selected clip plays this preset. */
  readonly selected: boolean
}

/** One of My presets: click or Enter adds it (like a built-in move), drag it onto a track; ⋯ edits, renames, exports, shares by link, deletes. */
export function MyPresetItem({ item, selected }: MyPresetItemProps) {
  const { def, newerInLibrary: newer } = item
  const [menu, setMenu] = useState(false)
  const [renaming, setRenaming] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const description = def.description || describeParts(def, presetRegistry)

  useEffect(() => {
    if (!menu) return
    const close = (e: MouseEvent) => !rootRef.current?.contains(e.target as Node) && setMenu(false)
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [menu])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return
    if (e.key === 'Enter') {
      e.preventDefault()
      addMyPreset(def)
    }
  }
  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    e.dataTransfer.setData(PRESET_DRAG_TYPE, def.id)
    e.dataTransfer.setData('text/plain', def.id)
    e.dataTransfer.effectAllowed = 'copy'
  }
  const act = (fn: () => void) => () => {
    setMenu(false)
    fn()
  }
  const tag = !item.inLibrary ? 'this project' : item.newerInLibrary ? `rev ${item.newerInLibrary.version} saved` : null

  return (
    <div
      ref={rootRef}
      role="button"
      tabIndex={0}
      draggable={!renaming}
      data-preset-item=""
      data-testid={`presets.my.item.${def.id}`}
      aria-label={`Add ${def.name}`}
      aria-current={selected || undefined}
      title={`${def.name}: ${description}\nClick to add after the last move, or drag onto a track.`}
      onClick={() => !renaming && !menu && addMyPreset(def)}
      onKeyDown={onKeyDown}
      onDragStart={onDragStart}
      className={cx(
        'group relative flex cursor-pointer items-start gap-2 rounded border px-1.5 py-1 outline-none select-none',
        'focus-visible:border-amber-400/70 active:cursor-grabbing',
        selected ? 'border-amber-400/50 bg-amber-400/[0.07]' : 'border-transparent hover:bg-neutral-800',
      )}
    >
      <span className={cx('flex h-8 w-8 shrink-0 items-center justify-center rounded bg-neutral-800 ring-1 ring-amber-400/25', selected ? 'text-amber-200' : 'text-neutral-300 group-hover:text-neutral-100')}>
        <PresetGlyph presetId={def.id} category="specialty" glyph={compositeGlyph(def)} size={24} />
      </span>
      <span className="flex min-w-0 flex-1 flex-col pt-0.5">
        <span className="flex items-baseline gap-2">
          {renaming ? (
            <input
              autoFocus
              defaultValue={def.name}
              aria-label="New name"
              data-testid="presets.my.rename-input"
              onClick={(e) => e.stopPropagation()}
              onBlur={(e) => {
                renamePreset(def, e.currentTarget.value)
                setRenaming(false)
              }}
              onKeyDown={(e) => {
                e.stopPropagation()
                if (e.key === 'Enter') e.currentTarget.blur()
                else if (e.key === 'Escape') {
                  e.currentTarget.value = def.name
                  e.currentTarget.blur()
                }
              }}
              className="h-5 min-w-0 flex-1 rounded border border-amber-400/70 bg-neutral-950 px-1 text-xs text-neutral-100 outline-none"
            />
          ) : (
            <span className={cx('min-w-0 flex-1 truncate text-xs', selected ? 'text-amber-200' : 'text-neutral-100')}>{def.name}</span>
          )}
          <span className="shrink-0 text-[10px] text-neutral-500 tabular-nums group-hover:hidden group-focus-within:hidden">{formatDurationS(def.durationS)}</span>
        </span>
        <span className={cx('text-[10px] leading-snug', selected ? 'line-clamp-3 text-neutral-400' : 'truncate text-neutral-500')}>
          {tag && <span className="mr-1 rounded bg-neutral-800 px-1 text-[9px] text-amber-300/90">{tag}</span>}
          {description}
        </span>
      </span>
      <button
        type="button"
        aria-label={`More for ${def.name}`}
        aria-haspopup="menu"
        aria-expanded={menu}
        data-testid={`presets.my.menu.${def.id}`}
        onClick={(e) => {
          e.stopPropagation()
          setMenu(!menu)
        }}
        onKeyDown={(e) => e.stopPropagation()}
        className={cx(
          'absolute top-1 right-1 h-5 w-5 rounded text-neutral-400 hover:bg-neutral-700 hover:text-neutral-100',
          menu ? 'block bg-neutral-700' : 'hidden group-hover:block group-focus-within:block',
        )}
      >
        ⋯
      </button>
      {menu && (
        <div
          role="menu"
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => {
            e.stopPropagation()
            if (e.key === 'Escape') setMenu(false)
          }}
          className="absolute top-6 right-1 z-30 flex w-44 flex-col rounded border border-neutral-700 bg-neutral-900 py-1 text-xs shadow-xl"
        >
          <MenuItem id="edit" onClick={act(() => openEditPresetDialog(def))}>
            Edit…
          </MenuItem>
          <MenuItem id="rename" onClick={act(() => setRenaming(true))}>
            Rename
          </MenuItem>
          <MenuItem id="export" onClick={act(() => void exportPreset(def))}>
            Export file…
          </MenuItem>
          <MenuItem id="share" onClick={act(() => openPresetShareDialog(def))}>
            Share link…
          </MenuItem>
          {!item.inLibrary && (
            <MenuItem id="keep" onClick={act(() => keepInLibrary(def))}>
              Keep in My presets
            </MenuItem>
          )}
          {newer && (
            <MenuItem id="update" onClick={act(() => adoptLibraryRevision(newer))}>
              Use revision {newer.version} here
            </MenuItem>
          )}
          <div className="my-1 border-t border-neutral-800" />
          <MenuItem id="delete" danger onClick={act(() => openDeletePresetDialog(def))}>
            Delete…
          </MenuItem>
        </div>
      )}
    </div>
  )
}

function MenuItem({ id, onClick, children, danger }: { id: string; onClick: () => void; children: ReactNode; danger?: boolean }) {
  return (
    <button
      type="button"
      role="menuitem"
      data-testid={`presets.my.action.${id}`}
      onClick={onClick}
      className={cx('px-3 py-1 text-left hover:bg-neutral-800', danger ? 'text-red-300' : 'text-neutral-200')}
    >
      {children}
    </button>
  )
}
