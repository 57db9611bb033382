/**
 * Runway Gen-4 Turbo (`POST /v1/image_to_video`): no camera fields in the API, so the move is written
 * into promptText (at most 1000 characters); ratio from the aspect, duration 5 or 10 s, a start image
 * (providers.md section 2). Gen-4.5 (2-10 s) is listed as an alternative model.
 */
import type { AspectRatio } from '../../core/camera/lens'
import { WORDED_CHANNELS, WRITTEN_TIME_STEP_S, describeCameraMotion, describeNotes, hostedDescribeOptions, hostedPrompt, impliedFromDescription } from '../film-language'
import { DURATION_TOLERANCE_S, countWord, lengthWarning, nearestDuration, payloadResult, needsSubjectPrompt, startFrameWarning, subjectText, tooLongError } from '../hosted'
import type { CompileTarget, CompileWarning } from '../types'

const RUNWAY_SECONDS = [5, 10] as const
/** gen4_turbo ratios (output pixel sizes) for our aspects. */
export const RUNWAY_RATIO: Readonly<Record<AspectRatio, string>> = {
  '16:9': '1280:720',
  '9:16': '720:1280',
  '4:3': '1104:832',
  '1:1': '960:960',
  '21:9': '1584:672',
}
export const RUNWAY_PROMPT_MAX = 1000
export const START_IMAGE_PLACEHOLDER = '<START_FRAME_URL_OR_DATA_URI>'

export const runwayTarget: CompileTarget = {
  id: 'runway',
  label: 'Runway Gen-4 Turbo',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'Request body for POST https://api.dev.runwayml.com/v1/image_to_video (header X-Runway-Version: 2024-11-06). The API has no camera fields: the move is written into promptText in film language.',
  constraints: {
    durationsS: RUNWAY_SECONDS,
    aspects: ['16:9', '9:16', '4:3', '1:1', '21:9'],
    models: ['gen4_turbo', 'gen4.5'],
    needsStartImage: true,
    channels: WORDED_CHANNELS,
    notes: [
      'Camera motion only through promptText (at most 1000 characters): the web app camera sliders are not in the API.',
      'gen4_turbo: duration 5 or 10 s, ratio 1280:720, 720:1280, 1104:832, 832:1104, 960:960 or 1584:672.',
      'gen4.5 takes any whole duration from 2 to 10 s (set model and duration by hand).',
    ],
  },
  compile: (ctx) => {
    const d = ctx.durationS
    if (d > 10 + DURATION_TOLERANCE_S) return { ok: false, error: tooLongError('Runway makes clips of at most 10 s', 10, ctx.analysis) }
    const outS = nearestDuration(d, RUNWAY_SECONDS)
    const warnings: (CompileWarning | undefined)[] = [startFrameWarning('Runway Gen-4 Turbo'), lengthWarning('Runway Gen-4 Turbo', outS, d)]
    const subject = subjectText(ctx.shot)
    const ownSubject = !needsSubjectPrompt(ctx.shot)
    // the subject must leave room for at least a short camera line
    const room = RUNWAY_PROMPT_MAX - ' Camera: static.'.length
    if (subject.length > room)
      return {
        ok: false,
        error: {
          code: 'constraint',
          message: `The shot's subject text is ${subject.length} characters; Runway's promptText takes at most ${RUNWAY_PROMPT_MAX} with the camera, so shorten it to ${room} or fewer.`,
          fixes: [{ kind: 'note', label: `Shorten the subject to ${room} characters` }],
        },
      }
    let description = describeCameraMotion(ctx.analysis, hostedDescribeOptions(ctx, outS))
    let promptText = hostedPrompt(subject, description)
    if (promptText.length > RUNWAY_PROMPT_MAX) {
      description = describeCameraMotion(ctx.analysis, hostedDescribeOptions(ctx, outS, false))
      promptText = hostedPrompt(subject, description)
    }
    if (promptText.length > RUNWAY_PROMPT_MAX) {
      // keep the whole spans that fit; the implied motion keeps only the spans still written
      let n = 0
      while (n < description.spans.length && hostedPrompt(subject, description, description.spans.slice(0, n + 1)).length <= RUNWAY_PROMPT_MAX) n++
      promptText = hostedPrompt(subject, description, description.spans.slice(0, n))
      const parts = Math.max(2, Math.ceil(description.spans.length / Math.max(1, n)))
      description = { ...description, spans: description.spans.slice(0, n) }
      warnings.push({
        message: `The ${ownSubject ? 'subject and ' : ''}camera description ${ownSubject ? 'are' : 'is'} longer than Runway allows (${RUNWAY_PROMPT_MAX} characters), so the last moves were cut: split the shot into ${countWord(parts)} chained generations${ownSubject ? ' or shorten the subject' : ''}.`,
        fix: { kind: 'split', parts, label: `Split into ${countWord(parts)} chained generations` },
      })
    }
    const segments = impliedFromDescription(description)
    const payload = { model: 'gen4_turbo', promptImage: START_IMAGE_PLACEHOLDER, promptText, ratio: RUNWAY_RATIO[ctx.shot.aspect], duration: outS }
    return payloadResult(payload, segments, describeNotes(ctx, description, segments, { label: 'Runway', timeStepS: WRITTEN_TIME_STEP_S }), warnings)
  },
}
