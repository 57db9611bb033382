/**
 * Pure helpers behind NumberField: parsing typed text, formatting values for display and
 * nudging by a step. No React, no DOM.
 */

export interface NumberLimits {
  readonly min?: number
  readonly max?: number
  readonly integer?: boolean
}

export type ParsedNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string }

/** Decimal places that show a step exactly (0.05 -> 2, 1 -> 0), at most 4. */
export const decimalsForStep = (step: number | undefined): number => {
  if (!step || !Number.isFinite(step) || step >= 1) return 0
  for (let d = 1; d <= 4; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d
  return 4
}

/** A value as short text: rounded to `decimals`, trailing zeros dropped, never "-0". */
export const formatNumber = (value: number, decimals = 3): string => {
  if (!Number.isFinite(value)) return ''
  const rounded = Number(value.toFixed(decimals))
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

const rangeText = (l: NumberLimits, unit?: string): string => {
  const u = unit ? ` ${unit}` : ''
  if (l.min !== undefined && l.max !== undefined) return `between ${formatNumber(l.min)} and ${formatNumber(l.max)}${u}`
  if (l.min !== undefined) return `at least ${formatNumber(l.min)}${u}`
  return `at most ${formatNumber(l.max ?? 0)}${u}`
}

/** Parse typed text ("1.5", " 2,25 ", "-3e1"); out-of-range or non-integer input is an error, never clamped. */
export const parseNumberInput = (text: string, limits: NumberLimits = {}, unit?: string): ParsedNumber => {
  const t = text.trim().replace(',', '.')
  if (t === '') return { ok: false, message: 'Enter a number' }
  const value = Number(t)
  if (!Number.isFinite(value)) return { ok: false, message: 'Not a number' }
  const { min, max, integer } = limits
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return { ok: false, message: `Must be ${rangeText(limits, unit)}` }
  if (integer && !Number.isInteger(value)) return { ok: false, message: 'Must be a whole number' }
  return { ok: true, value }
}

export const clampToLimits = (value: number, { min, max, integer }: NumberLimits): number => {
  let v = integer ? Math.round(value) : value
  if (min !== undefined) v = Math.max(min, v)
  if (max !== undefined) v = Math.min(max, v)
  return v
}

/** Move a value by `steps` steps (arrow keys: 1, shift: 10), snapped to the step grid and clamped. */
export const nudgeValue = (value: number, step: number, steps: number, limits: NumberLimits = {}): number => {
  const next = value + step * steps
  const snapped = Math.round(next / step) * step
  const decimals = decimalsForStep(step)
  return clampToLimits(Number(snapped.toFixed(decimals)), limits)
}
