/**
 * The body shared by Save as preset and Edit preset: name, category, description, and one row per
 * parameter of every part: checked rows stay exposed (label, range inside the built-in range), the
 * rest are baked. Rows with the same label are linked into one control. Validation runs as you type
 * (the same `buildCustomPreset` the store runs), so Save is only enabled for a preset that will load.
 */
import { useMemo, useState } from 'react'
import { PRESET_CATEGORIES, presetRegistry } from '../../camera-presets'
import { type CustomPresetDefinition, type CustomPresetPart, type ExposedParam, buildCustomPreset } from '../../camera-presets/custom'
import { MAX_CUSTOM_PRESET_NAME_CHARS } from '../../timeline'
import { UNIT_LABELS } from '../inspector/paramModel'
import { NumberField, cx } from '../primitives'
import { fieldBase, fieldOk } from '../primitives/styles'
import { type PresetForm, formFromParts, isLinked, partTiming, requestsFromForm, updateRow } from './presetForm'

export interface PresetEditorValue {
  readonly name: string
  readonly description: string
  readonly category: string
  readonly form: PresetForm
}

export interface PresetEditorProps {
  readonly value: PresetEditorValue
  readonly onChange: (value: PresetEditorValue) => void
  /** The preset as it would be saved, or why it cannot be. */
  readonly check: { ok: true; definition: CustomPresetDefinition } | { ok: false; message: string }
}

export const initialEditorValue = (parts: readonly CustomPresetPart[], init: { name?: string; description?: string; category?: string; exposed?: readonly ExposedParam[] } = {}): PresetEditorValue => {
  const form = formFromParts(parts, presetRegistry, init.exposed)
  const probe = buildCustomPreset({ id: 'custom:probe', name: 'x', parts, sources: [], exposed: [] }, presetRegistry)
  return { name: init.name ?? '', description: init.description ?? '', category: init.category ?? (probe.ok ? probe.definition.category : 'specialty'), form }
}

/** What the editor's value would save as (validated). */
export const useEditorCheck = (value: PresetEditorValue, parts: readonly CustomPresetPart[], base: { id: string; version?: number; exposed?: readonly ExposedParam[] }) =>
  useMemo(() => {
    if (!value.name.trim()) return { ok: false as const, message: 'Give the preset a name.' }
    const r = buildCustomPreset(
      { id: base.id, version: base.version, name: value.name, description: value.description, category: value.category, parts, sources: [], exposed: requestsFromForm(value.form, base.exposed) },
      presetRegistry,
    )
    return r.ok ? { ok: true as const, definition: r.definition } : { ok: false as const, message: r.message }
  }, [value, parts, base.id, base.version, base.exposed])

const formatValue = (v: number | string, unit?: string) => (typeof v === 'number' ? `${Number(v.toFixed(3))}${unit ? ` ${unit}` : ''}` : v)

