/**
 * Luma Dream Machine Ray 2 (`POST /dream-machine/v1/generations/video`) with camera `concepts`
 * (providers.md section 3): named moves without strength, combinable (up to 4 here, as the ComfyUI
 * node offers), chosen greedily by the fidelity they imply; their magnitudes come from NOMINAL_MOVE.
 */
import type { AspectRatio } from '../../core/camera/lens'
import { LUMA_NAMES, type LumaName, presetsNamed } from '../../camera-vocabulary'
import type { Seconds } from '../../core/units'
import type { MotionAnalysis, MotionChannels } from '../analysis/types'
import { nominalChannels } from '../calibration'
import { compareSegments } from '../fidelity'
import {
  subjectText,
  channelNotes,
  designedMagnitude,
  focusReason,
  lengthWarning,
  namedMovesSpans,
  nearestDuration,
  payloadResult,
  sequenceWarning,
  usesPreset,
} from '../hosted'
import type { Channel, CompileContext, CompileTarget, ImpliedSegment } from '../types'

/** Every concept key Luma documents (the live list is served by GET /generations/concepts/list): the vocabulary table's list. */
export const LUMA_CONCEPTS = LUMA_NAMES
export type LumaConcept = LumaName

/** The concepts we emit, with the nominal move (calibration.ts) each is taken to make; 'shake' = NOMINAL_SHAKE. */
export const LUMA_MOVES: Readonly<Partial<Record<LumaConcept, string>>> = {
  pan_left: 'pan-left', pan_right: 'pan-right', tilt_up: 'tilt-up', tilt_down: 'tilt-down',
  truck_left: 'truck-left', truck_right: 'truck-right', pedestal_up: 'pedestal-up', pedestal_down: 'pedestal-down',
  push_in: 'push-in', pull_out: 'pull-out', zoom_in: 'zoom-in', zoom_out: 'zoom-out', dolly_zoom: 'dolly-zoom',
  orbit_left: 'orbit-left', orbit_right: 'orbit-right', crane_up: 'crane-up', crane_down: 'crane-down',
  roll_left: 'roll-left', roll_right: 'roll-right', handheld: 'shake',
  // an estimate: Luma's drone concept taken as our nominal aerial reveal (rise, pull back, tilt down)
  aerial_drone: 'aerial-reveal',
  // Luma's Bolt motion-control arm, read as our robo-arm (the vocabulary table): only for a design that uses it
  bolt_cam: 'robo-arm',
}

/** Concepts offered only when this holds for the design (their motion is our reading, not documented). */
const OFFERED_WHEN: Readonly<Partial<Record<LumaConcept, (analysis: MotionAnalysis) => boolean>>> = {
  bolt_cam: usesPreset(...presetsNamed('luma', 'bolt_cam')),
}

export const LUMA_MAX_CONCEPTS = 4
export const LUMA_ASPECTS: AspectRatio[] = ['16:9', '9:16', '1:1', '4:3', '21:9']
const LUMA_SECONDS = [5, 9] as const
/** The smallest score gain that earns a concept its place. */
const MIN_GAIN = 0.02

const conceptChannels = (key: LumaConcept, d: number): Partial<MotionChannels> => {
  const move = LUMA_MOVES[key]
  return !move || move === 'shake' ? {} : nominalChannels(move, d)
}

/** The channels a concept touches (a concept adds only what no chosen concept already moves). */
const touches = (key: LumaConcept): string[] => (LUMA_MOVES[key] === 'shake' ? ['shake'] : Object.keys(conceptChannels(key, 1)))

/** What a set of concepts implies: all at once, over the whole clip (bolt_cam: its arc, then its hold). */
export const lumaImplied = (ctx: CompileContext, keys: readonly LumaConcept[]): ImpliedSegment[] => {
  const d = ctx.analysis.total.subjectDistanceM
  const moves = keys.map((k) => ({ nominal: LUMA_MOVES[k] ?? 'static', channels: conceptChannels(k, d) }))
  return namedMovesSpans(0, ctx.durationS, moves, { shake: keys.includes('handheld') ? 1 : 0 })
}

/**
 * The concepts whose nominal moves, all at once, come closest to the design: every combination of up
 * to three concepts that move different channels, each extra concept having to earn MIN_GAIN, then a
 * fourth added if it earns its place too.
 */
