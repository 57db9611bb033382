/**
 * The named moves a hosted take's payload asks for, read back from the payload as it was sent, each
 * with what the calibration table (compilers/calibration.ts) says it does. The compilers do not keep
 * their picks beside the payload, so the payload is the record; it is read with the compilers' own
 * tables (LUMA_MOVES, HIGGSFIELD_MOVES, KLING_SCALE, COMMAND_NOMINAL, PIXVERSE_MOVES,
 * VEO_CAMERA_CONTROLS), so a corrected calibration row changes what is read here too.
 *
 * Travel (truck, pedestal, dolly) is in subject distances (the table's unit), not metres.
 */
import type { MotionChannels } from '../compilers/analysis/types'
import { KLING_PRESET_MOVES, KLING_SCALE, NOMINAL_MOVE, fromProviderUnits, nominalChannels } from '../compilers/calibration'
import { HIGGSFIELD_MOVES } from '../compilers/higgsfield'
import { directionWords, type NamedMove } from '../compilers/hosted'
import { LUMA_MOVES, type LumaConcept } from '../compilers/luma'
import { COMMAND_NOMINAL, MINIMAX_COMMANDS, type MinimaxCommand } from '../compilers/minimax/commands'
import { PIXVERSE_MOVES } from '../compilers/pixverse'
import { VEO_CAMERA_CONTROLS, type VeoCameraControl } from '../compilers/veo-vertex'

/** How a move's size is given: Kling axis units, a Higgsfield strength, or how many times a fixed-size move is asked for. */
export type AmountKind = 'units' | 'strength' | 'count'

export interface CalibratedMove {
  /** What groups takes in the log: the move without its size ("orbit_left", "config.tilt", "Dolly In", "[Truck left]"). */
  readonly key: string
  /** As sent ("orbit_left", "config.tilt = 5", "Dolly In @ 0.6", "[Truck left]"). */
  readonly label: string
  /** Its size: Kling units (signed), Higgsfield strength, or a count (1 for one fixed-size move). */
  readonly amount: number
  readonly amountKind: AmountKind
  /** What the calibration table says it does over the clip (travel in subject distances; absent channels do not move). */
  readonly channels: Partial<MotionChannels>
}

export type MovesRead = { readonly ok: true; readonly moves: readonly CalibratedMove[] } | { readonly ok: false; readonly reason: string }

/** The targets whose payloads name calibrated moves. */
export const NAMED_MOVE_TARGETS = ['luma', 'higgsfield', 'kling', 'minimax', 'pixverse', 'veo-vertex'] as const

type Rec = Readonly<Record<string, unknown>>
const rec = (v: unknown): Rec | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : undefined)
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

const fixed = (key: string, nominal: string | undefined, label = key): CalibratedMove => ({
  key,
  label,
  amount: 1,
  amountKind: 'count',
  channels: nominal && nominal !== 'shake' && NOMINAL_MOVE[nominal] ? nominalChannels(nominal, 1) : {},
})

/** A direction-free move's sign: -1 when the prompt says the other way, in the compiler's own words. */
const freeSign = (move: NamedMove, prompt: string, written: (direction: string) => string): 1 | -1 => {
  if (!move.free) return 1
  const other = directionWords(move, -1)
  return other && prompt.includes(written(other)) ? -1 : 1
}

const luma = (p: Rec): MovesRead => ({
  ok: true,
  moves: list(p.concepts)
    .map((c) => str(rec(c)?.key))
    .filter((k): k is string => k !== undefined)
    .map((k) => fixed(k, LUMA_MOVES[k as LumaConcept])),
})