export function PresetEditor({ value, onChange, check }: PresetEditorProps) {
  const { form } = value
  const set = (patch: Partial<PresetEditorValue>) => onChange({ ...value, ...patch })
  const exposedCount = new Set(form.rows.filter((r) => r.exposed).map((r) => r.label.trim().toLowerCase())).size
  const [showBaked, setShowBaked] = useState(true)
  return (
    <div className="flex min-h-0 flex-col gap-3">
      <div className="grid grid-cols-[1fr_150px] gap-2">
        <label className="flex flex-col gap-1 text-[11px] text-neutral-400">
          Name
          <input
            autoFocus
            value={value.name}
            maxLength={MAX_CUSTOM_PRESET_NAME_CHARS}
            placeholder="Hero reveal"
            data-testid="preset-dialog.name"
            onChange={(e) => set({ name: e.target.value })}
            className={cx(fieldBase, fieldOk, 'h-7 text-[13px]')}
          />
        </label>
        <label className="flex flex-col gap-1 text-[11px] text-neutral-400">
          Category
          <select
            value={value.category}
            data-testid="preset-dialog.category"
            onChange={(e) => set({ category: e.target.value })}
            className={cx(fieldBase, fieldOk, 'h-7 cursor-pointer [color-scheme:dark]')}
          >
            {PRESET_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="flex flex-col gap-1 text-[11px] text-neutral-400">
        Description <span className="sr-only">(optional)</span>
        <input
          value={value.description}
          maxLength={500}
          placeholder="Optional: what the move does to the picture"
          data-testid="preset-dialog.description"
          onChange={(e) => set({ description: e.target.value })}
          className={cx(fieldBase, fieldOk, 'h-7')}
        />
      </label>

      <section aria-label="Parameters" className="flex min-h-0 flex-col gap-1.5">
        <div className="flex items-baseline justify-between">
          <h3 className="text-[10px] font-medium tracking-wider text-neutral-500 uppercase">
            Parameters <span className="normal-case tracking-normal text-neutral-400">· {exposedCount} exposed, the rest baked in</span>
          </h3>
          <button type="button" className="text-[10px] text-neutral-500 hover:text-neutral-300" onClick={() => setShowBaked(!showBaked)}>
            {showBaked ? 'Hide baked values' : 'Show baked values'}
          </button>
        </div>
        <p className="text-[10px] leading-snug text-neutral-500">
          Checked parameters stay adjustable on every clip of the preset, within the range you set. Give two the same label to drive them with one control.
        </p>
        <div className="flex min-h-0 flex-col gap-2 overflow-y-auto pr-1" data-testid="preset-dialog.params">
          {form.parts.map((h) => {
            const rows = form.rows.filter((r) => r.part === h.part)
            return (
              <div key={h.part} className="rounded border border-neutral-800 bg-neutral-950/40">
                <div className="flex items-baseline gap-2 border-b border-neutral-800 px-2 py-1">
                  <span className="text-[10px] text-neutral-500 tabular-nums">{h.part + 1}</span>
                  <span className="text-xs text-neutral-200">{h.label}</span>
                  <span className="ml-auto text-[10px] text-neutral-500 tabular-nums">{partTiming(h)}</span>
                </div>
                {rows.length === 0 && <p className="px-2 py-1 text-[10px] text-neutral-600">No parameters.</p>}
                {rows.map((r) => {
                  const id = `${r.part}.${r.param}`
                  const unit = r.spec.kind === 'number' ? (UNIT_LABELS[r.spec.unit] ?? r.spec.unit) : undefined
                  if (!r.exposed && !showBaked) return null
                  return (
                    <div key={id} className={cx('flex min-h-7 items-center gap-2 px-2 py-0.5', r.exposed && 'bg-amber-400/[0.04]')}>
                      <label className="flex w-[150px] shrink-0 cursor-pointer items-center gap-1.5 text-xs text-neutral-300">
                        <input
                          type="checkbox"
                          checked={r.exposed}
                          data-testid={`preset-dialog.expose.${id}`}
                          onChange={(e) => onChange({ ...value, form: updateRow(form, r.part, r.param, { exposed: e.target.checked }) })}
                          className="accent-amber-400"
                        />
                        <span className="truncate">{r.spec.label}</span>
                      </label>
                      {!r.exposed ? (
                        <span className="truncate text-[11px] text-neutral-500" data-testid={`preset-dialog.baked.${id}`}>
                          baked: {formatValue(r.baked, unit)}
                        </span>
                      ) : (
                        <>
                          <input
                            aria-label={`${r.spec.label}: label on the preset`}
                            value={r.label}
                            data-testid={`preset-dialog.label.${id}`}
                            onChange={(e) => onChange({ ...value, form: updateRow(form, r.part, r.param, { label: e.target.value }) })}
                            className={cx(fieldBase, fieldOk, 'w-[120px]')}
                          />
                          {r.spec.kind === 'number' ? (
                            <span className="flex items-center gap-1">
                              <NumberField
                                value={r.min}
                                min={r.spec.min}
                                max={r.spec.max}
                                step={r.spec.step ?? 1}
                                integer={r.spec.integer}
                                decimals={3}
                                ariaLabel={`${r.spec.label}: lowest value`}
                                title={`From ${r.spec.min} ${unit}`}
                                testId={`preset-dialog.min.${id}`}
                                onCommit={(min) => onChange({ ...value, form: updateRow(form, r.part, r.param, { min }) })}
                                className="w-[64px]"
                              />
                              <span className="text-neutral-500">–</span>
                              <NumberField
                                value={r.max}
                                min={r.spec.min}
                                max={r.spec.max}
                                step={r.spec.step ?? 1}
                                integer={r.spec.integer}
                                decimals={3}
                                ariaLabel={`${r.spec.label}: highest value`}
                                title={`Up to ${r.spec.max} ${unit}`}
                                testId={`preset-dialog.max.${id}`}
                                onCommit={(max) => onChange({ ...value, form: updateRow(form, r.part, r.param, { max }) })}
                                className="w-[64px]"
                              />
                              <span className="text-[10px] text-neutral-500">{unit}</span>
                              <span className="ml-1 text-[10px] text-neutral-500" title="A new clip starts from the tuned value (kept inside the range)">
                                starts at {formatValue(Math.min(r.max, Math.max(r.min, Number(r.startValue))))}
                              </span>
                            </span>
                          ) : (
                            <span className="text-[11px] text-neutral-500">any of its {r.spec.options.length} options</span>
                          )}
                          {isLinked(form, r) && (
                            <span className="ml-auto rounded-full border border-amber-400/40 px-1.5 text-[9px] text-amber-300" title="Driven together with the other parameters of this label">
                              linked
                            </span>
                          )}
                        </>
                      )}
                    </div>
                  )
                })}
              </div>
            )
          })}
        </div>
      </section>
      {!check.ok && value.name.trim() !== '' && (
        <p role="alert" data-testid="preset-dialog.error" className="text-[11px] leading-snug text-red-400">
          {check.message}
        </p>
      )}
    </div>
  )
}
