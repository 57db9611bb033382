/**
 * Move parameters declared as data. The inspector builds its controls from these specs,
 * the CLI prints them, and `resolveParams` fills defaults and clamps to the declared range.
 */
export type ParamUnit =
  | 'deg' // degrees
  | 'm' // metres
  | 'cm' // centimetres
  | 'mm' // millimetres (lens)
  | 's' // seconds
  | 'x' // ratio (e.g. 2x zoom)
  | 'subject-distance' // fraction of the camera-to-subject distance
  | 'Hz'
  | 'f-stop'
  | 'rate' // a time-rate multiplier (1 = real time)
  | 'seed' // integer seed of a deterministic generator
  | 'm/s'

export interface NumberParamSpec {
  readonly kind: 'number'
  readonly name: string
  readonly label: string
  readonly unit: ParamUnit
  readonly min: number
  readonly max: number
  readonly default: number
  readonly step?: number
  /** Integers only (seeds, counts). */
  readonly integer?: boolean
  readonly description?: string
}

export interface ChoiceParamSpec {
  readonly kind: 'choice'
  readonly name: string
  readonly label: string
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly default: string
  readonly description?: string
}

export type ParamSpec = NumberParamSpec | ChoiceParamSpec
export type ParamValue = number | string
export type ParamValues = Readonly<Record<string, ParamValue>>

/** Fill missing values with defaults, clamp numbers into range, drop unknown names. */
export const resolveParams = (specs: readonly ParamSpec[], given: ParamValues | undefined): Record<string, ParamValue> => {
  const out: Record<string, ParamValue> = {}
  for (const spec of specs) {
    const v = given?.[spec.name]
    if (spec.kind === 'number') {
      let n = typeof v === 'number' && Number.isFinite(v) ? v : spec.default
      if (spec.integer) n = Math.round(n)
      out[spec.name] = Math.min(spec.max, Math.max(spec.min, n))
    } else {
      out[spec.name] = typeof v === 'string' && spec.options.some((o) => o.value === v) ? v : spec.default
    }
  }
  return out
}

/** Default values of a spec list. */
export const defaultParams = (specs: readonly ParamSpec[]): Record<string, ParamValue> => resolveParams(specs, undefined)

/** Why a single value is not acceptable for a spec, or undefined if it is. */
export const checkParamValue = (spec: ParamSpec, value: unknown): string | undefined => {
  if (spec.kind === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${spec.name} must be a number`
    if (value < spec.min || value > spec.max) return `${spec.name} must be between ${spec.min} and ${spec.max} ${spec.unit}`
    if (spec.integer && !Number.isInteger(value)) return `${spec.name} must be a whole number`
    return undefined
  }
  if (typeof value !== 'string' || !spec.options.some((o) => o.value === value))
    return `${spec.name} must be one of ${spec.options.map((o) => o.value).join(', ')}`
  return undefined
}
