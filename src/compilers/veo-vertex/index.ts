/**
 * Veo 2 image-to-video on Vertex AI (`veo-2.0-generate-exp:predictLongRunning`) with
 * `instances[0].cameraControl` (providers.md section 4): one named move per request, no strength,
 * a start image, 5-8 s, 16:9 or 9:16. The move is chosen by the fidelity it implies (NOMINAL_MOVE).
 */
import type { AspectRatio } from '../../core/camera/lens'
import { VEO_NAMES, type VeoName } from '../../camera-vocabulary'
import { CHANNEL_LABELS, type MotionChannels } from '../analysis/types'
import { nominalChannels } from '../calibration'
import { compareSegments, normalizedChannel } from '../fidelity'
import { describeMove } from '../film-language'
import {
  DURATION_TOLERANCE_S,
  negativeText,
  subjectText,
  aspectError,
  channelNotes,
  focusReason,
  impliedSpan,
  lengthWarning,
  payloadResult,
  roundTo,
  sequenceWarning,
  startFrameWarning,
  tooLongError,
} from '../hosted'
import type { CompileContext, CompileTarget, ImpliedSegment } from '../types'

/** The documented values (lower case, the vocabulary table's list), each with the nominal move it is taken to make. */
export const VEO_CAMERA_CONTROLS: Readonly<Record<VeoName, string>> = {
  fixed: 'static',
  pan_left: 'pan-left',
  pan_right: 'pan-right',
  tilt_up: 'tilt-up',
  tilt_down: 'tilt-down',
  truck_left: 'truck-left',
  truck_right: 'truck-right',
  pedestal_up: 'pedestal-up',
  pedestal_down: 'pedestal-down',
  push_in: 'push-in',
  pull_out: 'pull-out',
}
export type VeoCameraControl = VeoName
export const VEO_CAMERA_CONTROL_VALUES: readonly VeoCameraControl[] = VEO_NAMES

export const VEO_VERTEX_MODEL = 'veo-2.0-generate-exp'
const VEO2_MIN_S = 5
const VEO2_MAX_S = 8
const VEO_ASPECTS: AspectRatio[] = ['16:9', '9:16']
export const START_FRAME_PLACEHOLDER = { bytesBase64Encoded: '<START_FRAME_BASE64>', mimeType: 'image/png' }

const impliedOf = (ctx: CompileContext, value: VeoCameraControl): ImpliedSegment[] => [
  impliedSpan(0, ctx.durationS, nominalChannels(VEO_CAMERA_CONTROLS[value], ctx.analysis.total.subjectDistanceM)),
]

/**
 * The design with its channels Veo has no value for turned into the closest it has: an orbit into
 * the truck the same way (the camera travels around the subject), a zoom into a push or pull.
 */
const standIns = (c: MotionChannels, d: number): Partial<MotionChannels> => ({
  ...c,
  truckM: c.truckM - Math.sign(c.orbitDeg) * d * Math.sin((Math.min(Math.abs(c.orbitDeg), 90) * Math.PI) / 180),
  dollyM: c.dollyM + d * (1 - 1 / Math.max(0.1, c.zoomRatio)),
})

/** The value whose nominal move scores best; when none beats `fixed`, the one most like the design's stand-ins. */
export const chooseCameraControl = (ctx: CompileContext): { value: VeoCameraControl; standIn: boolean } => {
  const score = (v: VeoCameraControl) => compareSegments('veo-vertex', ctx.analysis, impliedOf(ctx, v), []).score
  const scores = VEO_CAMERA_CONTROL_VALUES.map((value) => ({ value, score: score(value) }))
  const fixed = scores[0]
  const best = scores.reduce((a, b) => (b.score > a.score + 1e-9 ? b : a))
  const moving = ctx.analysis.total.channels
  const still = Object.keys(moving).every((k) => Math.abs(normalizedChannel(k as keyof MotionChannels, moving[k as keyof MotionChannels], ctx.analysis.total.subjectDistanceM)) < 0.1)
  if (best.score > fixed.score + 1e-9 || still) return { value: best.value, standIn: false }
  const d = ctx.analysis.total.subjectDistanceM
  const target = standIns(moving, d)
  let pick: { value: VeoCameraControl; dot: number } = { value: 'fixed', dot: 0 }
  for (const value of VEO_CAMERA_CONTROL_VALUES) {
    const nominal = nominalChannels(VEO_CAMERA_CONTROLS[value], d)
    let dot = 0
    for (const [k, v] of Object.entries(nominal) as [keyof MotionChannels, number][]) dot += normalizedChannel(k, v, d) * normalizedChannel(k, target[k] ?? 0, d)
    if (dot > pick.dot + 1e-9) pick = { value, dot }
  }
  return { value: pick.value, standIn: pick.value !== 'fixed' }
}

