/**
 * The checks on a clip that need the preset library: the preset must be known (aliases resolve
 * to the canonical id, which is what the loaded clip stores), not newer than this app's version
 * of it, and every stored parameter must be one the preset declares, with a valid value. Clips of
 * custom presets (`custom:…`) are checked by `checkCustomClip` against the project's definitions.
 */
import { getPreset, presetRegistry } from '../camera-presets'
import { exposedParamSpecs } from '../camera-presets/custom/customMove'
import type { Easing } from '../core/math/easing'
import type { CustomPresetDefinition } from '../timeline'
import { checkParamValue, isCustomPresetId, type ParamValues } from '../timeline'

export interface ClipIssue {
  /** Path relative to the clip. */
  readonly path: readonly (string | number)[]
  /** Reads after the path: "must be between 0 and 360 deg". */
  readonly message: string
}

interface ClipLike {
  readonly presetId: string
  readonly presetVersion: number
  readonly params: ParamValues
}

/** The canonical preset id of a clip, or the issues that make it unloadable. */
export const checkClipPreset = (clip: ClipLike): { presetId: string; issues: ClipIssue[] } => {
  // a custom preset is checked against the document's own definitions (projectSchema)
  if (isCustomPresetId(clip.presetId)) return { presetId: clip.presetId, issues: [] }
  const preset = getPreset(clip.presetId)
  if (!preset) return { presetId: clip.presetId, issues: [{ path: ['presetId'], message: `is '${clip.presetId}', which is not a known camera move` }] }
  const issues: ClipIssue[] = []
  if (clip.presetVersion > preset.version)
    issues.push({
      path: ['presetVersion'],
      message: `is ${clip.presetVersion}, but this app has version ${preset.version} of '${preset.id}'; update the app to open it`,
    })
  const specs = new Map(preset.params.map((s) => [s.name, s]))
  for (const [name, value] of Object.entries(clip.params)) {
    const spec = specs.get(name)
    if (!spec) {
      const known = preset.params.map((s) => s.name).join(', ') || 'none'
      issues.push({ path: ['params', name], message: `is not a parameter of '${preset.id}' (its parameters: ${known})` })
      continue
    }
    const why = checkParamValue(spec, value)
    if (why) issues.push({ path: ['params', name], message: why.startsWith(`${name} `) ? why.slice(name.length + 1) : why })
  }
  return { presetId: preset.id, issues }
}

/** The checks on a clip of a custom preset: the project carries it, at this revision or later, and its params are exposed ones with valid values. */
export const checkCustomClip = (
  clip: ClipLike & { readonly easing: Easing },
  defs: ReadonlyMap<string, CustomPresetDefinition>,
): ClipIssue[] => {
  const def = defs.get(clip.presetId)
  if (!def) return [{ path: ['presetId'], message: `is '${clip.presetId}', a custom preset this project does not carry (it is not in customPresets)` }]
  const issues: ClipIssue[] = []
  if (clip.presetVersion > def.version)
    issues.push({ path: ['presetVersion'], message: `is ${clip.presetVersion}, but this project carries revision ${def.version} of '${def.name}'` })
  const specs = exposedParamSpecs(def, presetRegistry)
  const byName = new Map(specs.map((s) => [s.name, s]))
  for (const [name, value] of Object.entries(clip.params)) {
    const spec = byName.get(name)
    if (!spec) {
      issues.push({ path: ['params', name], message: `is not an exposed parameter of '${def.name}' (its parameters: ${specs.map((s) => s.name).join(', ') || 'none'})` })
      continue
    }
    const why = checkParamValue(spec, value)
    if (why) issues.push({ path: ['params', name], message: why.startsWith(`${name} `) ? why.slice(name.length + 1) : why })
  }
  if (!(clip.easing.kind === 'named' && clip.easing.name === 'linear'))
    issues.push({ path: ['easing'], message: `must be linear for a custom preset ('${def.name}' times its parts with their own easing)` })
  return issues
}
