/** What the compile panel shows for a target, as pure functions of the compile results. */
import type { CompileFix, CompileResult } from '../../compilers'
import type { ShotSettings } from '../../timeline/ops'
import type { CompiledTarget } from './protocol'

export type ScoreTone = 'exact' | 'good' | 'fair' | 'poor' | 'none'

/** exact >= 0.999, good >= 0.85, fair >= 0.6, poor below; none when the target cannot take the shot. */
export const scoreTone = (result: CompileResult): ScoreTone => {
  if (!result.ok) return 'none'
  const s = result.fidelity.score
  return s >= 0.999 ? 'exact' : s >= 0.85 ? 'good' : s >= 0.6 ? 'fair' : 'poor'
}

export const TONE_CLASSES: Record<ScoreTone, { readonly bar: string; readonly text: string }> = {
  exact: { bar: 'bg-emerald-400', text: 'text-emerald-300' },
  good: { bar: 'bg-lime-400', text: 'text-lime-300' },
  fair: { bar: 'bg-amber-400', text: 'text-amber-300' },
  poor: { bar: 'bg-red-500', text: 'text-red-300' },
  none: { bar: 'bg-neutral-700', text: 'text-neutral-500' },
}

/** "87%" (rounded); "n/a" when the target cannot take the shot. */
export const formatScore = (result: CompileResult): string => (result.ok ? `${Math.round(result.fidelity.score * 100)}%` : 'n/a')

/** The score for `data-score` (0..1, full precision), or "" for failures. */
export const scoreAttribute = (result: CompileResult): string => (result.ok ? String(result.fidelity.score) : '')

/** One line for the row: the first thing lost, else the first approximation, else a warning, else all kept. */
export const summaryOf = ({ target, result }: CompiledTarget): string => {
  if (!result.ok) return `n/a: ${result.error.message}`
  const { dropped, approximated } = result.fidelity
  const more = (n: number) => (n > 1 ? ` (+${n - 1} more)` : '')
  if (dropped.length) return `${dropped[0]}${more(dropped.length)}`
  if (approximated.length) return `${approximated[0]}${more(approximated.length)}`
  if (result.warnings.length) return result.warnings[0].message
  return target.exact ? 'exact, frame by frame' : 'everything kept'
}

/** What a fix button does. */
export type FixAction =
  | { readonly kind: 'shot-settings'; readonly patch: ShotSettings }
  | { readonly kind: 'chain' }
  | { readonly kind: 'none' }

export const fixAction = (fix: CompileFix): FixAction => {
  switch (fix.kind) {
    case 'trim':
      return { kind: 'shot-settings', patch: { durationS: fix.toS } }
    case 'set-aspect':
      return { kind: 'shot-settings', patch: { aspect: fix.aspect } }
    case 'split':
      return { kind: 'chain' }
    default:
      return { kind: 'none' }
  }
}

/** Fixes offered by a result: an error's fixes, or its warnings' fixes. */
export const fixesOf = (result: CompileResult): CompileFix[] =>
  result.ok ? result.warnings.flatMap((w) => (w.fix ? [w.fix] : [])) : [...(result.error.fixes ?? [])]

/** "0.00–4.00 s" for a chained part. */
export const formatWindow = (startS: number, durationS: number): string => `${startS.toFixed(2)}–${(startS + durationS).toFixed(2)} s`
