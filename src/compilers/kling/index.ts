/**
 * Kling text-to-video with `camera_control` (providers.md section 1): one axis of six (`simple`) or a
 * compound preset, on kling-v1 std, 5 s, 16:9 / 9:16 / 1:1. The move is also written into the prompt,
 * after the shot's subject; its negative prompt goes in `negative_prompt`.
 */
import type { AspectRatio } from '../../core/camera/lens'
import { CHANNEL_LABELS } from '../analysis/types'
import { describeMove } from '../film-language'
import {
  DURATION_TOLERANCE_S,
  aspectError,
  channelNotes,
  focusReason,
  lengthWarning,
  negativeText,
  payloadResult,
  sequenceWarning,
  subjectText,
  tooLongError,
} from '../hosted'
import type { CompileTarget, FidelityNote } from '../types'
import { KLING_AXES, KLING_MAX, type KlingChoice, chooseKling, klingImpliedChannels, klingRow } from './kling'

export { KLING_AXES, KLING_PRESETS, chooseKling, klingImpliedChannels, scoreKlingChoices } from './kling'
export type { KlingAxis, KlingChoice, KlingPreset } from './kling'

const KLING_ASPECTS: AspectRatio[] = ['16:9', '9:16', '1:1']
export const KLING_DURATION_S = 5

const cameraControl = (c: KlingChoice) => {
  if (c.kind === 'none') return undefined
  if (c.kind === 'preset') return { type: c.type }
  const config = Object.fromEntries(KLING_AXES.map((a) => [a, a === c.axis ? c.value : 0]))
  return { type: 'simple', config }
}

const controlName = (c: KlingChoice): string => (c.kind === 'simple' ? `Kling ${c.axis} ${c.value}` : c.kind === 'preset' ? `Kling's ${c.type} preset` : 'no Kling control')

/** Why each channel fared as it did, in Kling's terms. */
const notesFor = (ctx: Parameters<CompileTarget['compile']>[0], choice: KlingChoice, segments: Parameters<typeof channelNotes>[1]): FidelityNote[] => {
  const d = ctx.analysis.total.subjectDistanceM
  return channelNotes(ctx.analysis, segments, (c, verdict, t) => {
    if (choice.kind === 'simple' && c === choice.source) {
      if (choice.substitute) return `Kling has no ${CHANNEL_LABELS[c]} axis, so ${controlName(choice)} stands in`
      if (verdict === 'kept') return `as ${controlName(choice)}`
      if (!choice.clamped && Math.abs(t.impliedNet - t.designedNet) <= 0.15 * Math.abs(t.designedNet)) return `${controlName(choice)} spreads it over the whole clip`
      const row = klingRow(choice.axis)
      const top = Math.abs(row.perUnit * KLING_MAX * (row.unit === 'subject-distance' ? d : 1))
      const unit = row.unit === 'deg' ? 'degrees' : row.unit === 'zoom' ? 'in log zoom' : 'metres'
      return choice.clamped ? `Kling's ${choice.axis} axis stops at ${KLING_MAX} (about ${Math.round(top * 100) / 100} ${unit} in 5 s)` : `rounded to ${controlName(choice)}`
    }
    if (verdict === 'spurious') return choice.kind === 'simple' && choice.substitute ? `to stand in for the ${CHANNEL_LABELS[choice.source]}` : `${controlName(choice)} includes it`
    if (verdict === 'kept') return choice.kind === 'preset' ? `by ${controlName(choice)}` : undefined
    if (c === 'shake') return `Kling's camera control has no shake`
    if (c === 'focusRatio') return focusReason('Kling')
    if (choice.kind === 'preset' && verdict === 'approximated') return `${controlName(choice)} has no strength`
    if (choice.kind === 'simple') return `Kling allows one axis`
    if (choice.kind === 'preset') return `${controlName(choice)} does not include it`
    return 'no Kling axis expresses it'
  }, choice.kind === 'simple' && choice.substitute ? [choice.source] : [])
}

export const klingTarget: CompileTarget = {
  id: 'kling',
  label: 'Kling camera control',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'Request body for POST https://api-singapore.klingai.com/v1/videos/text2video with camera_control: one axis of six (simple) or a compound preset, on kling-v1 std, 5 s. The move is also written into the prompt.',
  constraints: {
    durationsS: [KLING_DURATION_S],
    aspects: KLING_ASPECTS,
    maxSimultaneousMoves: 1,
    maxSequentialMoves: 1,
    channels: ['truckM', 'pedestalM', 'tiltDeg', 'panDeg', 'rollDeg', 'zoomRatio'],
    models: ['kling-v1 (std, text to video)', 'kling-v1-5 (pro, image to video, simple only)'],
    needsStartImage: false,
    notes: [
      'simple: exactly one of horizontal, vertical, pan, tilt, roll, zoom non-zero, each -10..10.',
      "Kling's pan axis is a film tilt and its tilt axis a film pan; zoom + widens the lens.",
      'Compound presets (no strength): down_back, forward_up, right_turn_forward, left_turn_forward.',
      'No orbit or forward axis: orbits stand in as a truck, push-ins as a zoom or forward preset.',
      'Camera control exists only on kling-v1 / kling-v1-5 and only for 5 s clips.',
    ],
  },
  compile: (ctx) => {
    const d = ctx.durationS
    if (d > KLING_DURATION_S + DURATION_TOLERANCE_S) return { ok: false, error: tooLongError('Kling camera control needs a 5 s shot', KLING_DURATION_S, ctx.analysis) }
    if (!KLING_ASPECTS.includes(ctx.shot.aspect)) return { ok: false, error: aspectError('Kling', ctx.shot.aspect, KLING_ASPECTS) }
    const { choice, segments } = chooseKling(ctx)
    const implied = klingImpliedChannels(choice, ctx.analysis.total.subjectDistanceM)
    const move = describeMove(implied, ctx.analysis.total.subjectDistanceM, ctx.analysis.total.speed)
    const control = cameraControl(choice)
    const negative = negativeText(ctx.shot)
    const payload = {
      model_name: 'kling-v1',
      mode: 'std',
      prompt: `${subjectText(ctx.shot)} Camera: ${move}.`,
      ...(negative ? { negative_prompt: negative } : {}),
      aspect_ratio: ctx.shot.aspect,
      duration: String(KLING_DURATION_S),
      ...(control ? { camera_control: control } : {}),
    }
    return payloadResult(payload, segments, notesFor(ctx, choice, segments), [lengthWarning('Kling', KLING_DURATION_S, d), sequenceWarning(ctx.analysis, 'Kling camera control')])
  },
}
