/**
 * What a preset link (`#m=`) holds (a lazy chunk): the preset's name, description, pictogram (its real
 * path, as in My presets), its moves with their baked values, and the parameters it leaves open with
 * their ranges. Nothing changes until "Add to my presets", which puts it in My presets only (the open
 * project is untouched until the preset is used in it). My presets is read first: the same preset at the
 * same or a later revision is already there (said, nothing to add); an earlier revision is updated.
 */
import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import type { DecodedPresetLink } from '../../share-links'
import { useStudio } from '../../state'
import { addToMyPresets, linkedPresetStanding, presetLibrary } from '../custom-presets'
import { compositeGlyph } from '../presets-panel/compositeGlyph'
import { PresetGlyph } from '../presets-panel/PresetGlyph'
import { buttonBase } from '../primitives'
import { Modal, primaryButton } from './Modal'
import { presetSummary } from './presetSummary'

export default function PresetLinkDialog({ link, onClose }: { readonly link: DecodedPresetLink; readonly onClose: () => void }) {
  const def = link.preset
  const summary = useMemo(() => presetSummary(def), [def])
  const glyph = useMemo(() => compositeGlyph(def), [def])
  const library = useStore(presetLibrary.store)
  useEffect(() => void presetLibrary.load(), [])
  const loaded = library.status === 'ready' || library.status === 'unavailable'
  const standing = loaded ? linkedPresetStanding(library.presets, def) : null
  const inProject = useStudio((s) => s.document.customPresets.find((d) => d.id === def.id) ?? null)

  const add = () => {
    onClose()
    void addToMyPresets(def)
  }

  const note =
    standing === null
      ? 'Reading My presets…'
      : standing.kind === 'held'
        ? `My presets already has this preset${standing.held.name !== def.name ? ` (as “${standing.held.name}”)` : ''} at revision ${standing.held.version}${
            standing.held.version > def.version ? `, later than this link's revision ${def.version}` : ''
          }: there is nothing to add.`
        : standing.kind === 'update'
          ? `My presets has revision ${standing.held.version} of this preset: adding updates it to revision ${def.version} (projects that use revision ${standing.held.version} keep it until you choose “Use revision ${def.version} here”).`
          : 'Adding it puts it in My presets, for every project. What you have open now stays as it is until you use it.'

  return (
    <Modal title="A shared preset" testId="link.preset" onClose={onClose} width="w-[640px]">
      <div className="flex gap-4">
        <div
          className="flex h-28 w-28 shrink-0 items-center justify-center rounded border border-neutral-700 bg-neutral-950 text-neutral-200"
          data-testid="link.pictogram"
          title="Its camera path, seen from above (the subject in amber)"
        >
          <PresetGlyph presetId={def.id} category="specialty" glyph={glyph} size={96} />
        </div>
        <div className="min-w-0 flex-1">
          <div className="truncate text-sm font-semibold text-neutral-100" data-testid="link.name">
            {def.name}
          </div>
          <div className="mb-1 text-xs text-neutral-400" data-testid="link.summary">
            {summary.line} · revision {def.version}
          </div>
          {def.description ? (
            <p className="mb-2 text-xs text-neutral-300" data-testid="link.description">
              {def.description}
            </p>
          ) : null}
          <h3 className="mt-2 mb-1 text-[10px] font-medium tracking-wider text-neutral-500 uppercase">Moves</h3>
          <ol className="max-h-40 space-y-1 overflow-y-auto pr-1 text-xs" data-testid="link.parts">
            {summary.parts.map((p, i) => (
              <li key={i} className="leading-snug">
                <span className="text-neutral-200">
                  {i + 1}. {p.label}
                </span>
                <span className="text-neutral-500">
                  {' '}
                  · {p.timing} · {p.easing}
                </span>
                {p.values.length ? (
                  <div className="text-neutral-400">
                    {p.values.map((v, j) => (
                      <span key={j}>
                        {j ? ', ' : ''}
                        {v.label.toLowerCase()}
                        {v.kind === 'choice' ? `: ${v.text.toLowerCase()}` : ` ${v.text}`}
                        {v.exposedAs ? <span className="text-amber-300/80"> (open: {v.exposedAs})</span> : null}
                      </span>
                    ))}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          <h3 className="mt-2 mb-1 text-[10px] font-medium tracking-wider text-neutral-500 uppercase">Open parameters</h3>
          {summary.exposed.length ? (
            <ul className="space-y-0.5 text-xs" data-testid="link.exposed">
              {summary.exposed.map((e, i) => (
                <li key={i} className="leading-snug">
                  <span className="text-neutral-200">{e.label}</span>
                  <span className="text-neutral-400">
                    {' '}
                    · {e.range} · starts at {e.default}
                  </span>
                  <span className="text-neutral-500"> · {e.drives}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-xs text-neutral-500" data-testid="link.exposed">
              None: every value is baked in.
            </p>
          )}
        </div>
      </div>
      <p className="mt-3 text-[11px] text-neutral-400" data-testid="link.standing" data-standing={standing?.kind ?? 'loading'}>
        {note}
        {inProject && standing?.kind !== 'held' && inProject.version !== def.version ? ` The open project carries revision ${inProject.version}.` : ''}
      </p>
      <div className="mt-3 flex justify-end gap-2">
        <button className={`${buttonBase} h-7`} onClick={onClose} data-testid="link.cancel">
          {standing?.kind === 'held' ? 'Close' : 'Cancel'}
        </button>
        <button autoFocus className={`${primaryButton} h-7`} onClick={add} disabled={standing === null || standing.kind === 'held'} data-testid="link.add">
          {standing?.kind === 'update' ? `Update to revision ${def.version}` : 'Add to my presets'}
        </button>
      </div>
    </Modal>
  )
}
