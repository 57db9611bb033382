import { useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { PRESETS, PRESET_CATEGORIES, type PresetCategory } from '../../camera-presets'
import { selectCurrentShot, studioStore, useStudio } from '../../state'
import { findClip } from '../../timeline'
import { CustomPresetDialogs, MyPresetsSection } from '../custom-presets/panel'
import { cx, whenIdle } from '../primitives'
import { PresetItem } from './PresetItem'
import type { searchLibrary } from './librarySearch'
import { CATEGORY_CHIP_LABELS, countLabel, groupPresets, searchOwnWords } from './presetLibrary'

type CategoryFilter = PresetCategory | 'all'
type SearchLibrary = typeof searchLibrary

/**
 * The search by any tool's name carries the vocabulary table: it loads when the search box is first focused or
 * typed in (and when the browser is idle); until then the presets' own words are searched.
 */
let loadedSearch: SearchLibrary | null = null
let loadingSearch: Promise<SearchLibrary> | null = null
const loadSearchLibrary = (): Promise<SearchLibrary> =>
  (loadingSearch ??= import('./librarySearch').then((m) => (loadedSearch = m.searchLibrary)))

const addPreset = (id: string) => {
  studioStore.getState().addPresetClip(id)
}

/** Move focus to the next / previous library item (arrow keys in the list). */
const focusSibling = (from: Element, delta: number) => {
  const items = Array.from(from.closest('[data-preset-list]')?.querySelectorAll<HTMLElement>('[data-preset-item]') ?? [])
  const i = items.indexOf(from as HTMLElement)
  items[Math.max(0, Math.min(items.length - 1, i + delta))]?.focus()
}

/** The preset library: search, category chips and the moves grouped by category. */
export function PresetsPanel() {
  const [query, setQuery] = useState('')
  const [category, setCategory] = useState<CategoryFilter>('all')
  const selectedPresetId = useStudio((s) => (s.selectedClipId ? (findClip(selectCurrentShot(s), s.selectedClipId)?.clip.presetId ?? null) : null))
  const [byAnyName, setByAnyName] = useState<SearchLibrary | null>(() => loadedSearch)
  const loadSearch = () => {
    if (!byAnyName) void loadSearchLibrary().then((f) => setByAnyName(() => f))
  }
  useEffect(() => whenIdle(() => void loadSearchLibrary().then((f) => setByAnyName(() => f))), [])
  const categoryOrAll = category === 'all' ? undefined : category
  const search = useMemo(() => (byAnyName ?? searchOwnWords)(query, categoryOrAll), [byAnyName, query, categoryOrAll])
  const results = search.presets
  const groups = useMemo(() => groupPresets(results), [results])

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation()
      setQuery('')
    } else if (e.key === 'Enter' && !byAnyName) {
      // typed before the vocabulary arrived: what Enter adds may be a rival tool's name, so wait for it
      const typed = query
      void loadSearchLibrary().then((f) => {
        const best = f(typed, categoryOrAll).best
        if (best) addPreset(best.id)
      })
    } else if (e.key === 'Enter' && search.best) {
      addPreset(search.best.id)
    } else if (e.key === 'ArrowDown') {
      e.preventDefault()
      e.currentTarget.closest('[data-presets-panel]')?.querySelector<HTMLElement>('[data-preset-item]')?.focus()
    }
  }
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.target instanceof HTMLElement) || !e.target.hasAttribute('data-preset-item')) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      focusSibling(e.target, e.key === 'ArrowDown' ? 1 : -1)
    }
  }

  const chips: { id: CategoryFilter; label: string; title: string }[] = [
    { id: 'all', label: 'All', title: 'All categories' },
    ...PRESET_CATEGORIES.map((c) => ({ id: c.id, label: CATEGORY_CHIP_LABELS[c.id], title: c.label })),
  ]

  return (
    <div data-presets-panel="" data-testid="presets" className="flex h-full min-h-0 flex-col bg-neutral-900">
      <div className="flex flex-col gap-2 border-b border-neutral-800 px-2.5 pt-2.5 pb-2">
        <div className="flex items-baseline justify-between">
          <h2 className="text-[11px] font-semibold tracking-wide text-neutral-300 uppercase">Moves</h2>
          <span data-testid="presets.count" className="text-[10px] text-neutral-500 tabular-nums">
            {countLabel(results.length, PRESETS.length)}
          </span>
        </div>
        <div className="relative">
          <svg viewBox="0 0 16 16" className="pointer-events-none absolute top-1.5 left-2 h-3.5 w-3.5 text-neutral-500" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden>
            <circle cx="7" cy="7" r="4.5" />
            <path d="M10.5 10.5 14 14" strokeLinecap="round" />
          </svg>
          <input
            type="search"
            value={query}
            placeholder="Search moves: orbit, vertigo, drone…"
            aria-label="Search presets"
            data-testid="presets.search"
            spellCheck={false}
            onFocus={loadSearch}
            onChange={(e) => {
              loadSearch()
              setQuery(e.target.value)
            }}
            onKeyDown={onSearchKey}
            className="h-7 w-full rounded border border-neutral-700 bg-neutral-950 pr-2 pl-7 text-xs text-neutral-100 outline-none placeholder:text-neutral-600 focus:border-amber-400/80 [&::-webkit-search-cancel-button]:hidden"
          />
        </div>
        <div role="toolbar" aria-label="Categories" className="flex flex-wrap gap-1">
          {chips.map((c) => {
            const on = c.id === category
            return (
              <button
                key={c.id}
                type="button"
                title={c.title}
                aria-pressed={on}
                data-testid={`presets.category.${c.id}`}
                onClick={() => setCategory(c.id)}
                className={cx(
                  'h-5 rounded-full border px-2 text-[10px] transition-colors focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber-400',
                  on ? 'border-amber-400/70 bg-amber-400/15 text-amber-300' : 'border-neutral-700 text-neutral-400 hover:border-neutral-500 hover:text-neutral-200',
                )}
              >
                {c.label}
              </button>
            )
          })}
        </div>
      </div>
      <div data-preset-list="" data-testid="presets.list" onKeyDown={onListKey} className="min-h-0 flex-1 overflow-y-auto px-1.5 pb-3">
        {search.notMoves.map((line) => (
          <p key={line} role="note" data-testid="presets.not-a-move" className="mx-1 mt-2 rounded border border-neutral-700/70 bg-neutral-800/60 px-2 py-1.5 text-[11px] leading-snug text-neutral-300">
            {line}
          </p>
        ))}
        {category === 'all' && <MyPresetsSection query={query} />}
        {groups.map((g) => (
          <section key={g.category} aria-label={g.label}>
            <h3 className="sticky top-0 z-10 flex items-baseline justify-between bg-neutral-900/95 px-1 pt-2.5 pb-1 text-[10px] font-medium tracking-wider text-neutral-500 uppercase backdrop-blur-sm">
              {g.label}
              <span className="tabular-nums">{g.presets.length}</span>
            </h3>
            <div className="flex flex-col gap-px">
              {g.presets.map((p) => {
                const alias = search.aliases.get(p.id)
                const item = <PresetItem key={p.id} preset={p} selected={p.id === selectedPresetId} onAdd={addPreset} />
                if (!alias) return item
                // the rival tool's name that found this preset, under the item's text
                return (
                  <div key={p.id} className="flex flex-col">
                    {item}
                    <p data-testid={`presets.alias.${p.id}`} title={alias} className="-mt-0.5 mb-1 line-clamp-2 pr-1.5 pl-[46px] text-[10px] leading-snug text-amber-300/80">
                      {alias}
                    </p>
                  </div>
                )
              })}
            </div>
          </section>
        ))}
        {results.length === 0 && search.notMoves.length === 0 && (
          <p className="px-2 py-6 text-center text-xs text-neutral-500">
            No move matches “{query.trim()}”.{' '}
            <button type="button" className="text-amber-300 hover:underline" onClick={() => {
                setQuery('')
                setCategory('all')
              }}>
              Clear search
            </button>
          </p>
        )}
      </div>
      <p className="border-t border-neutral-800 px-2.5 py-1.5 text-[10px] leading-snug text-neutral-500">Click to add after the last move · drag onto a track</p>
      <CustomPresetDialogs />
    </div>
  )
}
