/**
 * The inspector's parameter controls, derived from a preset's declared specs and a clip's
 * stored values (pure; the React side only draws what this returns).
 */
import type { ParamSpec, ParamUnit, ParamValues } from '../../timeline'
import { resolveParams } from '../../timeline'
import { decimalsForStep, type SliderScale } from '../primitives'

/** How each unit is written next to a value. */
export const UNIT_LABELS: Readonly<Record<ParamUnit, string>> = {
  deg: 'deg',
  m: 'm',
  cm: 'cm',
  mm: 'mm',
  s: 's',
  x: 'x',
  'subject-distance': '× subject distance',
  Hz: 'Hz',
  'f-stop': 'f-stop',
  rate: '× real time',
  seed: 'seed',
  'm/s': 'm/s',
}

export interface NumberControl {
  readonly kind: 'number'
  readonly name: string
  readonly label: string
  readonly description?: string
  readonly unitLabel: string
  readonly min: number
  readonly max: number
  readonly step: number
  readonly decimals: number
  readonly integer: boolean
  readonly value: number
  readonly defaultValue: number
  readonly isDefault: boolean
  /** A generator seed: a number field with a dice button, no slider. */
  readonly isSeed: boolean
  readonly sliderScale: SliderScale
}

export interface ChoiceControl {
  readonly kind: 'choice'
  readonly name: string
  readonly label: string
  readonly description?: string
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly value: string
  readonly defaultValue: string
  readonly isDefault: boolean
}

export type ParamControl = NumberControl | ChoiceControl

/** A round step for a range without a declared one: about 1/200 of the span. */
export const niceStep = (span: number): number => {
  if (!(span > 0)) return 1
  const raw = span / 200
  const p = 10 ** Math.floor(Math.log10(raw))
  const m = raw / p
  return Number(((m < 2 ? 1 : m < 5 ? 2 : 5) * p).toPrecision(1))
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

/** Controls for a clip: its values resolved against the specs (defaults filled, clamped). */
export const buildParamControls = (specs: readonly ParamSpec[], given: ParamValues | undefined): ParamControl[] => {
  const values = resolveParams(specs, given)
  return specs.map((spec): ParamControl => {
    if (spec.kind === 'choice') {
      const value = String(values[spec.name])
      return { kind: 'choice', name: spec.name, label: spec.label, description: spec.description, options: spec.options, value, defaultValue: spec.default, isDefault: value === spec.default }
    }
    const value = Number(values[spec.name])
    const integer = spec.integer === true
    const step = spec.step ?? (integer ? 1 : niceStep(spec.max - spec.min))
    return {
      kind: 'number',
      name: spec.name,
      label: spec.label,
      description: spec.description,
      unitLabel: UNIT_LABELS[spec.unit] ?? spec.unit,
      min: spec.min,
      max: spec.max,
      step,
      decimals: integer ? 0 : decimalsForStep(step),
      integer,
      value,
      defaultValue: spec.default,
      isDefault: sameNumber(value, spec.default),
      isSeed: spec.unit === 'seed',
      // wide positive ranges (0.3 .. 200 m) are easier to set on a log track
      sliderScale: spec.min > 0 && spec.max / spec.min >= 100 ? 'log' : 'linear',
    }
  })
}

/** A new whole-number seed in [min, max], different from `current` when the range allows. */
export const randomSeed = (min: number, max: number, current: number, random: () => number = Math.random): number => {
  const lo = Math.ceil(min)
  const hi = Math.floor(max)
  if (hi <= lo) return lo
  for (let i = 0; i < 8; i++) {
    const s = lo + Math.floor(random() * (hi - lo + 1))
    if (s !== current) return Math.min(hi, s)
  }
  return current === hi ? lo : current + 1
}

