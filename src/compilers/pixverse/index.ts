/**
 * PixVerse v4.5: one `camera_movement` value from its documented enum (providers.md section 8a),
 * the nearest to the design, plus a prompt that names it (and its direction where the value has none).
 */
import type { AspectRatio } from '../../core/camera/lens'
import { PIXVERSE_NAMES, type PixverseName, presetsNamed } from '../../camera-vocabulary'
import { fmtS, jsonText, nearestDuration, negativeText, subjectLead, tooLongError, seconds, aspectError } from '../hosted'
import { type NamedMove, channelNotes, directionWords, impliedOfPicks, pickNamedMoves, snapsOn, usesPreset } from '../hosted'
import type { CompileTarget, CompileWarning } from '../types'

/** Every documented camera_movement value (v4 / v4.5): the vocabulary table's list. */
export const PIXVERSE_CAMERA_MOVEMENTS = PIXVERSE_NAMES
export type PixverseCameraMovement = PixverseName

export const PIXVERSE_ASPECTS = ['16:9', '9:16', '1:1', '4:3', '3:4'] as const
export const PIXVERSE_DURATIONS = [5, 8] as const

interface PixverseMove extends NamedMove {
  readonly name: PixverseCameraMovement
  /** Film words for the prompt. */
  readonly words: string
}

/**
 * The values we send, with what each is taken to do. Zoom values are focal-length zooms;
 * camera_rotation is taken as an orbit (direction from the prompt); robo_arm only for a design that
 * uses the robo-arm preset; left_follow, right_follow, smooth_zoom_in, fix_bg and auto_camera are not
 * sent (undocumented motion).
 */
/** A value, with the presets it stands for from the vocabulary table. */
const movement = (name: PixverseCameraMovement, move: Omit<PixverseMove, 'name' | 'presets'>): PixverseMove => ({ name, ...move, presets: presetsNamed('pixverse', name) })

export const PIXVERSE_MOVES: readonly PixverseMove[] = [
  movement('pan_left', { nominal: 'pan-left', words: 'pan left' }),
  movement('pan_right', { nominal: 'pan-right', words: 'pan right' }),
  movement('horizontal_left', { nominal: 'truck-left', words: 'truck left' }),
  movement('horizontal_right', { nominal: 'truck-right', words: 'truck right' }),
  movement('vertical_up', { nominal: 'pedestal-up', words: 'pedestal up' }),
  movement('vertical_down', { nominal: 'pedestal-down', words: 'pedestal down' }),
  movement('zoom_in', { nominal: 'zoom-in', words: 'zoom in' }),
  movement('zoom_out', { nominal: 'zoom-out', words: 'zoom out' }),
  movement('crane_up', { nominal: 'crane-up', words: 'crane up' }),
  movement('quickly_zoom_in', { nominal: 'crash-zoom-in', words: 'crash zoom in', when: snapsOn('zoomRatio', 'crash-zoom-in') }),
  movement('quickly_zoom_out', { nominal: 'crash-zoom-out', words: 'crash zoom out', when: snapsOn('zoomRatio', 'crash-zoom-out') }),
  movement('super_dolly_out', { nominal: 'super-dolly-out', words: 'fast dolly out' }),
  movement('camera_rotation', { nominal: 'orbit-left', free: 'orbitDeg', words: 'orbit around the subject' }),
  movement('whip_pan', { nominal: 'whip-pan', free: 'panDeg', words: 'whip pan', when: snapsOn('panDeg', 'whip-pan') }),
  movement('hitchcock', { nominal: 'dolly-zoom', free: 'dollyM', words: 'dolly zoom' }),
  // its motion is undocumented: sent only for a design that uses our robo-arm preset (the vocabulary table's reading)
  movement('robo_arm', { nominal: 'robo-arm', words: 'robotic arm move, a fast precise arc that settles', when: usesPreset(...presetsNamed('pixverse', 'robo_arm')) }),
]

export interface PixversePayload {
  readonly model: 'v4.5'
  readonly prompt: string
  readonly negative_prompt?: string
  readonly camera_movement?: PixverseCameraMovement
  readonly duration: 5 | 8
  readonly aspect_ratio: (typeof PIXVERSE_ASPECTS)[number]
  readonly quality: '720p'
  readonly motion_mode: 'normal'
}

