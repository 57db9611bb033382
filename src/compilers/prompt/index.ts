/** The `prompt` target: the camera move in film language, for any text-to-video model. */
import type { CompileTarget } from '../types'
import { WORDED_CHANNELS, describeCameraMotion, describeNotes, describeOptionsOf, impliedFromDescription, promptText } from '../film-language'
import { negativeText, subjectLead } from '../hosted'

export const promptTarget: CompileTarget = {
  id: 'prompt',
  label: 'Prompt (film language)',
  kind: 'payload',
  fileExtension: 'txt',
  mediaType: 'text/plain',
  exact: false,
  description:
    "The camera move in plain film language, time-coded span by span with rounded magnitudes and the lens, for any text-to-video model: after the shot's subject text when it has one (else paste it after your scene description), with its negative prompt on a line of its own.",
  constraints: {
    channels: WORDED_CHANNELS,
    notes: [
      'Any duration, aspect and number of moves; spans are time-coded ("0-4 s: ...; 4-5 s: hold").',
      'Magnitudes are rounded as written: whole degrees under 20 then steps of 5; metres to 0.1 under 10 m, 0.5 under 30 m; focal lengths to whole mm.',
      'Shake is written in three words (subtle, natural, strong handheld shake); its exact amount and rhythm are lost.',
      'Focus is not written when it follows the subject (models keep the subject sharp); a rack focus is.',
    ],
  },
  compile: (ctx) => {
    const description = describeCameraMotion(ctx.analysis, describeOptionsOf(ctx))
    const text = `${subjectLead(ctx.shot)}${promptText(ctx.durationS, description)}`
    const negative = negativeText(ctx.shot)
    const segments = impliedFromDescription(description)
    return {
      ok: true,
      output: {
        text: negative ? `${text}\nNegative prompt: ${negative}\n` : `${text}\n`,
        payload: negative ? { prompt: text, negativePrompt: negative, description } : { prompt: text, description },
        implied: { kind: 'segments', segments },
        notes: describeNotes(ctx, description, segments),
        warnings: [],
      },
    }
  },
}
