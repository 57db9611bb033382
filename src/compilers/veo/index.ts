/**
 * Google Veo 3.1 on the Gemini API (`models/veo-3.1-generate-preview:predictLongRunning`): no camera
 * field, so the move is written into the prompt; durationSeconds 4 / 6 / 8, aspect 16:9 or 9:16
 * (providers.md section 4).
 */
import type { AspectRatio } from '../../core/camera/lens'
import { WORDED_CHANNELS, hostedCamera } from '../film-language'
import { DURATION_TOLERANCE_S, aspectError, lengthWarning, nearestDuration, negativeText, payloadResult, tooLongError } from '../hosted'
import type { CompileTarget } from '../types'

const VEO_SECONDS = [4, 6, 8] as const
const VEO_ASPECTS: AspectRatio[] = ['16:9', '9:16']
export const VEO_GEMINI_MODEL = 'veo-3.1-generate-preview'

export const veoTarget: CompileTarget = {
  id: 'veo',
  label: 'Google Veo 3.1 (Gemini API)',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description: `Request body for POST https://generativelanguage.googleapis.com/v1beta/models/${VEO_GEMINI_MODEL}:predictLongRunning. The Gemini API has no camera field: the move is written into the prompt in film language.`,
  constraints: {
    durationsS: VEO_SECONDS,
    aspects: VEO_ASPECTS,
    fps: 24,
    models: [VEO_GEMINI_MODEL, 'veo-3.1-fast-generate-preview'],
    channels: WORDED_CHANNELS,
    notes: [
      'Camera motion only through the prompt: any move can be named, none is guaranteed.',
      'Moves are timed in words to the half second; magnitudes are rounded as written.',
      'The model is named in the URL, not the body; 1080p only for 8 s clips (720p here).',
    ],
  },
  compile: (ctx) => {
    const d = ctx.durationS
    if (d > 8 + DURATION_TOLERANCE_S) return { ok: false, error: tooLongError('Veo 3.1 makes clips of at most 8 s', 8, ctx.analysis) }
    if (!VEO_ASPECTS.includes(ctx.shot.aspect)) return { ok: false, error: aspectError('Veo', ctx.shot.aspect, VEO_ASPECTS) }
    const outS = nearestDuration(d, VEO_SECONDS)
    const camera = hostedCamera(ctx, outS, 'Veo')
    const negative = negativeText(ctx.shot)
    const payload = {
      instances: [{ prompt: camera.prompt }],
      parameters: { aspectRatio: ctx.shot.aspect, durationSeconds: outS, resolution: '720p', ...(negative ? { negativePrompt: negative } : {}) },
    }
    return payloadResult(payload, camera.segments, camera.notes, [lengthWarning('Veo 3.1', outS, d)])
  },
}
