/**
 * What a shot is of, in words: the subject and scene (who or what, where, the look) and what to keep
 * out (a negative prompt). Compilers merge it into every prompt-bearing target; empty means unset.
 */

export interface ShotPrompt {
  /** Subject, scene and style, e.g. "A woman in a red coat on a rainy street at night". */
  readonly subject: string
  /** What the picture should not have, for routes with a negative prompt field. */
  readonly negative: string
}

export const EMPTY_PROMPT: ShotPrompt = { subject: '', negative: '' }

/** The longest subject or negative text a shot keeps (characters). */
export const MAX_PROMPT_CHARS = 2000

/** Text as a shot keeps it: trimmed, at most MAX_PROMPT_CHARS characters. */
export const cleanPromptText = (text: string): string => text.trim().slice(0, MAX_PROMPT_CHARS).trim()