const higgsfield = (p: Rec): MovesRead => {
  const prompt = str(p.prompt) ?? ''
  const moves: CalibratedMove[] = []
  for (const m of list(p.motions)) {
    const name = str(rec(m)?.name)
    const strength = rec(m)?.strength
    if (name === undefined || typeof strength !== 'number') return { ok: false, reason: 'its Higgsfield motions are not written by name and strength' }
    const move = HIGGSFIELD_MOVES.find((h) => h.name.toLowerCase() === name.toLowerCase())
    if (!move) {
      moves.push({ key: name, label: `${name} @ ${strength}`, amount: strength, amountKind: 'strength', channels: {} })
      continue
    }
    const sign = freeSign(move, prompt, (d) => `${move.name.toLowerCase()} (${d})`)
    moves.push({ key: move.name, label: `${move.name} @ ${strength}`, amount: strength, amountKind: 'strength', channels: nominalChannels(move.nominal, 1, strength * sign) })
  }
  return { ok: true, moves }
}

const kling = (p: Rec): MovesRead => {
  const control = rec(p.camera_control)
  if (!control) return { ok: true, moves: [] }
  const type = str(control.type)
  if (type && type !== 'simple') {
    const preset = KLING_PRESET_MOVES[type as keyof typeof KLING_PRESET_MOVES]
    return { ok: true, moves: [{ key: `type ${type}`, label: `type ${type}`, amount: 1, amountKind: 'count', channels: preset ? preset.channels : {} }] }
  }
  const config = rec(control.config) ?? {}
  const moves: CalibratedMove[] = []
  for (const row of KLING_SCALE) {
    const axis = row.control.replace('kling.simple.', '')
    const value = config[axis]
    if (typeof value !== 'number' || value === 0) continue
    moves.push({ key: `config.${axis}`, label: `config.${axis} = ${value}`, amount: value, amountKind: 'units', channels: { [row.channel]: fromProviderUnits(row, value, 1) } })
  }
  return { ok: true, moves }
}

/** The bracketed commands after the prompt's last "Camera:" (the subject text before it may hold brackets of its own). */
const minimax = (p: Rec): MovesRead => {
  const prompt = str(p.prompt) ?? ''
  const camera = prompt.slice(Math.max(0, prompt.lastIndexOf('Camera:')))
  const moves: CalibratedMove[] = []
  for (const bracket of camera.matchAll(/\[([^\]]*)\]/g))
    for (const token of bracket[1].split(',')) {
      const command = MINIMAX_COMMANDS.find((c) => c.toLowerCase() === token.trim().toLowerCase()) as MinimaxCommand | undefined
      if (command) moves.push(fixed(`[${command}]`, COMMAND_NOMINAL[command]))
    }
  return { ok: true, moves }
}

const pixverse = (p: Rec): MovesRead => {
  const name = str(p.camera_movement)
  if (!name) return { ok: true, moves: [] }
  const move = PIXVERSE_MOVES.find((m) => m.name === name)
  if (!move) return { ok: true, moves: [fixed(name, undefined)] }
  const sign = freeSign(move, str(p.prompt) ?? '', (d) => `${move.words}, ${d}`)
  return { ok: true, moves: [{ ...fixed(name, undefined), channels: nominalChannels(move.nominal, 1, sign) }] }
}

const veoVertex = (p: Rec): MovesRead => {
  const value = str(rec(list(p.instances)[0])?.cameraControl)
  return { ok: true, moves: value ? [fixed(value, VEO_CAMERA_CONTROLS[value as VeoCameraControl])] : [] }
}

const READERS: Readonly<Record<(typeof NAMED_MOVE_TARGETS)[number], (p: Rec) => MovesRead>> = {
  luma,
  higgsfield,
  kling,
  minimax,
  pixverse,
  'veo-vertex': veoVertex,
}

/** The calibrated moves of a payload (the JSON text a take keeps) compiled for `target`, or why there are none to log. */
export const movesOfPayload = (target: string, payloadText: string): MovesRead => {
  const reader = READERS[target as keyof typeof READERS]
  if (!reader) return { ok: false, reason: `the ${target} target writes its camera move in words or as an exact path, not as calibrated named moves` }
  let payload: unknown
  try {
    payload = JSON.parse(payloadText)
  } catch {
    return { ok: false, reason: 'its payload is not JSON' }
  }
  const p = rec(payload)
  if (!p) return { ok: false, reason: 'its payload is not a JSON object' }
  return reader(p)
}
