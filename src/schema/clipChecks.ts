/**
 * The checks on a clip that need the preset library: the preset must be known (aliases resolve
 * to the canonical id, which is what the loaded clip stores), not newer than this app's version
 * of it, and every stored parameter must be one the preset declares, with a valid value.
 */
import { getPreset } from '../camera-presets'
import { checkParamValue, type ParamValues } from '../timeline'

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
