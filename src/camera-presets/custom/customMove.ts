/**
 * The move operator of a custom preset: its definition (plain data) over the built-in registry.
 * On a timeline the evaluator expands its clip into the clips of its parts (`composite`), which is
 * what makes a custom preset play exactly as the clips it was saved from; `apply` folds the same
 * parts for callers that apply a move on its own (exact for a subject that does not move, which is
 * all a lone operator can see).
 */
import { evaluateEasing, namedEasing } from '../../core/math/easing'
import { clamp } from '../../core/units'
import type { CompositeMove, CompositePart, MoveDefinition, MoveRegistry, MoveState, ResolvedParams } from '../../timeline/moves'
import type { CustomPresetDefinition, ExposedParam } from '../../timeline/customPreset'
import { type ParamSpec, type ParamValue, resolveParams } from '../../timeline/params'
import { type CameraPreset, PRESET_CATEGORIES, type PresetCategory } from '../types'

/** A custom preset as the library and the timeline see it: a CameraPreset whose parts are built-in moves. */
export interface CustomMove extends CameraPreset {
  readonly custom: true
  readonly definition: CustomPresetDefinition
  readonly composite: CompositeMove
}

export const isCustomMove = (move: MoveDefinition | undefined): move is CustomMove => (move as Partial<CustomMove> | undefined)?.custom === true

const CATEGORY_IDS = new Set<string>(PRESET_CATEGORIES.map((c) => c.id))

export const asPresetCategory = (category: string): PresetCategory => (CATEGORY_IDS.has(category) ? (category as PresetCategory) : 'specialty')

/** The built-in parameter an exposed parameter takes its spec from (its first target). */
const targetSpec = (def: CustomPresetDefinition, e: ExposedParam, builtins: MoveRegistry): ParamSpec | undefined => {
  const t = e.targets[0]
  const part = t && def.parts[t.part]
  return part && builtins.get(part.presetId)?.params.find((s) => s.name === t.param)
}

/** The clip parameters of a custom preset: one per exposed parameter, with its own range and default. */
export const exposedParamSpecs = (def: CustomPresetDefinition, builtins: MoveRegistry): ParamSpec[] =>
  def.exposed.map((e): ParamSpec => {
    const spec = targetSpec(def, e, builtins)
    if (e.kind === 'choice') {
      const options = spec?.kind === 'choice' ? spec.options : [{ value: e.default, label: e.default }]
      return { kind: 'choice', name: e.name, label: e.label, options, default: e.default, description: spec?.description }
    }
    const integer = spec?.kind === 'number' && spec.integer === true
    return {
      kind: 'number',
      name: e.name,
      label: e.label,
      unit: e.unit,
      min: e.min,
      max: e.max,
      default: e.default,
      ...(spec?.kind === 'number' && spec.step !== undefined ? { step: spec.step } : {}),
      ...(integer ? { integer: true } : {}),
      ...(spec?.description ? { description: spec.description } : {}),
    }
  })

/** "Orbit left, then Crane up" style summary of the parts, for a preset without a description. */
export const describeParts = (def: CustomPresetDefinition, builtins: MoveRegistry): string => {
  const labels = def.parts.map((p) => (builtins.get(p.presetId) as Partial<CameraPreset> | undefined)?.label ?? p.presetId)
  return labels.length === 0 ? 'An empty custom preset.' : `Made of ${labels.join(', ')}.`
}

interface ResolvedPart {
  readonly move: MoveDefinition
  readonly part: CompositePart
  readonly params: ResolvedParams
}

/**
 * The move of a custom preset over `builtins` (the built-in registry). Parts whose preset is unknown
 * are skipped (definitions are validated on load; the operator stays total).
 */
export const customMove = (def: CustomPresetDefinition, builtins: MoveRegistry): CustomMove => {
  const params = exposedParamSpecs(def, builtins)
  // for each part, the exposed parameters that write into it: [clip param name, part param name]
  const overrides = def.parts.map(() => [] as [string, string][])
  for (const e of def.exposed) for (const t of e.targets) overrides[t.part]?.push([e.name, t.param])

  const partsFor = (resolved: ResolvedParams): CompositePart[] =>
    def.parts.map((p, i) => {
      let values: Record<string, ParamValue> | undefined
      for (const [from, to] of overrides[i]) {
        const v = resolved[from]
        if (v === undefined) continue
        values ??= { ...p.params }
        values[to] = v
      }
      return { moveId: p.presetId, moveVersion: p.presetVersion, startS: p.startS, durationS: p.durationS, params: values ?? p.params, easing: p.easing }
    })

  // the evaluator resolves a clip's parameters once and passes the same object every frame
  const resolvedParts = new WeakMap<ResolvedParams, readonly ResolvedPart[]>()
  const resolveParts = (resolved: ResolvedParams): readonly ResolvedPart[] => {
    let list = resolvedParts.get(resolved)
    if (!list) {
      list = partsFor(resolved).flatMap((part) => {
        const move = builtins.get(part.moveId)
        return move ? [{ move, part, params: resolveParams(move.params, part.params) }] : []
      })
      resolvedParts.set(resolved, list)
    }
    return list
  }

  const durationS = def.durationS
  const apply = (state: MoveState, ctx: Parameters<MoveDefinition['apply']>[1], resolved: ResolvedParams): MoveState => {
    // composite time: the clip's progress on the preset's own clock; real seconds scale by k
    const k = durationS > 0 ? ctx.durationS / durationS : 1
    const u = ctx.progress * durationS
    let out = state
    for (const { move, part, params: partParams } of resolveParts(resolved)) {
      if (part.startS > u) continue
      const local = clamp(u - part.startS, 0, part.durationS)
      const linear = part.durationS > 0 ? local / part.durationS : 1
      out = move.apply(
        out,
        {
          progress: evaluateEasing(part.easing, linear),
          linearProgress: linear,
          localTimeS: local * k,
          durationS: part.durationS * k,
          subjectPoint: ctx.subjectPoint,
          subjectPointAtStart: part.startS === 0 ? ctx.subjectPointAtStart : ctx.subjectPoint,
          // like the subject's travel, a later part sees no turn before it starts
          subjectTurnDeg: part.startS === 0 ? ctx.subjectTurnDeg : 0,
        },
        partParams,
      )
    }
    return out
  }

  const partLabels = def.parts.map((p) => (builtins.get(p.presetId) as Partial<CameraPreset> | undefined)?.label).filter((x): x is string => !!x)
  return {
    custom: true,
    definition: def,
    id: def.id,
    version: def.version,
    label: def.name,
    category: asPresetCategory(def.category),
    description: def.description.trim() || describeParts(def, builtins),
    keywords: ['custom', 'my presets', ...new Set(partLabels)],
    params,
    defaultDurationS: def.durationS,
    defaultEasing: namedEasing('linear'),
    addsShake: def.parts.some((p) => (builtins.get(p.presetId) as Partial<CameraPreset> | undefined)?.addsShake === true),
    apply,
    composite: { durationS, parts: partsFor },
  }
}
