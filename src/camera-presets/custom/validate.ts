/**
 * The checks on a custom preset definition that need the preset library (its shape, types and
 * finite numbers are the schema's job): every part a known built-in move not newer than this app's,
 * baked values valid for it, timing inside the preset, and exposed parameters that target real
 * parameters of the same kind and unit, with a range inside every target's own range.
 */
import { MAX_SHOT_DURATION_S } from '../../timeline/model'
import type { MoveRegistry } from '../../timeline/moves'
import { type ParamSpec, checkParamValue } from '../../timeline/params'
import { type CustomPresetDefinition, CUSTOM_PRESET_PREFIX, MAX_CUSTOM_PRESET_PARTS, isCustomPresetId } from '../../timeline/customPreset'
import { PRESET_CATEGORIES } from '../types'

export interface DefinitionIssue {
  /** Path relative to the definition. */
  readonly path: readonly (string | number)[]
  /** Reads after the path: "must lie within 0..360 deg (orbit-left's angle)". */
  readonly message: string
}

/** `custom:` then 1 to 64 letters, digits, '-' or '_' (a UUID fits). */
export const CUSTOM_PRESET_ID = /^custom:[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
/** An exposed parameter's name: a letter, then letters, digits, '-' or '_'. */
export const EXPOSED_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/

const EPS = 1e-9
const categories = PRESET_CATEGORIES.map((c) => c.id as string)

/** Every problem with `def`, or [] when it is valid. `builtins` resolves the parts (aliases allowed). */
export const checkCustomPreset = (def: CustomPresetDefinition, builtins: MoveRegistry): DefinitionIssue[] => {
  const issues: DefinitionIssue[] = []
  const add = (path: readonly (string | number)[], message: string) => issues.push({ path, message })

  if (!CUSTOM_PRESET_ID.test(def.id)) add(['id'], `must be '${CUSTOM_PRESET_PREFIX}' followed by 1 to 64 letters, digits, '-' or '_' (found '${def.id}')`)
  if (!def.name.trim()) add(['name'], 'must not be empty')
  if (!categories.includes(def.category)) add(['category'], `must be one of ${categories.map((c) => `'${c}'`).join(', ')}`)
  if (!(def.durationS > 0) || def.durationS > MAX_SHOT_DURATION_S) add(['durationS'], `must be greater than 0 and at most ${MAX_SHOT_DURATION_S} s`)
  if (def.parts.length === 0) add(['parts'], 'must have at least 1 item')
  if (def.parts.length > MAX_CUSTOM_PRESET_PARTS) add(['parts'], `must have at most ${MAX_CUSTOM_PRESET_PARTS} items`)

  const specsOf: (ReadonlyMap<string, ParamSpec> | undefined)[] = def.parts.map((part, i) => {
    const at = (...rest: (string | number)[]) => ['parts', i, ...rest]
    if (part.startS + part.durationS > def.durationS + EPS)
      add(at('durationS'), `must end within the preset: it starts at ${part.startS} s and lasts ${part.durationS} s, past the preset's ${def.durationS} s`)
    if (isCustomPresetId(part.presetId)) {
      add(at('presetId'), `is '${part.presetId}', another custom preset: a custom preset is made of built-in moves only (nested custom presets are not supported)`)
      return undefined
    }
    const move = builtins.get(part.presetId)
    if (!move) {
      add(at('presetId'), `is '${part.presetId}', which is not a known camera move`)
      return undefined
    }
    if (part.presetVersion > move.version)
      add(at('presetVersion'), `is ${part.presetVersion}, but this app has version ${move.version} of '${move.id}'; update the app to open it`)
    const specs = new Map(move.params.map((s) => [s.name, s]))
    for (const [name, value] of Object.entries(part.params)) {
      const spec = specs.get(name)
      if (!spec) {
        add(at('params', name), `is not a parameter of '${move.id}' (its parameters: ${move.params.map((s) => s.name).join(', ') || 'none'})`)
        continue
      }
      const why = checkParamValue(spec, value)
      if (why) add(at('params', name), why.startsWith(`${name} `) ? why.slice(name.length + 1) : why)
    }
    return specs
  })

  const names = new Map<string, number>()
  const driven = new Map<string, number>()
  def.exposed.forEach((e, ei) => {
    const at = (...rest: (string | number)[]) => ['exposed', ei, ...rest]
    if (!EXPOSED_NAME.test(e.name)) add(at('name'), `must start with a letter and hold only letters, digits, '-' or '_' (found '${e.name}')`)
    const before = names.get(e.name)
    if (before !== undefined) add(at('name'), `'${e.name}' is already the name of exposed[${before}]`)
    else names.set(e.name, ei)
    if (!e.label.trim()) add(at('label'), 'must not be empty')
    if (e.targets.length === 0) add(at('targets'), 'must have at least 1 item')
    if (e.kind === 'number' && e.min > e.max) add(at('min'), `must not be greater than max (${e.max})`)
    if (e.kind === 'number' && (e.default < e.min || e.default > e.max)) add(at('default'), `must be between min and max (${e.min} and ${e.max} ${e.unit})`)

    e.targets.forEach((t, ti) => {
      const tp = (...rest: (string | number)[]) => at('targets', ti, ...rest)
      if (!Number.isInteger(t.part) || t.part < 0 || t.part >= def.parts.length) {
        add(tp('part'), `must be the index of a part (0 to ${def.parts.length - 1})`)
        return
      }
      const specs = specsOf[t.part]
      if (!specs) return // the part itself is reported
      const presetId = def.parts[t.part].presetId
      const spec = specs.get(t.param)
      if (!spec) {
        add(tp('param'), `is '${t.param}', which is not a parameter of '${presetId}' (its parameters: ${[...specs.keys()].join(', ') || 'none'})`)
        return
      }
      const key = `${t.part}/${t.param}`
      const other = driven.get(key)
      if (other !== undefined && other !== ei) add(tp('param'), `parts[${t.part}].${t.param} is already driven by exposed[${other}]`)
      else driven.set(key, ei)
      if (spec.kind !== e.kind) {
        add(tp('param'), `is a ${spec.kind} parameter of '${presetId}', but exposed[${ei}] is a ${e.kind}`)
        return
      }
      if (spec.kind === 'number' && e.kind === 'number') {
        if (spec.unit !== e.unit) add(at('unit'), `is '${e.unit}', but ${presetId}'s ${spec.name} is in '${spec.unit}'`)
        if (e.min < spec.min - EPS || e.max > spec.max + EPS)
          add(at('min'), `range ${e.min}..${e.max} ${e.unit} must lie within ${spec.min}..${spec.max} ${spec.unit} (${presetId}'s ${spec.name})`)
        if (spec.integer && ![e.min, e.max, e.default].every(Number.isInteger)) add(at('default'), `min, max and default must be whole numbers (${presetId}'s ${spec.name} is)`)
      }
      if (spec.kind === 'choice' && e.kind === 'choice') {
        if (!spec.options.some((o) => o.value === e.default)) add(at('default'), `must be one of ${spec.options.map((o) => `'${o.value}'`).join(', ')} (${presetId}'s ${spec.name})`)
        const first = e.targets[0]
        const firstSpec = first && specsOf[first.part]?.get(first.param)
        if (ti > 0 && firstSpec?.kind === 'choice' && firstSpec.options.map((o) => o.value).join('\n') !== spec.options.map((o) => o.value).join('\n'))
          add(tp('param'), `has other options than the first target's, so one choice cannot drive both`)
      }
    })
  })
  return issues
}
