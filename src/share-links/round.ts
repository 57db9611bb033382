/**
 * Numbers as a link keeps them: rounded to what matters, per unit (0.1 mm of position, 0.001 degree,
 * 0.1 ms), so a link does not spend characters on float noise. Rounding is idempotent: a rounded
 * value rounds to itself, which is what makes encoding idempotent. Also plain-JSON helpers.
 */
import type { ParamUnit } from '../timeline'

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json }
export type JsonObject = { readonly [key: string]: unknown }

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

export const hasOwn = (value: JsonObject, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key)

/** Decimal places kept, by what a number measures. */
export const DECIMALS = {
  /** metres: 0.1 mm */
  metres: 4,
  /** seconds: 0.1 ms */
  seconds: 4,
  degrees: 3,
  /** lens and sensor millimetres (sensor sizes such as 24.89 mm need two) */
  millimetres: 2,
  fps: 3,
  fStop: 2,
  /** bezier handles, unitless */
  handles: 4,
  /** any number the link format has no unit for (fields it passes through) */
  generic: 6,
} as const

/** Decimal places for each parameter unit (a new unit must be given one here: the compiler checks). */
export const PARAM_DECIMALS: Readonly<Record<ParamUnit, number>> = {
  deg: 3,
  m: 4,
  cm: 2,
  mm: 2,
  s: 4,
  x: 4,
  'subject-distance': 4,
  Hz: 3,
  'f-stop': 2,
  rate: 4,
  seed: 0,
  'm/s': 4,
}

const POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6]

/** `x` to `decimals` places (the double nearest that decimal, so JSON writes it short); -0 becomes 0. Non-numbers pass through. */
export const roundTo = (x: number, decimals: number): number => {
  const p = POWERS[decimals] ?? 1
  if (!Number.isFinite(x) || Math.abs(x) * p > 2 ** 52) return x
  const r = Math.round(x * p) / p
  return r === 0 ? 0 : r
}

/** Rounds a number field; anything else (an invalid value) is left for validation to report. */
export const num = (x: unknown, decimals: number): unknown => (typeof x === 'number' ? roundTo(x, decimals) : x)

/** Rounds a field that must stay above zero: a tiny positive value becomes the smallest step, never 0. */
export const positive = (x: unknown, decimals: number): unknown => {
  if (typeof x !== 'number') return x
  const r = roundTo(x, decimals)
  return x > 0 && r <= 0 ? 1 / (POWERS[decimals] ?? 1) : r
}

export const vec = (v: unknown, decimals: number, keepPositive = false): unknown =>
  Array.isArray(v) ? v.map((x) => (keepPositive ? positive(x, decimals) : num(x, decimals))) : v

/** Any JSON value, canonical: object keys sorted, integers kept, other numbers to 6 places. */
export const canonicalJson = (value: unknown): unknown => {
  if (typeof value === 'number') return Number.isInteger(value) ? (value === 0 ? 0 : value) : roundTo(value, DECIMALS.generic)
  if (Array.isArray(value)) return value.map(canonicalJson)
  if (isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => value[k] !== undefined)
        .sort()
        .map((k) => [k, canonicalJson(value[k])]),
    )
  return value
}

/** Deep equality of plain JSON values. */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined)
    const kb = Object.keys(b).filter((k) => b[k] !== undefined)
    return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && sameJson(a[k], b[k]))
  }
  return false
}

/** A deep copy of plain data (frozen tables must never be shared with a decoded project). */
export const copyJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
