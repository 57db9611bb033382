/**
 * The Save-as-preset / Edit-preset form, as pure data: one row per parameter of every part (exposed
 * or baked), and the exposure requests the rows make. Exposed rows that share a label are linked: one
 * control drives them all (their range is what the rows' ranges have in common).
 */
import type { CustomPresetPart, ExposeRequest, ExposedParam } from '../../camera-presets/custom'
import type { CameraPreset } from '../../camera-presets'
import type { MoveRegistry, ParamSpec, ParamValue } from '../../timeline'

export interface ParamRow {
  /** Index of the part. */
  readonly part: number
  readonly param: string
  readonly spec: ParamSpec
  /** The value baked into the part (the tuned value). */
  readonly baked: ParamValue
  /** Where a new clip starts when exposed: the preset's default when it already exposes it, else the tuned value. */
  readonly startValue: ParamValue
  readonly exposed: boolean
  /** The exposed parameter's label (rows with the same label are linked). */
  readonly label: string
  /** The exposed range (numbers); within the spec's own range. */
  readonly min: number
  readonly max: number
}

export interface PartHeading {
  readonly part: number
  readonly label: string
  readonly startS: number
  readonly durationS: number
}

export interface PresetForm {
  readonly parts: readonly PartHeading[]
  readonly rows: readonly ParamRow[]
}

const keyOf = (label: string) => label.trim().toLowerCase()

/** Rows for `parts`; `exposed` (an existing preset's) says which are exposed, with their labels and ranges. */
export const formFromParts = (parts: readonly CustomPresetPart[], builtins: MoveRegistry, exposed: readonly ExposedParam[] = []): PresetForm => {
  const headings: PartHeading[] = []
  const rows: ParamRow[] = []
  parts.forEach((part, i) => {
    const preset = builtins.get(part.presetId) as CameraPreset | undefined
    headings.push({ part: i, label: preset?.label ?? part.presetId, startS: part.startS, durationS: part.durationS })
    for (const spec of preset?.params ?? []) {
      const e = exposed.find((x) => x.targets.some((t) => t.part === i && t.param === spec.name))
      const baked = part.params[spec.name] ?? spec.default
      rows.push({
        part: i,
        param: spec.name,
        spec,
        baked,
        startValue: e?.default ?? baked,
        exposed: !!e,
        label: e?.label ?? spec.label,
        min: e?.kind === 'number' ? e.min : spec.kind === 'number' ? spec.min : 0,
        max: e?.kind === 'number' ? e.max : spec.kind === 'number' ? spec.max : 0,
      })
    }
  })
  return { parts: headings, rows }
}

/** The rows with `patch` applied to the row of (part, param). */
export const updateRow = (form: PresetForm, part: number, param: string, patch: Partial<Pick<ParamRow, 'exposed' | 'label' | 'min' | 'max'>>): PresetForm => ({
  ...form,
  rows: form.rows.map((r) => (r.part === part && r.param === param ? { ...r, ...patch } : r)),
})

/** Labels shared by more than one exposed row (those rows are linked). */
export const linkedLabels = (form: PresetForm): Set<string> => {
  const count = new Map<string, number>()
  for (const r of form.rows) if (r.exposed) count.set(keyOf(r.label), (count.get(keyOf(r.label)) ?? 0) + 1)
  return new Set([...count].filter(([, n]) => n > 1).map(([k]) => k))
}

export const isLinked = (form: PresetForm, row: ParamRow): boolean => row.exposed && linkedLabels(form).has(keyOf(row.label))

/**
 * The exposure requests of the form, in row order: one per label (rows sharing a label become one
 * parameter with several targets, their ranges intersected). `existing` keeps the names (and so the
 * clips' stored values) of parameters that stay exposed under the same label.
 */
export const requestsFromForm = (form: PresetForm, existing: readonly ExposedParam[] = []): ExposeRequest[] => {
  const groups = new Map<string, ParamRow[]>()
  for (const r of form.rows) {
    if (!r.exposed) continue
    const k = keyOf(r.label)
    groups.set(k, [...(groups.get(k) ?? []), r])
  }
  const taken = new Set<string>()
  return [...groups.values()].map((rows) => {
    const [first] = rows
    const kept = existing.find((e) => keyOf(e.label) === keyOf(first.label) && e.targets.some((t) => t.part === first.part && t.param === first.param))
    const name = kept && !taken.has(kept.name) ? kept.name : undefined
    if (name) taken.add(name)
    const base: ExposeRequest = { label: first.label.trim() || first.spec.label, targets: rows.map((r) => ({ part: r.part, param: r.param })), ...(name ? { name } : {}) }
    if (first.spec.kind !== 'number') return base
    const min = Math.max(...rows.map((r) => r.min))
    const max = Math.min(...rows.map((r) => r.max))
    const wanted = kept?.kind === 'number' ? kept.default : Number(first.baked)
    return { ...base, min, max, default: Math.min(max, Math.max(min, wanted)) }
  })
}

/** "0–6 s". */
export const partTiming = (h: PartHeading): string => `${Number(h.startS.toFixed(2))}–${Number((h.startS + h.durationS).toFixed(2))} s`
