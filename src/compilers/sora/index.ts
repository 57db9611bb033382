/**
 * OpenAI Sora 2 (`POST /v1/videos`): no camera fields, so the move is written into the prompt in film
 * language; `seconds` is the nearest of 4 / 8 / 12 and `size` follows the aspect (providers.md section 5).
 */
import type { AspectRatio } from '../../core/camera/lens'
import type { CompileTarget } from '../types'
import { WORDED_CHANNELS, hostedCamera } from '../film-language'
import { DURATION_TOLERANCE_S, aspectError, lengthWarning, nearestDuration, payloadResult, tooLongError } from '../hosted'

const SORA_SECONDS = [4, 8, 12] as const
const SORA_SIZE: Partial<Record<AspectRatio, string>> = { '16:9': '1280x720', '9:16': '720x1280' }
const SORA_ASPECTS: AspectRatio[] = ['16:9', '9:16']

export const soraTarget: CompileTarget = {
  id: 'sora',
  label: 'OpenAI Sora 2',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'Request body for POST https://api.openai.com/v1/videos (Sora 2). Sora has no camera fields: the move is written into the prompt in film language, with times when the shot has several moves.',
  constraints: {
    durationsS: SORA_SECONDS,
    aspects: SORA_ASPECTS,
    models: ['sora-2', 'sora-2-pro'],
    channels: WORDED_CHANNELS,
    notes: [
      'Camera motion only through the prompt: any move can be named, none is guaranteed.',
      'Moves are timed in words to the half second; magnitudes are rounded as written.',
      'seconds is "4", "8" or "12"; size 1280x720 (16:9) or 720x1280 (9:16); 1024x1792 / 1792x1024 are Pro-only.',
      'An input_reference image (optional) should match the size.',
    ],
  },
  compile: (ctx) => {
    const d = ctx.durationS
    if (d > 12 + DURATION_TOLERANCE_S) return { ok: false, error: tooLongError('Sora makes clips of at most 12 s', 12, ctx.analysis) }
    const size = SORA_SIZE[ctx.shot.aspect]
    if (!size) return { ok: false, error: aspectError('Sora', ctx.shot.aspect, SORA_ASPECTS) }
    const outS = nearestDuration(d, SORA_SECONDS)
    const camera = hostedCamera(ctx, outS, 'Sora')
    const payload = { model: 'sora-2', prompt: camera.prompt, seconds: String(outS), size }
    return payloadResult(payload, camera.segments, camera.notes, [lengthWarning('Sora', outS, d)])
  },
}
