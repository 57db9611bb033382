/**
 * What the shot is of, merged into prompts: the shot's own subject text where it is set, the
 * placeholder where it is not, and its negative prompt for routes with a field for one.
 */
import type { Shot } from '../../timeline'
import { SUBJECT_PLACEHOLDER } from './text'

/** Text as one or more sentences: ends with . ! ? or an ellipsis, else a full stop is added. */
const asSentence = (text: string): string => (/[.!?…]["')\]]*$/.test(text) ? text : `${text}.`)

/** True when the shot has no subject text of its own, so its prompts would carry the placeholder. */
export const needsSubjectPrompt = (shot: Pick<Shot, 'prompt'>): boolean => shot.prompt.subject.trim() === ''

/** True when compiled payload text still holds the subject placeholder (never send it to a model). */
export const hasPlaceholder = (payloadText: string): boolean => payloadText.includes(SUBJECT_PLACEHOLDER)

/** What a prompt opens with: the shot's subject text as a sentence, or the placeholder. */
export const subjectText = (shot: Pick<Shot, 'prompt'>): string => {
  const subject = shot.prompt.subject.trim()
  return subject ? asSentence(subject) : SUBJECT_PLACEHOLDER
}

/**
 * For prompts that carry no placeholder (camera words only): the subject sentence and a space to put
 * before them, or nothing when the shot has no subject text.
 */
export const subjectLead = (shot: Pick<Shot, 'prompt'>): string => (needsSubjectPrompt(shot) ? '' : `${subjectText(shot)} `)

/** The shot's negative prompt, or undefined when it has none. */
export const negativeText = (shot: Pick<Shot, 'prompt'>): string | undefined => shot.prompt.negative.trim() || undefined
