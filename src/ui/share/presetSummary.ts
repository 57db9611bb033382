/**
 * What the preview of a preset link (`#m=`) lists, as text (pure): the preset's moves with their baked
 * values, timing and easing, and the parameters it leaves open with their ranges and what they drive.
 */
import { PRESET_CATEGORIES, presetRegistry, type CameraPreset } from '../../camera-presets'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import type { MoveRegistry, ParamSpec, ParamValue } from '../../timeline'
import { easingLabel } from '../inspector/bezierModel'
import { UNIT_LABELS } from '../inspector/paramModel'

export interface PartValue {
  readonly kind: 'number' | 'choice'
  readonly label: string
  /** "150 deg", "Locked". */
  readonly text: string
  /** The label of the exposed parameter that drives it (the value shown is then its baked one). */
  readonly exposedAs?: string
}

export interface PartRow {
  readonly label: string
  /** "0–6 s". */
  readonly timing: string
  readonly easing: string
  readonly values: readonly PartValue[]
}

export interface ExposedRow {
  readonly label: string
  /** "0–270 deg", or the choices "Left / Right". */
  readonly range: string
  readonly default: string
  /** "Orbit left's angle", several joined with " and ". */
  readonly drives: string
}

export interface PresetSummary {
  /** "2 moves · 11 s · Orbit / arc". */
  readonly line: string
  readonly parts: readonly PartRow[]
  readonly exposed: readonly ExposedRow[]
}

const number = (n: number): string => String(Number(n.toFixed(3)))

const withUnit = (spec: ParamSpec, value: ParamValue): string => {
  if (spec.kind === 'choice') return spec.options.find((o) => o.value === value)?.label ?? String(value)
  if (typeof value !== 'number') return String(value)
  return spec.unit === 'seed' ? number(value) : `${number(value)} ${UNIT_LABELS[spec.unit] ?? spec.unit}`
}

const seconds = (s: number): string => `${number(s)} s`

export const presetSummary = (def: CustomPresetDefinition, builtins: MoveRegistry = presetRegistry): PresetSummary => {
  const moveOf = (i: number) => builtins.get(def.parts[i]?.presetId ?? '') as CameraPreset | undefined
  const drivenBy = new Map<string, string>()
  for (const e of def.exposed) for (const t of e.targets) drivenBy.set(`${t.part}/${t.param}`, e.label)

  const parts = def.parts.map((p, i): PartRow => {
    const move = moveOf(i)
    const specs = move?.params ?? []
    return {
      label: move?.label ?? p.presetId,
      timing: `${number(p.startS)}–${seconds(p.startS + p.durationS)}`,
      easing: p.easing.kind === 'named' ? easingLabel(p.easing.name) : 'Custom curve',
      values: specs
        .filter((s) => p.params[s.name] !== undefined || drivenBy.has(`${i}/${s.name}`))
        .map((s): PartValue => {
          const exposedAs = drivenBy.get(`${i}/${s.name}`)
          return { kind: s.kind, label: s.label, text: withUnit(s, p.params[s.name] ?? s.default), ...(exposedAs ? { exposedAs } : {}) }
        }),
    }
  })

  const exposed = def.exposed.map((e): ExposedRow => {
    const first = e.targets[0]
    const spec = first ? moveOf(first.part)?.params.find((s) => s.name === first.param) : undefined
    const drives = e.targets
      .map((t) => {
        const move = moveOf(t.part)
        const label = move?.params.find((s) => s.name === t.param)?.label ?? t.param
        return `${move?.label ?? def.parts[t.part]?.presetId ?? '?'}'s ${label.toLowerCase()}`
      })
      .join(' and ')
    if (e.kind === 'choice') {
      const options = spec?.kind === 'choice' ? spec.options : [{ value: e.default, label: e.default }]
      return { label: e.label, range: options.map((o) => o.label).join(' / '), default: options.find((o) => o.value === e.default)?.label ?? e.default, drives }
    }
    const unit = e.unit === 'seed' ? '' : ` ${UNIT_LABELS[e.unit] ?? e.unit}`
    return { label: e.label, range: `${number(e.min)}–${number(e.max)}${unit}`, default: `${number(e.default)}${unit}`, drives }
  })

  const category = PRESET_CATEGORIES.find((c) => c.id === def.category)?.label
  const moves = `${def.parts.length} move${def.parts.length === 1 ? '' : 's'}`
  return { line: [moves, seconds(def.durationS), category].filter(Boolean).join(' · '), parts, exposed }
}
