import { describe, expect, it } from 'vitest'
import { PRESETS } from '../camera-presets'
import { checkParamValue } from '../timeline/params'
import {
  HIGGSFIELD_CINEMA_NAMES,
  HIGGSFIELD_NAMES,
  KLING_NAMES,
  LUMA_NAMES,
  MINIMAX_NAMES,
  PIXVERSE_NAMES,
  RUNWAY_NAMES,
  SEEDANCE_NAMES,
  VEO_NAMES,
  WAN_NAMES,
} from './names'
import { matchNames, namesForPreset, normalizeName, notAMoveLines, presetHits, presetsNamed } from './lookup'
import { TOOLS, spelled } from './tools'
import { TOOL_IDS, VOCABULARY } from './table'
import { type ToolId, isMove } from './types'

const presetById = new Map(PRESETS.map((p) => [p.id, p]))

const NAMES: Readonly<Record<ToolId, readonly string[]>> = {
  higgsfield: HIGGSFIELD_NAMES,
  'higgsfield-cinema': HIGGSFIELD_CINEMA_NAMES,
  luma: LUMA_NAMES,
  pixverse: PIXVERSE_NAMES,
  minimax: MINIMAX_NAMES,
  kling: KLING_NAMES,
  veo: VEO_NAMES,
  wan: WAN_NAMES,
  runway: RUNWAY_NAMES,
  seedance: SEEDANCE_NAMES,
}

describe('the vocabulary table', () => {
  it('has one row for every name of every tool, and nothing else', () => {
    for (const tool of TOOL_IDS) expect(VOCABULARY.filter((e) => e.tool === tool).map((e) => e.name).sort(), tool).toEqual([...NAMES[tool]].sort())
    expect(Object.keys(TOOLS).sort()).toEqual([...TOOL_IDS].sort())
    // the anchors the issue names, at least: ~65 Higgsfield motions, Luma's 34 concepts, MiniMax's 15 commands
    expect(HIGGSFIELD_NAMES.length).toBeGreaterThanOrEqual(65)
    expect(LUMA_NAMES).toHaveLength(34)
    expect(MINIMAX_NAMES).toHaveLength(15)
  })

  it.each(VOCABULARY.map((e) => [`${TOOLS[e.tool].label}: ${e.name}`, e] as const))('%s resolves', (_label, e) => {
    if (!isMove(e)) {
      expect(['look', 'time', 'transition', 'action', 'framing', 'auto']).toContain(e.not)
      expect(e.note.length).toBeGreaterThan(5)
      return
    }
    const preset = presetById.get(e.preset)
    expect(preset, `no preset '${e.preset}'`).toBeDefined()
    for (const [name, value] of Object.entries(e.params ?? {})) {
      const spec = preset?.params.find((p) => p.name === name)
      expect(spec, `${e.preset} has no parameter '${name}'`).toBeDefined()
      if (spec) expect(checkParamValue(spec, value)).toBeUndefined()
    }
    for (const id of e.also ?? []) expect(presetById.get(id), `no preset '${id}' (also)`).toBeDefined()
    expect(e.also ?? [], 'its own preset is not repeated in also').not.toContain(e.preset)
  })

  it('has no two rows of one tool that spell the same name differently and disagree', () => {
    const seen = new Map<string, (typeof VOCABULARY)[number]>()
    for (const e of VOCABULARY) {
      const key = `${e.tool}:${normalizeName(e.name)}`
      const before = seen.get(key)
      if (before) expect({ ...e, name: '', note: '' }, `${key}: ${before.name} and ${e.name}`).toEqual({ ...before, name: '', note: '' })
      seen.set(key, e)
    }
  })

  it('has names that search can type (letters or digits in each)', () => {
    for (const e of VOCABULARY) expect(normalizeName(e.name), e.name).not.toBe('')
  })

  it('gives every camera preset a name some tool uses', () => {
    expect(PRESETS.filter((p) => !TOOL_IDS.some((t) => namesForPreset(t, p.id).length > 0)).map((p) => p.id)).toEqual([])
  })
})

describe('finding presets by rival names', () => {
  const found = (text: string) => [...presetHits(matchNames(text)).keys()]
  const line = (text: string, id: string) => presetHits(matchNames(text)).get(id)?.map((h) => `${TOOLS[h.entry.tool].label}: ${spelled(h.entry.tool, h.entry.name)}`)

  it('ignores case and punctuation', () => {
    for (const text of ['bolt_cam', 'Bolt cam', 'BOLT-CAM', ' [bolt cam] ']) expect(found(text), text).toEqual(['robo-arm'])
    expect(line('bolt cam', 'robo-arm')).toEqual(['Luma: bolt_cam'])
  })
  it('finds Robo Arm by Higgsfield and PixVerse names', () => {
    expect(found('Robo Arm')).toEqual(['robo-arm'])
    expect(line('robo arm', 'robo-arm')).toEqual(['Higgsfield: Robo Arm', 'PixVerse: robo_arm'])
  })
  it('spells MiniMax commands in brackets', () => {
    expect(found('[Truck left]')).toContain('truck-left')
    expect(line('[Truck left]', 'truck-left')).toContain('MiniMax: [Truck left]')
  })
  it('keeps the tools apart where one name means two moves', () => {
    // Wan's "Pan Left" is a truck; everyone else's a pan
    expect(line('Pan Left', 'truck-left')).toEqual(['Wan: Pan Left'])
    expect(line('Pan Left', 'pan-left')).toEqual(expect.arrayContaining(['Higgsfield: Pan Left', 'MiniMax: [Pan left]', 'Luma: pan_left']))
    expect(line('Pan Left', 'pan-left')).not.toContain('Wan: Pan Left')
    // Kling's pan axis is a film tilt
    expect(found('pan')).toContain('tilt-up')
  })
  it('finds the compilers’ named moves by their exact values', () => {
    expect(found('camera_rotation')[0]).toBe('orbit-left')
    expect(found('hitchcock')[0]).toBe('dolly-zoom-in')
    expect(found('down_back')[0]).toBe('pull-out')
    expect(presetsNamed('higgsfield', 'Dolly In')).toEqual(['dolly-in', 'push-in'])
    expect(presetsNamed('higgsfield', 'Fisheye')).toEqual([])
  })
  it('says a look or a time effect is not a camera move', () => {
    expect(found('Fisheye')).toEqual([])
    expect(notAMoveLines(matchNames('fisheye'))).toEqual(['Fisheye (Higgsfield) is a look, not a camera move: an ultra-wide, barrel-distorted lens look.'])
    expect(notAMoveLines(matchNames('Hyperlapse'))).toEqual(['Hyperlapse (Higgsfield) is a time effect, not a camera move: time sped up while the camera travels.'])
    expect(notAMoveLines(matchNames('timelapse'))[0]).toMatch(/^Timelapse Glam \(Higgsfield\), Timelapse Human \(Higgsfield\), Timelapse Landscape \(Higgsfield\) are time effects, not camera moves/)
    expect(notAMoveLines(matchNames('over the shoulder'))[0]).toMatch(/a framing, not a camera move.*use Static\.$/)
    expect(notAMoveLines(matchNames('robo arm'))).toEqual([])
  })
  it('matches part of a name only from three characters on', () => {
    expect(matchNames('zo').length).toBe(0)
    expect(matchNames('yoy').map((m) => m.entry.name)).toEqual(['YoYo Zoom'])
  })
})
