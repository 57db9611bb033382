/**
 * Preset links (`#m=`): one custom preset's definition, through the same format as project links
 * (CRC, version, length, the frozen dictionary) and the preset's own load path. Also the canonical
 * form of a custom clip in a project link (rounded and filled through its definition).
 */
import { describe, expect, it } from 'vitest'
import { presetRegistry } from '../camera-presets'
import { type CustomPresetDefinition, checkCustomPreset, withCustomPresets } from '../camera-presets/custom'
import { CURRENT_PRESET_SCHEMA_VERSION } from '../schema'
import { type Project, type Shot, createProject, createShot, evaluateShot } from '../timeline'
import { canonicalPreset, canonicalProject, decodeLink, encodePresetLink, encodeProjectLink, encodeShotLink } from '.'
import { ORBIT_RISE } from './arbitraries'
import { sealLink, sealWire } from './codec'
import { ORBIT_RISE_PRESET_LINK_F1_S1 } from './fixtures/links.v1'
import { compactPreset } from './wire'

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown

const presetOf = (link: string): CustomPresetDefinition => {
  const r = decodeLink(link)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  if (r.kind !== 'preset') throw new Error(`expected a preset link, got ${r.kind}`)
  return r.preset
}

const errorOf = (text: unknown) => {
  const r = decodeLink(text)
  if (r.ok) throw new Error('expected an error')
  return r.error
}

/** The e2e preset: an orbit tuned to 150 degrees, then a crane up, the orbit's angle exposed (0..270). */
const TUNED: CustomPresetDefinition = {
  id: 'custom:6b1f0d52-93c4-4e0a-8a57-1c2d3e4f5a6b',
  version: 1,
  name: 'Orbit rise',
  description: '',
  category: 'orbit',
  durationS: 11,
  parts: [
    { presetId: 'orbit-left', presetVersion: 1, startS: 0, durationS: 6, track: 0, params: { angle: 150 }, easing: { kind: 'named', name: 'ease-in-out' } },
    { presetId: 'crane-up', presetVersion: 1, startS: 6, durationS: 5, track: 0, params: { armLength: 4, angle: 30, aim: 'subject' }, easing: { kind: 'named', name: 'ease-in-out' } },
  ],
  exposed: [{ kind: 'number', name: 'orbit-angle', label: 'Orbit angle', unit: 'deg', min: 0, max: 270, default: 150, targets: [{ part: 0, param: 'angle' }] }],
}

