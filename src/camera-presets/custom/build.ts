/**
 * Making a custom preset from clips: the clips become its parts (in the order they play, timed from
 * the first one's start, every parameter baked) and the parameters the author keeps open become its
 * exposed parameters (default: the tuned value; range: the built-in's unless narrowed).
 */
import { expandClip } from '../../timeline/composite'
import type { Clip } from '../../timeline/model'
import type { MoveRegistry } from '../../timeline/moves'
import { type ParamSpec, type ParamValue, resolveParams } from '../../timeline/params'
import type { CustomPresetDefinition, CustomPresetPart, ExposedParam, ExposedParamTarget } from '../../timeline/customPreset'
import type { CameraPreset } from '../types'
import { type DefinitionIssue, checkCustomPreset } from './validate'
import { asPresetCategory } from './customMove'

/** A clip to save and the index of its track in the shot (tracks order parts that start together). */
export interface SourceClip {
  readonly clip: Clip
  readonly track: number
}

/** What a part was made from: the clip (or, for an unpacked custom clip, `<clip id>/part:<n>`) and its move's label. */
export interface PartSource {
  readonly clipId: string
  readonly label: string
}

export type PartsResult =
  | { readonly ok: true; readonly parts: CustomPresetPart[]; readonly sources: PartSource[] }
  | { readonly ok: false; readonly message: string }

/**
 * The parts of a preset made from `clips`, in the order they play (start, then track, then the order
 * given), timed from the earliest start. A clip of a custom preset is unpacked into its built-in parts,
 * so presets nest one level only. Unknown presets are refused.
 */
export const partsFromClips = (clips: readonly SourceClip[], registry: MoveRegistry): PartsResult => {
  if (clips.length === 0) return { ok: false, message: 'Select at least one move to save as a preset.' }
  const ordered = clips.map((c, i) => ({ ...c, i })).sort((a, b) => a.clip.startS - b.clip.startS || a.track - b.track || a.i - b.i)
  const lanes = [...new Set(ordered.map((c) => c.track))].sort((a, b) => a - b)
  const flat: { clip: Clip; track: number }[] = []
  for (const { clip, track } of ordered) {
    const move = registry.get(clip.presetId)
    if (!move) return { ok: false, message: `The move "${clip.presetId}" is not known here, so it cannot be saved.` }
    const lane = lanes.indexOf(track)
    const parts = expandClip(clip, move)
    if (parts) for (const p of parts) flat.push({ clip: p, track: lane })
    else flat.push({ clip, track: lane })
  }
  // unpacked parts may start later than clips after them: order again (stable)
  const sorted = flat.map((c, i) => ({ ...c, i })).sort((a, b) => a.clip.startS - b.clip.startS || a.track - b.track || a.i - b.i)
  const t0 = Math.min(...sorted.map((c) => c.clip.startS))
  const parts: CustomPresetPart[] = []
  const sources: PartSource[] = []
  for (const { clip, track } of sorted) {
    const move = registry.get(clip.presetId) as CameraPreset | undefined
    if (!move) return { ok: false, message: `The move "${clip.presetId}" is not known here, so it cannot be saved.` }
    if (move.composite) return { ok: false, message: `"${move.label}" is a custom preset inside a custom preset; only one level is supported.` }
    parts.push({
      presetId: move.id,
      presetVersion: move.version,
      startS: clip.startS - t0,
      durationS: clip.durationS,
      track,
      params: resolveParams(move.params, clip.params),
      easing: clip.easing,
    })
    sources.push({ clipId: clip.id, label: move.label ?? move.id })
  }
  return { ok: true, parts, sources }
}

/** A parameter to keep open: the part parameters it drives, and optionally its own name, range and default. */
export interface ExposeRequest {
  readonly label?: string
  readonly name?: string
  /** Parts by index, or by the clip they were made from (`PartSource.clipId`). */
  readonly targets: readonly (ExposedParamTarget | { readonly clipId: string; readonly param: string })[]
  readonly min?: number
  readonly max?: number
  readonly default?: ParamValue
}