export const pixverseTarget: CompileTarget = {
  id: 'pixverse',
  label: 'PixVerse v4.5',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'A request body for PixVerse text to video (POST /openapi/v2/video/text/generate): the nearest single camera_movement value and a prompt that names it.',
  constraints: {
    durationsS: [...PIXVERSE_DURATIONS],
    maxDurationS: 8,
    aspects: ['16:9', '9:16', '1:1', '4:3'] satisfies AspectRatio[],
    maxSimultaneousMoves: 1,
    maxSequentialMoves: 1,
    channels: ['panDeg', 'pedestalM', 'truckM', 'dollyM', 'zoomRatio', 'orbitDeg', 'tiltDeg'],
    models: ['v4.5', 'v4'],
    notes: [
      'camera_movement takes one value of its enum (v4 / v4.5 only), for the whole clip; it cannot be combined with template_id.',
      'Sent: pan_left/right, horizontal_left/right (truck), vertical_up/down (pedestal), zoom_in/out and quickly_zoom_in/out (focal length), crane_up, super_dolly_out, camera_rotation (orbit), whip_pan, hitchcock (dolly zoom).',
      'robo_arm only for a design that uses the robo-arm preset. Not sent (motion undocumented): left_follow, right_follow, smooth_zoom_in, fix_bg, auto_camera. A static shot sends no camera_movement.',
      'duration 5 or 8 s (the nearest); quality 720p (1080p cannot do 8 s); image to video needs an img_id from /openapi/v2/image/upload.',
    ],
  },
  compile: (ctx) => {
    if (ctx.durationS > 8 + 1e-6) return { ok: false, error: tooLongError(`PixVerse renders at most ${seconds(8)}`, 8, ctx.analysis) }
    const aspect = ctx.shot.aspect
    if (!(PIXVERSE_ASPECTS as readonly string[]).includes(aspect)) return { ok: false, error: aspectError('PixVerse', aspect, PIXVERSE_ASPECTS) }
    const { analysis } = ctx
    const duration = nearestDuration(ctx.durationS, PIXVERSE_DURATIONS) as 5 | 8
    const options = { max: 1, strength: false, clipS: duration }
    const [pick] = pickNamedMoves(analysis, PIXVERSE_MOVES, options)
    const move = pick?.move as PixverseMove | undefined
    const direction = pick && move ? directionWords(move, pick.sign) : ''
    const still = analysis.movingSegments === 0 && analysis.segments.every((s) => s.shake.rotationDeg === 0)
    const camera = move ? `${move.words}${direction ? `, ${direction}` : ''}` : still ? 'static camera, locked-off shot' : 'a natural camera move'
    const negative = negativeText(ctx.shot)
    const payload: PixversePayload = {
      model: 'v4.5',
      prompt: `${subjectLead(ctx.shot)}Camera: ${camera}.`,
      ...(negative ? { negative_prompt: negative } : {}),
      ...(move ? { camera_movement: move.name } : {}),
      duration,
      aspect_ratio: aspect as PixversePayload['aspect_ratio'],
      quality: '720p',
      motion_mode: 'normal',
    }
    const implied = impliedOfPicks(pick ? [pick] : [], analysis, options)
    const notes = channelNotes(analysis, implied, (_channel, verdict) =>
      verdict === 'dropped'
        ? move
          ? `PixVerse takes one camera_movement and the nearest is ${move.name}`
          : 'no PixVerse camera_movement comes near it'
        : `written as camera_movement ${move?.name}${verdict === 'approximated' ? ', one fixed size over the whole clip' : ''}`,
    )
    const warnings: CompileWarning[] = []
    if (Math.abs(duration - ctx.durationS) > 0.05)
      warnings.push({
        message: `PixVerse renders ${duration} s and this shot is ${fmtS(ctx.durationS)} s; the camera_movement spreads over the whole clip.`,
        fix: { kind: 'trim', toS: duration, label: `Make the shot ${duration} s` },
      })
    if (analysis.movingSegments > 1 || analysis.maxSimultaneous > 1)
      warnings.push({
        message: 'PixVerse takes one camera move per clip: split the shot to send its moves one at a time.',
        fix: { kind: 'split', parts: Math.max(2, analysis.movingSegments), label: `Split into ${Math.max(2, analysis.movingSegments)} chained generations` },
      })
    return { ok: true, output: { text: jsonText(payload), payload, implied: { kind: 'segments', segments: implied }, notes, warnings } }
  },
}
