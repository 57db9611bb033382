/**
 * Higgsfield DoP (image to video with named camera motions): up to two motions at once (Mix), each
 * with a strength 0..1. Motions are written by name; the server resolves names to the uuids of
 * GET /v1/motions at send time (`resolveHiggsfieldMotions`).
 */
import { HIGGSFIELD_STRENGTH_ONE } from '../calibration'
import { fmtS, jsonText, subjectLead, tooLongError, seconds } from '../hosted'
import { channelNotes, directionWords, impliedOfPicks, pickNamedMoves, type NamedPick } from '../hosted'
import type { CompileTarget, CompileWarning } from '../types'
import { HIGGSFIELD_MOVES, type HiggsfieldMotionName, STATIC_MOVE } from './motions'

export { HIGGSFIELD_MOTION_NAMES, HIGGSFIELD_MOVES } from './motions'
export type { HiggsfieldMotionName } from './motions'

/** DoP clips are about 5 s (no duration field; resellers show 5 s). */
export const HIGGSFIELD_CLIP_S = 5
/** Placeholder for the start frame's URL, replaced by the server after it uploads the frame. */
export const START_FRAME_URL = '<START_FRAME_URL>'

export interface HiggsfieldPayload {
  readonly model: 'dop-turbo'
  readonly prompt: string
  readonly input_images: readonly { readonly type: 'image_url'; readonly image_url: string }[]
  /** By name; `resolveHiggsfieldMotions` turns each into `{ id, strength }` for the API. */
  readonly motions: readonly { readonly name: HiggsfieldMotionName; readonly strength: number }[]
}

/**
 * The request body the API takes: each motion name replaced by its id from GET /v1/motions
 * (names match case-insensitively). Lists the names the account's motion list lacks.
 */
export const resolveHiggsfieldMotions = (
  payload: HiggsfieldPayload,
  motions: readonly { readonly id: string; readonly name: string }[],
): { ok: true; body: Omit<HiggsfieldPayload, 'motions'> & { motions: { id: string; strength: number }[] } } | { ok: false; missing: string[] } => {
  const byName = new Map(motions.map((m) => [m.name.trim().toLowerCase(), m.id]))
  const missing = payload.motions.filter((m) => !byName.has(m.name.toLowerCase())).map((m) => m.name)
  if (missing.length > 0) return { ok: false, missing }
  return { ok: true, body: { ...payload, motions: payload.motions.map((m) => ({ id: byName.get(m.name.toLowerCase()) as string, strength: m.strength })) } }
}

const describePick = (p: NamedPick) => {
  const dir = directionWords(p.move, p.sign)
  return `${p.move.name.toLowerCase()}${dir ? ` (${dir})` : ''}`
}

export const higgsfieldTarget: CompileTarget = {
  id: 'higgsfield',
  label: 'Higgsfield DoP',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'A request body for Higgsfield DoP (POST /v1/image2video/dop): the start frame plus up to two named camera motions with strengths, fitted to the design.',
  constraints: {
    maxDurationS: HIGGSFIELD_CLIP_S,
    maxSimultaneousMoves: 2,
    maxSequentialMoves: 1,
    channels: ['panDeg', 'tiltDeg', 'rollDeg', 'truckM', 'pedestalM', 'dollyM', 'zoomRatio', 'orbitDeg', 'focusRatio', 'subjectSpinDeg', 'shake'],
    models: ['dop-turbo', 'dop-standard', 'dop-lite'],
    needsStartImage: true,
    notes: [
      'motions are written as { name, strength }: the server resolves each name to its uuid from GET /v1/motions (cache it) and sends { id, strength } (resolveHiggsfieldMotions).',
      'At most two motions (Mix); strength 0.1..1 is fitted to the design, strength 1 being the nominal move of calibration.ts.',
      'No duration field: the clip is about 5 s and its motions run over all of it, together, in no order.',
      `input_images[0].image_url is a placeholder (${START_FRAME_URL}) for the start frame the server uploads.`,
      'Whip Pan, 360 Orbit, Bullet Time, Lazy Susan, Dutch Angle and Focus Change have no direction of their own: the prompt gives it.',
      'Robo Arm, 3D Rotation, Snorricam, Double Dolly, Hero Cam, Object POV, Levitation, Incline, Through Object In / Out and YoYo Zoom are offered only to a design that uses our preset of that name (the vocabulary table), at the size of its default clip.',
    ],
  },
  compile: (ctx) => {
    if (ctx.durationS > HIGGSFIELD_CLIP_S + 1e-6) return { ok: false, error: tooLongError(`Higgsfield DoP renders at most ${seconds(HIGGSFIELD_CLIP_S)}`, HIGGSFIELD_CLIP_S, ctx.analysis) }
    const { analysis } = ctx
    const options = { max: 2, strength: true, clipS: HIGGSFIELD_CLIP_S }
    let picks = pickNamedMoves(analysis, HIGGSFIELD_MOVES, options)
    const still = analysis.movingSegments === 0 && analysis.segments.every((s) => s.shake.rotationDeg === 0)
    if (picks.length === 0 && still) picks = [{ move: STATIC_MOVE, strength: 1, sign: 1 }]
    const payload: HiggsfieldPayload = {
      model: 'dop-turbo',
      prompt: `${subjectLead(ctx.shot)}${picks.length > 0 ? `Camera: ${picks.map(describePick).join(', combined with ')}.` : 'Camera: a natural camera move.'}`,
      input_images: [{ type: 'image_url', image_url: START_FRAME_URL }],
      motions: picks.map((p) => ({ name: p.move.name as HiggsfieldMotionName, strength: p.strength })),
    }
    const implied = impliedOfPicks(picks, analysis, options)
    const written = picks.map((p) => `${p.move.name} at ${p.strength}`).join(' + ')
    const notes = channelNotes(analysis, implied, (channel, verdict) =>
      verdict === 'dropped'
        ? channel === 'followM'
          ? 'Higgsfield has no subject-tracking motion'
          : written
            ? `no Higgsfield motion for it fits beside ${written} (two at most)`
            : 'no Higgsfield motion comes near it (motions play together over the whole clip, in no order)'
        : verdict === 'kept'
          ? `written as ${written}`
          : `written as ${written}, the nearest Higgsfield motions (${HIGGSFIELD_STRENGTH_ONE.confidence} scale, over the whole clip)`,
    )
    const warnings: CompileWarning[] = [{ message: `Replace ${START_FRAME_URL} with the shot's start frame: DoP animates an image.` }]
    if (picks.length === 0) warnings.push({ message: 'No Higgsfield motion comes near this move: the model will choose its own camera.' })
    if (ctx.durationS < HIGGSFIELD_CLIP_S - 1e-6)
      warnings.push({
        message: `Higgsfield renders about ${HIGGSFIELD_CLIP_S} s with the motion spread over all of it; this shot is ${fmtS(ctx.durationS)} s, so trim the clip after generating.`,
        fix: { kind: 'note', label: `Trim the generated clip to ${fmtS(ctx.durationS)} s` },
      })
    if (analysis.movingSegments > 1)
      warnings.push({
        message: 'Higgsfield plays its motions together, not one after another: split the shot to keep the order of its moves.',
        fix: { kind: 'split', parts: analysis.movingSegments, label: `Split into ${analysis.movingSegments} chained generations` },
      })
    return { ok: true, output: { text: jsonText(payload), payload, implied: { kind: 'segments', segments: implied }, notes, warnings } }
  },
}