/** "Orbit angle" -> "orbit-angle"; unique against `taken`. */
export const exposedNameFor = (label: string, taken: ReadonlySet<string>): string => {
  const base =
    label
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^[^A-Za-z]+|-+$/g, '')
      .toLowerCase()
      .slice(0, 32) || 'param'
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`
  return name
}

const specOf = (parts: readonly CustomPresetPart[], t: ExposedParamTarget, builtins: MoveRegistry): ParamSpec | undefined =>
  builtins.get(parts[t.part]?.presetId ?? '')?.params.find((s) => s.name === t.param)

/** Exposed parameters from requests; a target that names nothing is left for validation to report. */
export const exposedFromRequests = (
  parts: readonly CustomPresetPart[],
  sources: readonly PartSource[],
  requests: readonly ExposeRequest[],
  builtins: MoveRegistry,
): ExposedParam[] => {
  // explicit names (kept from an earlier revision, so clips keep their values) are taken first
  const taken = new Set<string>(requests.flatMap((r) => (r.name ? [r.name] : [])))
  return requests.map((r): ExposedParam => {
    const targets = r.targets.map((t): ExposedParamTarget => ('clipId' in t ? { part: sources.findIndex((s) => s.clipId === t.clipId), param: t.param } : t))
    const first = targets[0]
    const spec = first && specOf(parts, first, builtins)
    const label = r.label?.trim() || spec?.label || first?.param || 'Parameter'
    const name = r.name ?? exposedNameFor(label, taken)
    taken.add(name)
    const baked = first ? parts[first.part]?.params[first.param] : undefined
    if (spec?.kind === 'choice')
      return { kind: 'choice', name, label, default: typeof r.default === 'string' ? r.default : typeof baked === 'string' ? baked : spec.default, targets }
    const min = r.min ?? (spec?.kind === 'number' ? spec.min : 0)
    const max = r.max ?? (spec?.kind === 'number' ? spec.max : 1)
    // an explicit default is kept as given (validation reports it when out of range); the tuned value is clamped in
    const tunedValue = typeof baked === 'number' ? baked : spec?.kind === 'number' ? spec.default : min
    const value = typeof r.default === 'number' ? r.default : Math.min(max, Math.max(min, tunedValue))
    return { kind: 'number', name, label, unit: spec?.kind === 'number' ? spec.unit : 'x', min, max, default: value, targets }
  })
}

export interface BuildPresetInput {
  readonly id: string
  readonly name: string
  readonly description?: string
  /** Default: the category of the longest part. */
  readonly category?: string
  readonly parts: readonly CustomPresetPart[]
  readonly sources: readonly PartSource[]
  readonly exposed: readonly ExposeRequest[]
  /** Default 1 (a new preset). */
  readonly version?: number
}

export type BuildResult =
  | { readonly ok: true; readonly definition: CustomPresetDefinition }
  | { readonly ok: false; readonly message: string; readonly issues: readonly DefinitionIssue[] }

const formatIssue = (i: DefinitionIssue) =>
  `${i.path.map((k, n) => (typeof k === 'number' ? `[${k}]` : n === 0 ? k : `.${k}`)).join('')} ${i.message}`

/** A validated definition from parts and exposure requests. */
export const buildCustomPreset = (input: BuildPresetInput, builtins: MoveRegistry): BuildResult => {
  const { parts } = input
  const durationS = parts.reduce((end, p) => Math.max(end, p.startS + p.durationS), 0)
  const longest = parts.reduce<CustomPresetPart | undefined>((best, p) => (!best || p.durationS > best.durationS ? p : best), undefined)
  const category = input.category ?? asPresetCategory((builtins.get(longest?.presetId ?? '') as Partial<CameraPreset> | undefined)?.category ?? 'specialty')
  const definition: CustomPresetDefinition = {
    id: input.id,
    version: input.version ?? 1,
    name: input.name.trim(),
    description: (input.description ?? '').trim(),
    category,
    durationS,
    parts: [...parts],
    exposed: exposedFromRequests(parts, input.sources, input.exposed, builtins),
  }
  const issues = checkCustomPreset(definition, builtins)
  if (issues.length > 0) return { ok: false, message: formatIssue(issues[0]), issues }
  return { ok: true, definition }
}
