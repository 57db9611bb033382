/**
 * "My presets" at the top of the library: the user's custom presets (saved in this browser, across
 * projects) and those the open project carries, searchable with the library's search box. Import
 * reads `.framewright-preset.json` files through the preset load path.
 */
import { Suspense, useEffect, useMemo, useRef } from 'react'
import { useStore } from 'zustand'
import { findClip } from '../../timeline'
import { selectCurrentShot, useStudio } from '../../state'
import { cx, lazyPart } from '../primitives'
import { openSavePresetDialog } from './dialogState'
import { presetLibrary } from './libraryStore'
import { myPresetItems } from './myPresets'

/**
 * The items (pictogram, ⋯ menu, rename, export, share) are a lazy chunk: a first visit has none, and a
 * returning one gets them from IndexedDB or the opened project, both after the first paint. Fetched
 * at mount, alongside the library's own load, so they show as soon as the presets are read.
 */
const Item = lazyPart(() => import('./MyPresetItem').then((m) => m.MyPresetItem))
const importFiles = async (files: File[]): Promise<void> => (await import('./actions')).importPresetFiles(files)

export function MyPresetsSection({ query }: { query: string }) {
  const library = useStore(presetLibrary.store)
  const document = useStudio((s) => s.document)
  const selectedPresetId = useStudio((s) => (s.selectedClipId ? (findClip(selectCurrentShot(s), s.selectedClipId)?.clip.presetId ?? null) : null))
  const hasSelection = selectedPresetId !== null
  const items = useMemo(() => myPresetItems(library.presets, document, query), [library.presets, document, query])
  const fileRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    void presetLibrary.load()
    void Item.prefetch()
  }, [])
  if (query.trim() && items.length === 0) return null

  return (
    <section aria-label="My presets" data-testid="presets.my" className="pb-1">
      <h3 className="sticky top-0 z-20 flex items-center gap-1 bg-neutral-900/95 px-1 pt-2.5 pb-1 text-[10px] font-medium tracking-wider text-amber-300/80 uppercase backdrop-blur-sm">
        My presets
        <span className="ml-1 text-neutral-500 tabular-nums">{items.length}</span>
        <span className="flex-1" />
        <button
          type="button"
          title={hasSelection ? 'Save the selected move as a preset (choose more moves in the dialog)' : 'Select a move on the timeline first'}
          disabled={!hasSelection}
          data-testid="presets.my.save"
          onClick={() => openSavePresetDialog()}
          className="rounded px-1 normal-case tracking-normal text-neutral-400 hover:bg-neutral-800 hover:text-amber-300 disabled:opacity-30 disabled:hover:bg-transparent disabled:hover:text-neutral-400"
        >
          + Save
        </button>
        <button
          type="button"
          title="Import a .framewright-preset.json file"
          data-testid="presets.my.import"
          onClick={() => fileRef.current?.click()}
          className="rounded px-1 normal-case tracking-normal text-neutral-400 hover:bg-neutral-800 hover:text-amber-300"
        >
          Import
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-testid="presets.my.file"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])]
            e.currentTarget.value = ''
            void importFiles(files)
          }}
        />
      </h3>
      {items.length === 0 ? (
        <p className="px-2 pb-1 text-[10px] leading-snug text-neutral-500" data-testid="presets.my.empty">
          Tune a move, then <span className="text-neutral-300">Save as preset</span> in the inspector to keep it here for every project.
        </p>
      ) : (
        <div className="flex flex-col gap-px">
          <Suspense fallback={null}>
            {items.map((item) => (
              <Item.Component key={item.def.id} item={item} selected={item.def.id === selectedPresetId} />
            ))}
          </Suspense>
        </div>
      )}
      {library.problem && <p className={cx('px-2 pt-1 text-[10px] leading-snug text-amber-300/70')}>{library.problem}</p>}
    </section>
  )
}
