/**
 * ByteDance Seedance (Volcengine Ark / BytePlus ModelArk): `camera_fixed` locks a static shot;
 * every other move goes into the prompt in film language (the shared describeCameraMotion).
 */
import type { AspectRatio } from '../../core/camera/lens'
import { WORDED_CHANNELS, describeCameraMotion, describeNotes, describeOptionsOf, impliedFromDescription, promptText } from '../film-language'
import { clipSegments, fmtS, jsonText, nearestDuration, subjectLead, tooLongError, seconds, aspectError } from '../hosted'
import type { CompileTarget, CompileWarning } from '../types'

export const SEEDANCE_MODEL = 'doubao-seedance-1-0-pro-250528'
/** Ark `ratio` values (plus 'adaptive', which follows a start image). */
export const SEEDANCE_RATIOS = ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9'] as const
/** Seedance 1.0 pro renders whole seconds from 2 to 12. */
export const SEEDANCE_DURATIONS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const

export interface SeedancePayload {
  readonly model: typeof SEEDANCE_MODEL
  readonly content: readonly { readonly type: 'text'; readonly text: string }[]
  readonly ratio: (typeof SEEDANCE_RATIOS)[number]
  readonly duration: number
  readonly resolution: '1080p'
  /** True only for a static shot: locks the camera. */
  readonly camera_fixed: boolean
  readonly watermark: false
}

export const seedanceTarget: CompileTarget = {
  id: 'seedance',
  label: 'Seedance 1.0 Pro',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'A request body for Seedance video generation (POST /api/v3/contents/generations/tasks): camera_fixed for a static shot, otherwise the move in time-coded film language in the prompt.',
  constraints: {
    durationsS: [...SEEDANCE_DURATIONS],
    minDurationS: 2,
    maxDurationS: 12,
    aspects: ['16:9', '4:3', '1:1', '9:16', '21:9'] satisfies AspectRatio[],
    fps: 24,
    channels: WORDED_CHANNELS,
    models: [SEEDANCE_MODEL, 'doubao-seedance-1-0-pro-fast-251015', 'doubao-seedance-1-5-pro-251215'],
    notes: [
      'The only camera field is camera_fixed (true locks the camera): sent true only when the shot does not move at all.',
      'Every move is written in the prompt, time-coded span by span (the prompt target\'s words), magnitudes rounded, shake in three words.',
      'duration: whole seconds, 2-12 on 1.0 pro (4-12 on 1.5 pro); 24 fps; resolution 1080p.',
      'content holds the prompt; for image to video add { type: "image_url", image_url: { url }, role: "first_frame" }.',
    ],
  },
  compile: (ctx) => {
    if (ctx.durationS > 12 + 1e-6) return { ok: false, error: tooLongError(`Seedance renders at most ${seconds(12)}`, 12, ctx.analysis) }
    const aspect = ctx.shot.aspect
    if (!(SEEDANCE_RATIOS as readonly string[]).includes(aspect)) return { ok: false, error: aspectError('Seedance', aspect, SEEDANCE_RATIOS) }
    const description = describeCameraMotion(ctx.analysis, describeOptionsOf(ctx))
    const fixed = description.spans.every((s) => s.moves.length === 0)
    const duration = nearestDuration(ctx.durationS, SEEDANCE_DURATIONS)
    const prompt = `${subjectLead(ctx.shot)}${fixed ? 'Static shot, locked-off camera.' : promptText(ctx.durationS, description)}`
    const payload: SeedancePayload = {
      model: SEEDANCE_MODEL,
      content: [{ type: 'text', text: prompt }],
      ratio: aspect as SeedancePayload['ratio'],
      duration,
      resolution: '1080p',
      camera_fixed: fixed,
      watermark: false,
    }
    const implied = fixed ? [] : clipSegments(impliedFromDescription(description), duration)
    const warnings: CompileWarning[] = []
    if (Math.abs(duration - ctx.durationS) > 0.05)
      warnings.push({
        message: `Seedance renders whole seconds from 2 to 12: ${duration} s for this ${fmtS(ctx.durationS)} s shot${duration > ctx.durationS ? ', so trim the clip after generating' : ', so the end of the move is cut'}.`,
        fix: { kind: 'trim', toS: duration, label: `Make the shot ${duration} s` },
      })
    return {
      ok: true,
      output: { text: jsonText(payload), payload, implied: { kind: 'segments', segments: implied }, notes: fixed ? [] : describeNotes(ctx, description, implied, { label: 'Seedance' }), warnings },
    }
  },
}
