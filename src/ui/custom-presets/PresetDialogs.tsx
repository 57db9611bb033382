/**
 * The custom preset dialogs (a lazy chunk, loaded by DialogHost on first use): Save as preset (the
 * selected move, and any other moves of the shot ticked in), Edit preset, and Delete preset (which
 * offers to bake the moves that play it).
 */
import { type ReactNode, useMemo, useState } from 'react'
import { presetRegistry, type CameraPreset } from '../../camera-presets'
import { type CustomPresetDefinition, customPresetUsage, findCustomPreset, partsFromClips, registryFor } from '../../camera-presets/custom'
import { selectCurrentShot, useStudio } from '../../state'
import { cx } from '../primitives'
import { buttonBase } from '../primitives/styles'
import { deletePreset, editPreset, saveAsPreset } from './actions'
import { closePresetDialog } from './dialogState'
import { PresetEditor, type PresetEditorValue, initialEditorValue, useEditorCheck } from './PresetEditor'
import { requestsFromForm } from './presetForm'

const primary =
  'inline-flex h-7 items-center justify-center rounded bg-amber-400 px-3 text-xs font-medium text-neutral-950 hover:bg-amber-300 disabled:cursor-default disabled:opacity-40 disabled:hover:bg-amber-400'

function DialogFrame({ title, testId, children, footer, wide = true }: { title: string; testId: string; children: ReactNode; footer: ReactNode; wide?: boolean }) {
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60" onMouseDown={(e) => e.target === e.currentTarget && closePresetDialog()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        // the studio's shortcuts (Space, Delete, arrows) stay out while the dialog has focus
        onKeyDown={(e) => {
          e.stopPropagation()
          if (e.key === 'Escape') closePresetDialog()
        }}
        className={cx('flex max-h-[86vh] flex-col rounded-lg border border-neutral-700 bg-neutral-900 shadow-2xl', wide ? 'w-[640px]' : 'w-[420px]')}
      >
        <div className="flex items-center border-b border-neutral-800 px-4 py-2.5">
          <h2 className="text-sm font-semibold text-neutral-100">{title}</h2>
          <button type="button" className="ml-auto rounded px-2 text-neutral-400 hover:bg-neutral-800" aria-label="Close" onClick={closePresetDialog}>
            ✕
          </button>
        </div>
        <div className="flex min-h-0 flex-1 flex-col overflow-y-auto px-4 py-3">{children}</div>
        <div className="flex items-center gap-2 border-t border-neutral-800 px-4 py-2.5">{footer}</div>
      </div>
    </div>
  )
}

const seconds = (s: number) => `${Number(s.toFixed(2))} s`

export function SavePresetDialog({ clipIds }: { clipIds: readonly string[] }) {
  const shot = useStudio(selectCurrentShot)
  const customPresets = useStudio((s) => s.document.customPresets)
  const registry = registryFor({ customPresets })
  const all = useMemo(() => shot.tracks.flatMap((t, track) => t.clips.map((clip) => ({ clip, track }))), [shot])
  const [chosen, setChosen] = useState<readonly string[]>(() => clipIds.filter((id) => all.some((c) => c.clip.id === id)))
  const sources = useMemo(() => all.filter((c) => chosen.includes(c.clip.id)), [all, chosen])
  const parts = useMemo(() => partsFromClips(sources, registry), [sources, registry])
  const partList = useMemo(() => (parts.ok ? parts.parts : []), [parts])
  const [value, setValue] = useState<PresetEditorValue>(() => initialEditorValue(partList))
  // ticking moves in or out rebuilds the rows, keeping what can be kept by label
  const [formFor, setFormFor] = useState(partList)
  if (formFor !== partList) {
    setFormFor(partList)
    const next = initialEditorValue(partList)
    setValue({ ...value, category: value.category || next.category, form: next.form })
  }
  const check = useEditorCheck(value, partList, { id: 'custom:new' })
  const ok = parts.ok && check.ok
  const save = () => {
    if (!ok) return
    const exposed = requestsFromForm(value.form)
    const r = saveAsPreset(
      sources.map((s) => s.clip.id),
      { name: value.name, description: value.description, category: value.category, exposed },
    )
    if (r.ok) closePresetDialog()
  }
  const label = (presetId: string) => (registry.get(presetId) as CameraPreset | undefined)?.label ?? presetId
  return (
    <DialogFrame
      title="Save as preset"
      testId="preset-dialog"
      footer={
        <>
          <span className="text-[11px] text-neutral-500" data-testid="preset-dialog.summary">
            {parts.ok ? `${partList.length} move${partList.length === 1 ? '' : 's'} · ${seconds(check.ok ? check.definition.durationS : 0)}` : parts.message}
          </span>
          <span className="flex-1" />
          <button type="button" className={buttonBase} data-testid="preset-dialog.cancel" onClick={closePresetDialog}>
            Cancel
          </button>
          <button type="button" className={primary} disabled={!ok} title={check.ok ? undefined : check.message} data-testid="preset-dialog.save" onClick={save}>
            Save to My presets
          </button>
        </>
      }
    >
      <form
        className="flex min-h-0 flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault()
          save()
        }}
      >
        <section aria-label="Moves" className="flex flex-col gap-1">
          <h3 className="text-[10px] font-medium tracking-wider text-neutral-500 uppercase">Moves in the preset</h3>
          <div className="flex flex-wrap gap-1">
            {all.map(({ clip, track }) => {
              const on = chosen.includes(clip.id)
              return (
                <label
                  key={clip.id}
                  className={cx(
                    'flex cursor-pointer items-center gap-1.5 rounded border px-1.5 py-0.5 text-[11px]',
                    on ? 'border-amber-400/60 bg-amber-400/10 text-neutral-100' : 'border-neutral-700 text-neutral-400 hover:border-neutral-500',
                  )}
                >
                  <input
                    type="checkbox"
                    checked={on}
                    className="accent-amber-400"
                    data-testid={`preset-dialog.clip.${clip.id}`}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, clip.id] : chosen.filter((id) => id !== clip.id))}
                  />
                  {label(clip.presetId)}
                  <span className="text-[10px] text-neutral-500 tabular-nums">
                    {seconds(clip.startS)}–{seconds(clip.startS + clip.durationS)} · track {track + 1}
                  </span>
                </label>
              )
            })}
          </div>
        </section>
        {parts.ok && <PresetEditor value={value} onChange={setValue} check={check} />}
        <button type="submit" hidden />
      </form>
    </DialogFrame>
  )
}