describe('encodePresetLink / decodeLink (#m=)', () => {
  it('a 2-part preset is a short link', () => {
    const tuned = encodePresetLink(TUNED)
    const described = encodePresetLink(ORBIT_RISE)
    expect(tuned).toMatch(/^#m=[A-Za-z0-9_-]+$/)
    console.log(`preset links: 2 parts, no description ${tuned.length} characters; 2 parts with a 55-character description ${described.length}`)
    expect(tuned.length).toBeLessThan(200) // 155 when written
    expect(described.length).toBeLessThan(260) // 223 when written
    // what travels: every part with its baked values, timing and easing, and the exposed parameter
    expect(compactPreset(TUNED as never)).toEqual({
      id: TUNED.id,
      name: 'Orbit rise',
      category: 'orbit',
      parts: [
        { presetId: 'orbit-left', params: { angle: 150 } },
        { presetId: 'crane-up' }, // on the same track, right after the orbit
      ],
      exposed: [{ name: 'orbit-angle', label: 'Orbit angle', unit: 'deg', min: 0, max: 270, targets: [[0, 'angle']] }],
    })
  })

  it('opens to the same definition: id, revision, parts, values and exposed parameters', () => {
    for (const def of [TUNED, ORBIT_RISE, { ...TUNED, version: 7, description: 'Two moves.' }]) {
      const r = decodeLink(encodePresetLink(def))
      expect(r).toMatchObject({ ok: true, kind: 'preset', schemaVersion: CURRENT_PRESET_SCHEMA_VERSION })
      expect(json(presetOf(encodePresetLink(def)))).toEqual(json(def))
    }
  })

  it('plays exactly as it did for its author', () => {
    const shared = presetOf(encodePresetLink(TUNED))
    const frames = (def: CustomPresetDefinition, angle: number) => {
      const registry = withCustomPresets(presetRegistry, [def])
      const base = createShot('shot:a', 'A')
      const shot: Shot = { ...base, durationS: 11, tracks: [{ id: 't', clips: [{ id: 'c', presetId: def.id, presetVersion: 1, startS: 0, durationS: 11, params: { 'orbit-angle': angle }, easing: { kind: 'named', name: 'linear' } }] }] }
      return Array.from({ length: 45 }, (_, i) => evaluateShot(shot, i / 4, registry))
    }
    for (const angle of [150, 200]) expect(json(frames(shared, angle))).toEqual(json(frames(TUNED, angle)))
  })

  it('reads a whole URL, a fragment, a fragment without #', () => {
    const link = encodePresetLink(TUNED)
    for (const text of [`https://framewright.example.com/${link}`, link, link.slice(1), ` ${link}.`]) expect(decodeLink(text)).toMatchObject({ ok: true, kind: 'preset' })
  })

  it('a format-1 preset link (preset schema 1) still opens', () => {
    expect(json(presetOf(ORBIT_RISE_PRESET_LINK_F1_S1))).toEqual(json(ORBIT_RISE))
  })
})

describe('canonicalPreset', () => {
  it('rounds times to 0.1 ms (a part never ends past its preset), values by unit, and fills every baked parameter', () => {
    const odd: CustomPresetDefinition = {
      ...TUNED,
      durationS: 1.00004,
      parts: [
        { ...TUNED.parts[0], presetId: 'orbit', startS: 0.00005, durationS: 0.99999, params: { angle: 150.123456 } },
        { ...TUNED.parts[1], startS: 0, durationS: 0.5, params: { armLength: 4.123456789 } },
      ],
      exposed: [{ ...TUNED.exposed[0], min: 10.00049, max: 200.9999, default: 150.123456 } as CustomPresetDefinition['exposed'][number]],
    }
    expect(checkCustomPreset(odd, presetRegistry)).toEqual([])
    const c = canonicalPreset(odd)
    expect(c.durationS).toBe(1)
    expect(c.parts[0]).toMatchObject({ presetId: 'orbit-left', startS: 0.0001, durationS: 0.9999, params: { angle: 150.123 } })
    expect(c.parts[1].params).toEqual({ armLength: 4.1235, angle: 30, aim: 'subject' })
    expect(c.exposed[0]).toMatchObject({ min: 10, max: 201, default: 150.123 })
    expect(checkCustomPreset(c, presetRegistry)).toEqual([])
    expect(canonicalPreset(c)).toEqual(c)
    expect(json(presetOf(encodePresetLink(odd)))).toEqual(json(c))
  })
})

describe('a project link with a custom clip', () => {
  /** TUNED with a choice exposed too (the crane's aim), and a clip with the angle set to float noise and the aim left out. */
  const project = (): Project => {
    const def: CustomPresetDefinition = {
      ...TUNED,
      exposed: [
        { ...TUNED.exposed[0], min: 10.5, max: 270 } as CustomPresetDefinition['exposed'][number],
        { kind: 'choice', name: 'aim', label: 'Crane aim', default: 'subject', targets: [{ part: 1, param: 'aim' }] },
      ],
    }
    const base = createProject('project:x', 'Custom')
    const shot = base.shots[0]
    const clip = { id: 'clip:c', presetId: def.id, presetVersion: 1, startS: 0, durationS: 9.87654321, params: { 'orbit-angle': 200.0004999 }, easing: { kind: 'named', name: 'linear' } } as const
    return { ...base, shots: [{ ...shot, durationS: 12, tracks: [{ ...shot.tracks[0], clips: [clip] }, shot.tracks[1]] }], customPresets: [def] }
  }

  it('rounds its parameters by the unit its definition gives them and fills the ones left out with their defaults', () => {
    const c = canonicalProject(project())
    expect(c.shots[0].tracks[0].clips[0]).toMatchObject({ durationS: 9.8765, params: { 'orbit-angle': 200, aim: 'subject' } })
    const decoded = decodeLink(encodeProjectLink(project()))
    expect(decoded.ok && decoded.kind === 'project' && decoded.project.shots[0].tracks[0].clips[0].params).toEqual({ 'orbit-angle': 200, aim: 'subject' })
    expect(decoded.ok && json(decoded)).toEqual(json({ ok: true, kind: 'project', project: c, schemaVersion: decoded.ok ? decoded.schemaVersion : 0 }))
    // and a value below the exposed range is kept inside it, as for a built-in move
    const low = project()
    const clipOf = (p: Project) => p.shots[0].tracks[0].clips[0]
    const lowered: Project = { ...low, shots: [{ ...low.shots[0], tracks: [{ ...low.shots[0].tracks[0], clips: [{ ...clipOf(low), params: { 'orbit-angle': 10.4999999 } }] }, low.shots[0].tracks[1]] }] }
    expect(clipOf(canonicalProject(lowered)).params['orbit-angle']).toBe(10.5)
  })

  it('a shot link of it carries the definition', () => {
    const decoded = decodeLink(encodeShotLink(project(), 0))
    expect(decoded).toMatchObject({ ok: true, kind: 'shot', project: { customPresets: [{ id: TUNED.id, name: 'Orbit rise' }] } })
  })
})

describe('broken preset links', () => {
  const link = encodePresetLink(ORBIT_RISE)

  it('every cut: truncated; every changed character: tampered (or truncated where it raises the declared length)', () => {
    for (let n = 3; n < link.length; n++) expect(errorOf(link.slice(0, n)).code).toBe('truncated')
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (let i = 3; i < link.length; i++) {
      const swapped = alphabet[(alphabet.indexOf(link[i]) + 1 + (i % 63)) % 64]
      const expected = i >= 3 + 8 && i <= 3 + 10 ? ['tampered', 'truncated'] : ['tampered']
      expect(expected, `char ${i}`).toContain(errorOf(link.slice(0, i) + swapped + link.slice(i + 1)).code)
    }
  })

  it('relabelled as a project or shot link, or a project link relabelled as a preset link: tampered', () => {
    expect(errorOf(link.replace('#m=', '#p=')).code).toBe('tampered')
    expect(errorOf(link.replace('#m=', '#s=')).code).toBe('tampered')
    expect(errorOf(encodeProjectLink(createProject()).replace('#p=', '#m=')).code).toBe('tampered')
  })

  it('a newer preset schema or link format: too-new, saying so', () => {
    expect(errorOf(sealWire('preset', compactPreset(ORBIT_RISE as never), { schema: CURRENT_PRESET_SCHEMA_VERSION + 1 }))).toEqual({
      code: 'too-new',
      message: `This link holds a preset from a newer version of Framewright (preset schema ${CURRENT_PRESET_SCHEMA_VERSION + 1}; this app reads up to ${CURRENT_PRESET_SCHEMA_VERSION}). Update the app to open it.`,
    })
    expect(errorOf(sealLink('preset', new Uint8Array(12), { format: 2 })).code).toBe('too-new')
  })

  it('sealed but not a valid preset: invalid, naming the field', () => {
    const wire = compactPreset(ORBIT_RISE as never) as Record<string, unknown>
    expect(errorOf(sealWire('preset', { ...wire, parts: [{ presetId: 'moonwalk', durationS: 2, easing: 'linear' }], exposed: [] }, { schema: 1 }))).toEqual({
      code: 'invalid',
      message: "This link's preset is not valid: parts[0].presetId is 'moonwalk', which is not a known camera move.",
    })
    expect(errorOf(sealWire('preset', { ...wire, exposed: [{ name: 'x', label: 'X', unit: 'deg', min: 0, max: 999, targets: [[0, 'angle']] }] }, { schema: 1 })).message).toContain(
      "exposed[0].min range 0..999 deg must lie within 0..360 deg (orbit-left's angle)",
    )
    expect(errorOf(sealWire('preset', 'hello', { schema: 1 })).code).toBe('invalid')
    expect(errorOf(sealWire('preset', { shots: [{}] }, { schema: 1 })).code).toBe('invalid')
    expect(errorOf(sealWire('preset', compactPreset(ORBIT_RISE as never), { schema: 0 })).code).toBe('invalid')
  })
})