export const veoVertexTarget: CompileTarget = {
  id: 'veo-vertex',
  label: 'Google Veo 2 (Vertex AI, cameraControl)',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description: `Request body for POST https://{LOCATION}-aiplatform.googleapis.com/v1/projects/{PROJECT}/locations/{LOCATION}/publishers/google/models/${VEO_VERTEX_MODEL}:predictLongRunning: a start image and one named camera move (cameraControl).`,
  constraints: {
    minDurationS: VEO2_MIN_S,
    maxDurationS: VEO2_MAX_S,
    aspects: VEO_ASPECTS,
    fps: 24,
    maxSimultaneousMoves: 1,
    maxSequentialMoves: 1,
    channels: ['panDeg', 'tiltDeg', 'truckM', 'pedestalM', 'dollyM'],
    models: [VEO_VERTEX_MODEL],
    needsStartImage: true,
    notes: [
      `cameraControl: one of ${VEO_CAMERA_CONTROL_VALUES.join(', ')}; no strength (magnitudes nominal, calibration.ts).`,
      'Image to video only: instances[0].image is the start frame.',
      'Experimental: documented in the Vertex schema, most likely honoured by veo-2.0-generate-exp only.',
      'durationSeconds 5-8 (whole seconds), 720p, 24 fps; the model is named in the URL.',
    ],
  },
  compile: (ctx) => {
    const d = ctx.durationS
    if (d > VEO2_MAX_S + DURATION_TOLERANCE_S) return { ok: false, error: tooLongError('Veo 2 makes clips of at most 8 s', VEO2_MAX_S, ctx.analysis) }
    if (!VEO_ASPECTS.includes(ctx.shot.aspect)) return { ok: false, error: aspectError('Veo', ctx.shot.aspect, VEO_ASPECTS) }
    const outS = Math.min(VEO2_MAX_S, Math.max(VEO2_MIN_S, roundTo(d, 1)))
    const { value, standIn } = chooseCameraControl(ctx)
    const segments = impliedOf(ctx, value)
    const sd = ctx.analysis.total.subjectDistanceM
    const move = describeMove(nominalChannels(VEO_CAMERA_CONTROLS[value], sd), sd)
    const negative = negativeText(ctx.shot)
    const payload = {
      instances: [{ prompt: `${subjectText(ctx.shot)} Camera: ${move}.`, image: { ...START_FRAME_PLACEHOLDER }, cameraControl: value }],
      parameters: { durationSeconds: outS, aspectRatio: ctx.shot.aspect, sampleCount: 1, ...(negative ? { negativePrompt: negative } : {}) },
    }
    const nominal = Object.keys(nominalChannels(VEO_CAMERA_CONTROLS[value], sd))
    const notes = channelNotes(ctx.analysis, segments, (c, verdict) => {
      if (c === 'focusRatio' && verdict !== 'kept') return focusReason('Veo')
      const mine = nominal.includes(c)
      if (verdict === 'kept') return mine ? `as cameraControl ${value}` : undefined
      if (verdict === 'spurious') return standIn ? `${value} stands in for what Veo has no value for` : `${value} includes it`
      if (mine) return `Veo's ${value} has no strength (taken at its nominal size over the whole clip)`
      if (standIn && (c === 'orbitDeg' || c === 'zoomRatio')) return `Veo has no ${CHANNEL_LABELS[c]} value, so ${value} stands in`
      return c === 'shake' ? 'Veo has no handheld value' : 'Veo takes one named move per request'
    }, standIn ? ['orbitDeg', 'zoomRatio'] : [])
    const warnings = [
      startFrameWarning(`Veo 2 (${VEO_VERTEX_MODEL})`),
      d < VEO2_MIN_S - DURATION_TOLERANCE_S ? lengthWarning('Veo 2', outS, d) : undefined,
      Math.abs(outS - d) > DURATION_TOLERANCE_S && d >= VEO2_MIN_S - DURATION_TOLERANCE_S
        ? {
            message: `Veo takes whole seconds: this ${roundTo(d, 0.01)} s shot is sent as ${outS} s; ${outS < d ? 'trim' : 'lengthen'} the shot to ${outS} s for an exact match.`,
            fix: outS < d ? { kind: 'trim' as const, toS: outS, label: `Trim the shot to ${outS} s` } : { kind: 'note' as const, label: `Lengthen the shot to ${outS} s` },
          }
        : undefined,
      sequenceWarning(ctx.analysis, 'Veo cameraControl'),
    ]
    return payloadResult(payload, segments, notes, warnings)
  },
}