export function EditPresetDialog({ preset }: { preset: CustomPresetDefinition }) {
  const carried = useStudio((s) => findCustomPreset(s.document, preset.id))
  const def = carried ?? preset
  const [value, setValue] = useState<PresetEditorValue>(() =>
    initialEditorValue(def.parts, { name: def.name, description: def.description, category: def.category, exposed: def.exposed }),
  )
  const check = useEditorCheck(value, def.parts, { id: def.id, version: def.version, exposed: def.exposed })
  const [error, setError] = useState<string | null>(null)
  const save = () => {
    if (!check.ok) return
    const r = editPreset(def, check.definition)
    if (r.ok) closePresetDialog()
    else setError(r.message)
  }
  const usedBy = useStudio((s) => customPresetUsage(s.document, def.id))
  return (
    <DialogFrame
      title={`Edit “${def.name}”`}
      testId="preset-dialog"
      footer={
        <>
          <span className="text-[11px] text-neutral-500">
            {usedBy > 0 ? `${usedBy} move${usedBy === 1 ? '' : 's'} in this project will follow the edit` : `Revision ${def.version}`}
          </span>
          {error && <span className="text-[11px] text-red-400">{error}</span>}
          <span className="flex-1" />
          <button type="button" className={buttonBase} data-testid="preset-dialog.cancel" onClick={closePresetDialog}>
            Cancel
          </button>
          <button type="button" className={primary} disabled={!check.ok} title={check.ok ? undefined : check.message} data-testid="preset-dialog.save" onClick={save}>
            Save changes
          </button>
        </>
      }
    >
      <PresetEditor value={value} onChange={setValue} check={check} />
    </DialogFrame>
  )
}

export function DeletePresetDialog({ preset }: { preset: CustomPresetDefinition }) {
  const usedBy = useStudio((s) => customPresetUsage(s.document, preset.id))
  const parts = preset.parts.map((p) => (presetRegistry.get(p.presetId) as CameraPreset | undefined)?.label ?? p.presetId)
  const run = (bake: boolean) => {
    if (deletePreset(preset, { bake }).ok) closePresetDialog()
  }
  return (
    <DialogFrame
      wide={false}
      title={`Delete “${preset.name}”?`}
      testId="preset-delete-dialog"
      footer={
        <>
          <span className="flex-1" />
          <button type="button" autoFocus className={buttonBase} data-testid="preset-delete-dialog.cancel" onClick={closePresetDialog}>
            Cancel
          </button>
          {usedBy > 0 ? (
            <button type="button" className={primary} data-testid="preset-delete-dialog.bake" onClick={() => run(true)}>
              Bake {usedBy} move{usedBy === 1 ? '' : 's'} and delete
            </button>
          ) : (
            <button type="button" className={cx(primary, 'bg-red-400 hover:bg-red-300')} data-testid="preset-delete-dialog.delete" onClick={() => run(false)}>
              Delete
            </button>
          )}
        </>
      }
    >
      <div className="flex flex-col gap-2 text-xs leading-snug text-neutral-300">
        {usedBy > 0 ? (
          <p data-testid="preset-delete-dialog.used">
            {usedBy} move{usedBy === 1 ? '' : 's'} in this project play{usedBy === 1 ? 's' : ''} it. Deleting bakes {usedBy === 1 ? 'it' : 'them'} into the moves the
            preset is made of ({parts.join(', ')}), so every shot moves exactly as it does now; then the preset leaves this project and My presets.
          </p>
        ) : (
          <p>It leaves My presets and this project. Other projects that use it keep their own copy.</p>
        )}
        <p className="text-neutral-500">Undo (Ctrl/⌘+Z) brings it back to this project.</p>
      </div>
    </DialogFrame>
  )
}