export const chooseConcepts = (ctx: CompileContext): LumaConcept[] => {
  const score = (keys: readonly LumaConcept[]) => compareSegments('luma', ctx.analysis, lumaImplied(ctx, keys), []).score
  const none = score([])
  // concepts move disjoint channels, so the error is close to additive: one that does not help on its
  // own will not help in a combination either (this keeps the search small on long shots)
  const offered = (k: LumaConcept) => OFFERED_WHEN[k]?.(ctx.analysis) ?? true
  const pool = (Object.keys(LUMA_MOVES) as LumaConcept[]).filter((k) => k !== 'static' && offered(k) && score([k]) > none)
  let best: { keys: LumaConcept[]; value: number; score: number } = { keys: [], value: none, score: none }
  const visit = (keys: LumaConcept[], from: number, used: Set<string>) => {
    for (let i = from; i < pool.length; i++) {
      const t = touches(pool[i])
      if (t.some((c) => used.has(c))) continue
      const next = [...keys, pool[i]]
      const s = score(next)
      const value = s - MIN_GAIN * next.length
      if (value > best.value + 1e-12) best = { keys: next, value, score: s }
      if (next.length < LUMA_MAX_CONCEPTS - 1) visit(next, i + 1, new Set([...used, ...t]))
    }
  }
  visit([], 0, new Set())
  const chosen = best.keys
  const used = new Set(chosen.flatMap(touches))
  let fourth: { key: LumaConcept; score: number } | undefined
  for (const key of pool) {
    if (chosen.length !== LUMA_MAX_CONCEPTS - 1 || chosen.includes(key) || touches(key).some((c) => used.has(c))) continue
    const s = score([...chosen, key])
    if (s >= best.score + MIN_GAIN && (!fourth || s > fourth.score + 1e-12)) fourth = { key, score: s }
  }
  if (fourth) chosen.push(fourth.key)
  if (chosen.length === 0 && designedMagnitude(ctx.analysis) < 0.1) return ['static']
  return chosen
}

const words = (key: string) => key.replace(/_/g, ' ')

export const lumaTarget: CompileTarget = {
  id: 'luma',
  label: 'Luma Ray 2 (concepts)',
  kind: 'payload',
  fileExtension: 'json',
  mediaType: 'application/json',
  exact: false,
  description:
    'Request body for POST https://api.lumalabs.ai/dream-machine/v1/generations/video with camera concepts: named moves without strength, up to four at once, for the whole clip.',
  constraints: {
    durationsS: LUMA_SECONDS,
    aspects: LUMA_ASPECTS,
    maxSimultaneousMoves: LUMA_MAX_CONCEPTS,
    maxSequentialMoves: 1,
    channels: ['panDeg', 'tiltDeg', 'rollDeg', 'truckM', 'pedestalM', 'dollyM', 'zoomRatio', 'orbitDeg', 'shake'],
    models: ['ray-2', 'ray-flash-2'],
    needsStartImage: false,
    notes: [
      'concepts: keys from the documented list only (fetch GET /generations/concepts/list for the live one).',
      'Up to 4 concepts at once (the ComfyUI node offers 4; the API documents no limit); no strength, no timing.',
      'Magnitudes are nominal (calibration.ts NOMINAL_MOVE): an orbit_left is taken as about 45 degrees.',
      'bolt_cam is sent only for a design that uses the robo-arm preset (the vocabulary table reads it as that move).',
      'duration "5s" or "9s"; resolution 540p, 720p, 1080p or 4k.',
    ],
  },
  compile: (ctx) => {
    const d: Seconds = ctx.durationS
    const outS = nearestDuration(d, LUMA_SECONDS)
    const keys = chooseConcepts(ctx)
    const segments = lumaImplied(ctx, keys)
    const camera = keys.length > 0 ? ` Camera: ${keys.map(words).join(', ')}.` : ''
    const payload = {
      model: 'ray-2',
      prompt: `${subjectText(ctx.shot)}${camera}`,
      aspect_ratio: ctx.shot.aspect,
      resolution: '720p',
      duration: `${outS}s`,
      ...(keys.length > 0 ? { concepts: keys.map((key) => ({ key })) } : {}),
    }
    const from = (c: Channel) => keys.find((k) => touches(k).includes(c))
    const notes = channelNotes(ctx.analysis, segments, (c, verdict) => {
      const key = from(c)
      if (c === 'focusRatio' && verdict !== 'kept') return focusReason('Luma')
      if (verdict === 'kept') return key ? `as ${key}` : undefined
      if (verdict === 'spurious') return key ? `${key} includes it` : undefined
      if (key) return `Luma's ${key} has no strength or timing (taken at its nominal size over the whole clip)`
      if (c === 'shake') return 'no concept closer than leaving handheld out'
      return 'no Luma concept brings it closer'
    })
    const none = keys.length === 0 ? { message: 'No Luma camera concept comes close to this move, so none is sent: the model will choose its own camera motion.' } : undefined
    return payloadResult(payload, segments, notes, [none, lengthWarning('Luma', outS, d), sequenceWarning(ctx.analysis, 'Luma')])
  },
}
