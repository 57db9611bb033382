/**
 * Both directions of the vocabulary table (src/camera-vocabulary) agree: the names the compilers
 * emit are the table's, each stands for the presets the table says, and compiling the preset a
 * name stands for (with the table's parameters) emits that name again.
 */
import { describe, expect, it } from 'vitest'
import { PRESETS, createClip, presetRegistry } from '../camera-presets'
import { VOCABULARY, isMove, presetsNamed, type MoveMeaning, type ToolId, type VocabularyEntry } from '../camera-vocabulary'
import { addClip, createProject, updateShotSettings, type Project } from '../timeline'
import { compileShot } from '.'
import { HIGGSFIELD_MOVES } from './higgsfield'
import { KLING_PRESETS } from './kling'
import { LUMA_MOVES } from './luma'
import { COMMAND_NOMINAL } from './minimax/commands'
import { PIXVERSE_MOVES } from './pixverse'
import { VEO_CAMERA_CONTROL_VALUES } from './veo-vertex'

type Payload = Record<string, unknown> & {
  motions?: { name: string }[]
  camera_movement?: string
  concepts?: { key: string }[]
  prompt?: string
  instances?: { cameraControl?: string }[]
  camera_control?: { type: string }
}

/** Per tool: its target, the names that target can emit, and whether a payload emits a name. */
const TARGETS: Partial<Record<ToolId, { target: string; offered: readonly string[]; emits: (p: Payload, name: string) => boolean }>> = {
  higgsfield: { target: 'higgsfield', offered: [...HIGGSFIELD_MOVES.map((m) => m.name), 'Static'], emits: (p, n) => !!p.motions?.some((m) => m.name === n) },
  pixverse: { target: 'pixverse', offered: PIXVERSE_MOVES.map((m) => m.name), emits: (p, n) => p.camera_movement === n },
  luma: { target: 'luma', offered: [...Object.keys(LUMA_MOVES), 'static'], emits: (p, n) => !!p.concepts?.some((c) => c.key === n) },
  minimax: { target: 'minimax', offered: Object.keys(COMMAND_NOMINAL), emits: (p, n) => new RegExp(`[[,]${n}[\\],]`).test(p.prompt ?? '') },
  veo: { target: 'veo-vertex', offered: VEO_CAMERA_CONTROL_VALUES, emits: (p, n) => p.instances?.[0]?.cameraControl === n },
  kling: { target: 'kling', offered: KLING_PRESETS, emits: (p, n) => p.camera_control?.type === n },
}

/** Names whose own preset compiles to something else, and why (the compiler's choice scores better). */
const ELSEWHERE: Readonly<Record<string, string>> = {
  'luma:crane_down': "crane-down keeps the subject framed, so it tilts up as it sinks: Luma's tilt_up + pedestal_down comes nearer than crane_down's nominal move",
  'minimax:Tracking shot': 'a tracking preset on a subject that does not move is a still camera: [Static shot]',
  'higgsfield:Jib Up':
    "Higgsfield's Jib Up is compiled as its nominal move, a level pedestal (calibration.ts); our jib-up tilts down 10 degrees as it rises, which Overhead at a low strength matches better",
}

const projectFor = (e: MoveMeaning): Project => {
  const preset = PRESETS.find((p) => p.id === e.preset)
  if (!preset) throw new Error(`no preset ${e.preset}`)
  const durationS = Math.min(5, preset.defaultDurationS)
  const p = addClip(createProject(), 'shot:1', 'shot:1/track:1', createClip(preset, 'shot:1/clip:1', 0, e.params, durationS))
  return updateShotSettings(p, 'shot:1', { durationS })
}

const offeredRows = (): (readonly [string, VocabularyEntry & MoveMeaning])[] =>
  VOCABULARY.filter((e): e is VocabularyEntry & MoveMeaning => isMove(e) && !!TARGETS[e.tool]?.offered.includes(e.name)).map((e) => [`${e.tool}:${e.name}`, e] as const)

describe('the compilers and the vocabulary table agree', () => {
  it('emit only names of the table, each a camera move there', () => {
    for (const [tool, t] of Object.entries(TARGETS)) for (const name of t.offered) expect(presetsNamed(tool as ToolId, name).length, `${tool}: ${name}`).toBeGreaterThan(0)
  })

  it('prefer a name for exactly the presets the table gives it', () => {
    for (const m of HIGGSFIELD_MOVES) expect(m.presets, m.name).toEqual(presetsNamed('higgsfield', m.name))
    for (const m of PIXVERSE_MOVES) expect(m.presets, m.name).toEqual(presetsNamed('pixverse', m.name))
  })

  it.each(offeredRows())('%s: its own preset compiles back to it', (key, e) => {
    const t = TARGETS[e.tool]
    if (!t) throw new Error(key)
    const r = compileShot(t.target, projectFor(e), 0, presetRegistry)
    if (!r.ok) throw new Error(r.error.message)
    expect(t.emits(r.payload as Payload, e.name), `${key}: ${r.text}`).toBe(!ELSEWHERE[key])
  })
})
