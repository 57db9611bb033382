/** Words and payload text the hosted-model targets share. */
import type { Seconds } from '../../core/units'
import type { CompileWarning, FidelityNote, ImpliedSegment, TargetResult } from '../types'

/** Round to a step without binary noise (0.1 -> 0.1, not 0.30000000000000004). */
export const roundTo = (x: number, step: number): number => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9))
  return Number((Math.round(x / step) * step).toFixed(decimals)) + 0
}

/** Seconds as written: at most two decimals, no trailing zeros. */
export const fmtS = (s: number): string => String(Number(s.toFixed(2)))

/** "a 5 s", "an 8 s", "an 11 s": the article a number is read with. */
export const withArticle = (text: string): string => `${/^(8|11(?!\d)|18(?!\d))/.test(text) ? 'an' : 'a'} ${text}`

/** "8 s", "7.5 s". */
export const seconds = (s: Seconds): string => `${fmtS(s)} s`

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
export const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n)

/** `a, b and c`. */
export const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

/** A request body as pretty JSON. */
export const jsonText = (payload: unknown): string => `${JSON.stringify(payload, null, 2)}\n`

/** The successful output of a JSON payload target. */
export const payloadResult = (payload: object, segments: readonly ImpliedSegment[], notes: readonly FidelityNote[], warnings: readonly (CompileWarning | undefined)[]): TargetResult => ({
  ok: true,
  output: {
    text: jsonText(payload),
    payload,
    implied: { kind: 'segments', segments },
    notes,
    warnings: warnings.filter((w): w is CompileWarning => w !== undefined),
  },
})

/** The placeholder the user replaces with the subject and scene. */
export const SUBJECT_PLACEHOLDER = '[Describe your subject and scene here.]'
