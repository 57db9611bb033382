import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { createProject } from '../timeline'
import { canonicalProject, decodeLink, encodeProjectLink, encodeShotLink, LINK_PROJECT_ID, MAX_LINK_CHARS, MAX_PAYLOAD_BYTES } from '.'
import { sealLink, sealWire } from './codec'
import { shotProject } from './canonical'
import { DICTIONARY_V1 } from './dictionary.v1'
import { crc32 } from './bytes'
import { CUSTOM_PRESET_PROJECT_LINK_F1_S3, LAMP_ROOM_LINK_F1_S2, SAMPLE_PROJECT_LINK_F1_S3, SAMPLE_SHOT_LINK_F1_S3 } from './fixtures/links.v1'
import { sampleProject } from './fixtures/sampleProject'
import { compactProject } from './wire'

const errorOf = (text: unknown) => {
  const r = decodeLink(text)
  if (r.ok) throw new Error('expected an error')
  return r.error
}

/** JSON equality (JSON writes -0 as 0, as a link does). */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown

describe('encodeProjectLink / decodeLink', () => {
  const project = sampleProject()
  const link = encodeProjectLink(project)

  it('fits a realistic project of 6 shots with 3 different moves each in 1,000 characters, with its URL', () => {
    expect(project.shots).toHaveLength(6)
    for (const shot of project.shots) expect(new Set(shot.tracks.flatMap((t) => t.clips.map((c) => c.presetId))).size).toBe(3)
    expect(link).toMatch(/^#p=[A-Za-z0-9_-]+$/)
    expect(`https://framewright.example.com/${link}`.length).toBeLessThanOrEqual(1000)
    expect(link.length).toBeLessThan(650) // 594 when written
  })

  it('round-trips to the canonical project', () => {
    const decoded = decodeLink(link)
    expect(decoded).toMatchObject({ ok: true, kind: 'project', schemaVersion: CURRENT_SCHEMA_VERSION })
    if (decoded.ok && decoded.kind !== 'preset') expect(json(decoded.project)).toEqual(json(canonicalProject(project)))
  })

  it('a shot link holds that shot alone, with the scene', () => {
    const shot = encodeShotLink(project, 1)
    expect(shot).toMatch(/^#s=/)
    expect(shot.length).toBeLessThan(250)
    const decoded = decodeLink(shot)
    expect(decoded).toMatchObject({ ok: true, kind: 'shot' })
    if (!decoded.ok || decoded.kind === 'preset') return
    expect(decoded.project.shots.map((s) => s.name)).toEqual(['Keeper'])
    expect(json(decoded.project)).toEqual(json(canonicalProject(shotProject(project, 1))))
    expect(() => encodeShotLink(project, 6)).toThrow(RangeError)
  })

  it('the default project is a few dozen characters', () => {
    expect(encodeProjectLink(createProject()).length).toBeLessThan(40)
  })

  it('reads a whole URL, a fragment, a fragment without #, with spaces or punctuation around it', () => {
    for (const text of [`https://framewright.example.com/studio/?x=1${link}`, link, link.slice(1), `  ${link}\n`, `see ${link}.`, `(${link})`])
      expect(decodeLink(text)).toMatchObject({ ok: true, kind: 'project' })
  })
})

describe('canonicalProject', () => {
  it('derives ids, rounds to 0.1 mm, 0.001 degree and 0.1 ms, and fills declared parameters', () => {
    const base = sampleProject()
    const shot = base.shots[0]
    const clip = shot.tracks[0].clips[0]
    const odd = {
      ...base,
      shots: [
        {
          ...shot,
          start: { position: [1.23456789, -0.00004, 5], yawDeg: 12.3456789, pitchDeg: -0.0004, rollDeg: 0 },
          tracks: [{ ...shot.tracks[0], clips: [{ ...clip, startS: 0.123456, durationS: 2.000049, params: { rise: 18.5 } }] }, shot.tracks[1]],
        },
      ],
    } as typeof base
    const c = canonicalProject(odd)
    expect(c.id).toBe(LINK_PROJECT_ID)
    expect(c.shots[0].id).toBe('shot:1')
    expect(c.shots[0].tracks.map((t) => t.id)).toEqual(['shot:1/track:1', 'shot:1/track:2'])
    expect(c.shots[0].tracks.flatMap((t) => t.clips.map((x) => x.id))).toEqual(['shot:1/clip:1', 'shot:1/clip:2'])
    expect(c.shots[0].start).toEqual({ position: [1.2346, 0, 5], yawDeg: 12.346, pitchDeg: 0, rollDeg: 0 })
    expect(c.shots[0].tracks[0].clips[0]).toMatchObject({ startS: 0.1235, durationS: 2, params: { rise: 18.5, pullBack: 10 } })
    expect(canonicalProject(c)).toEqual(c)
  })

  it('leaves out what the decoder can put back', () => {
    const wire = compactProject(createProject('project:x') as never, CURRENT_SCHEMA_VERSION)
    expect(wire).toEqual({ shots: [{}] })
  })
})

describe('links from older versions', () => {
  it('a format-1 schema-3 project link opens to the same design', () => {
    const decoded = decodeLink(SAMPLE_PROJECT_LINK_F1_S3)
    expect(decoded).toMatchObject({ ok: true, kind: 'project', schemaVersion: 3 })
    if (!decoded.ok || decoded.kind === 'preset') return
    const p = decoded.project
    expect(p.name).toBe('Lighthouse at dusk')
    expect(p.shots.map((s) => [s.name, s.durationS, s.aspect, s.fps])).toEqual([
      ['Opening', 13.5, '16:9', 24],
      ['Keeper', 8.6, '16:9', 24],
      ['Stairs', 8.35, '9:16', 24],
      ['Lamp room', 9, '16:9', 24],
      ['Storm', 12, '16:9', 30],
      ['Dawn', 9.4, '21:9', 24],
    ])
    expect(p.shots.map((s) => s.tracks.flatMap((t) => t.clips.map((c) => c.presetId)))).toEqual([
      ['aerial-reveal', 'orbit-left', 'handheld'],
      ['dolly-zoom-in', 'rack-focus', 'tilt-up'],
      ['crane-up', 'whip-pan', 'push-in'],
      ['arc', 'zoom-in', 'dutch-angle'],
      ['fpv-drone', 'bullet-time', 'pedestal-down'],
      ['truck-right', 'tracking', 'crash-zoom-out'],
    ])
    expect(p.shots[0].tracks[0].clips[0]).toMatchObject({ startS: 0, durationS: 7.5, params: { rise: 18.5, pullBack: 14 }, easing: { kind: 'named', name: 'ease-in-out-cubic' } })
    expect(p.shots[0].tracks[1].clips[0]).toMatchObject({ startS: 0, durationS: 13.5, params: { seed: 4211, positionAmplitude: 0.8 } })
    expect(p.shots[0].prompt).toEqual({ subject: 'A lighthouse on a rocky cliff at dusk, waves crashing below', negative: 'people' })
    expect(p.shots[1].lens).toEqual({ focalLengthMm: 50, sensorId: 'super-35', sensorWidthMm: 24.89, sensorHeightMm: 18.66, focusDistanceM: 4.5, fStop: 1.8 })
    expect(p.shots[1].tracks[0].clips[2]).toMatchObject({ startS: 5.6, easing: { kind: 'bezier', handles: [0.3, 0.05, 0.2, 1] }, params: { angle: 12.5 } })
    expect(p.shots[2].start).toEqual({ position: [-2.4, 1.2, 4.1], yawDeg: -30.343, pitchDeg: 3.613, rollDeg: 0 })
    expect(p.shots[3].tracks[1].clips[0]).toMatchObject({ presetId: 'dutch-angle', startS: 1, params: { angle: -12 } })
    expect(p.shots[4].subject.path).toEqual({ kind: 'line', distanceM: 3 })
    expect(p.scene.setPieces).toHaveLength(6)
  })

  it('a format-1 schema-3 shot link opens', () => {
    const decoded = decodeLink(SAMPLE_SHOT_LINK_F1_S3)
    expect(decoded).toMatchObject({ ok: true, kind: 'shot', schemaVersion: 3 })
    if (decoded.ok && decoded.kind !== 'preset') expect(decoded.project.shots[0].tracks[0].clips.map((c) => c.presetId)).toEqual(['dolly-zoom-in', 'rack-focus', 'tilt-up'])
  })

  it('a schema-2 link (before custom presets) opens through the 2 -> 3 migration', () => {
    const decoded = decodeLink(LAMP_ROOM_LINK_F1_S2)
    expect(decoded).toMatchObject({ ok: true, kind: 'project', schemaVersion: 2, project: { name: 'Lighthouse at dusk', customPresets: [] } })
    if (decoded.ok && decoded.kind !== 'preset') expect(decoded.project.shots[0]).toMatchObject({ name: 'Lamp room', durationS: 9 })
  })

  it('a project with a custom preset carries its definition; a shot link only the ones its shot uses', () => {
    const decoded = decodeLink(CUSTOM_PRESET_PROJECT_LINK_F1_S3)
    expect(decoded).toMatchObject({ ok: true })
    if (!decoded.ok || decoded.kind === 'preset') return
    const p = decoded.project
    expect(p.customPresets.map((d) => d.name)).toEqual(['Orbit rise'])
    // re-encoded today it says schema 4; the project is the same
    expect(json({ ...decodeLink(encodeProjectLink(p)), schemaVersion: 3 })).toEqual(json(decoded))
    const custom = p.shots.findIndex((s) => s.tracks.some((t) => t.clips.some((c) => c.presetId.startsWith('custom:'))))
    const shot = decodeLink(encodeShotLink(p, custom))
    expect(shot).toMatchObject({ ok: true, project: { customPresets: [{ name: 'Orbit rise' }] } })
    expect(decodeLink(encodeShotLink(p, custom === 0 ? 1 : 0))).toMatchObject({ ok: true, project: { customPresets: [] } })
  })

  it('a schema-1 link (shots without prompts) opens through the migrations', () => {
    const link = sealWire('project', { name: 'Old', shots: [{ tracks: [[{ presetId: 'orbit-left' }], []] }] }, { schema: 1 })
    const decoded = decodeLink(link)
    expect(decoded).toMatchObject({ ok: true, schemaVersion: 1 })
    if (decoded.ok && decoded.kind !== 'preset') expect(decoded.project.shots[0]).toMatchObject({ prompt: { subject: '', negative: '' }, durationS: 6 })
  })

  it('the dictionary of format 1 never changes', () => {
    expect(DICTIONARY_V1.length).toBe(4324)
    expect(crc32(DICTIONARY_V1).toString(16)).toBe('55f824db')
  })
})

describe('broken links', () => {
  const link = encodeProjectLink(sampleProject())

  it('not a link at all: garbage', () => {
    for (const text of ['', 'hello', 'https://framewright.example.com/', '#x=abc', '#p=abc$def', '#p=ab cd', 42, null, undefined, {}])
      expect(errorOf(text).code).toBe('garbage')
    expect(errorOf('hello').message).toBe('This is not a Framewright share link.')
  })

  it('every cut of the link: truncated', () => {
    for (let n = 3; n < link.length; n++) expect(errorOf(link.slice(0, n))).toMatchObject({ code: 'truncated' })
    expect(errorOf(link.slice(0, 100)).message).toMatch(/^This link is incomplete: it was cut short/)
  })

  it('every single character changed: tampered (truncated where it raises the length the link declares)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (let i = 3; i < link.length; i++) {
      const swapped = alphabet[(alphabet.indexOf(link[i]) + 1 + (i % 63)) % 64]
      // payload characters 8-10 carry bytes 6-7, the declared length
      const expected = i >= 3 + 8 && i <= 3 + 10 ? ['tampered', 'truncated'] : ['tampered']
      expect(expected, `char ${i}`).toContain(errorOf(link.slice(0, i) + swapped + link.slice(i + 1)).code)
    }
    // a shot link relabelled as a project link
    expect(errorOf(encodeShotLink(sampleProject(), 0).replace('#s=', '#p=')).code).toBe('tampered')
  })

  it('a newer link format or schema: too-new, saying so', () => {
    const format2 = errorOf(sealLink('project', new Uint8Array(20), { format: 2 }))
    expect(format2).toEqual({ code: 'too-new', message: 'This link was made by a newer version of Framewright (link format 2; this app reads up to 1). Update the app to open it.' })
    const schema = errorOf(sealWire('project', { shots: [{}] }, { schema: CURRENT_SCHEMA_VERSION + 1 }))
    expect(schema.code).toBe('too-new')
    expect(schema.message).toContain(`schema ${CURRENT_SCHEMA_VERSION + 1}; this app reads up to ${CURRENT_SCHEMA_VERSION}`)
  })

  it('too long, or a bomb that inflates past the limit: too-large', () => {
    expect(errorOf(`#p=${'A'.repeat(MAX_LINK_CHARS)}`).code).toBe('too-large')
    const json = strToU8(`{"name":"${' '.repeat(MAX_PAYLOAD_BYTES + 1)}","shots":[{}]}`)
    const bomb = sealLink('project', deflateSync(json, { level: 9, dictionary: DICTIONARY_V1 }))
    expect(bomb.length).toBeLessThan(1000)
    expect(errorOf(bomb)).toEqual({ code: 'too-large', message: 'This link holds more than 512 KB of data, more than a share link may, so it was not opened.' })
  })

  it('a sealed link whose contents are not a valid project: invalid, naming the field', () => {
    const badParam = errorOf(sealWire('project', { shots: [{ tracks: [[{ presetId: 'orbit-left', params: { angle: 999 } }]] }] }))
    expect(badParam).toEqual({ code: 'invalid', message: "This link's project is not valid: shots[0].tracks[0].clips[0].params.angle must be between 0 and 360 deg." })
    expect(errorOf(sealWire('project', { shots: [{ tracks: [[{ presetId: 'no-such-move', durationS: 2, easing: 'linear' }]] }] })).message).toContain('not a known camera move')
    expect(errorOf(sealWire('project', 'hello')).code).toBe('invalid')
    expect(errorOf(sealLink('project', deflateSync(strToU8('{not json'), { dictionary: DICTIONARY_V1 }))).code).toBe('invalid')
    expect(errorOf(sealLink('project', Uint8Array.of(0xff, 0xff, 0xff))).code).toBe('invalid')
    expect(errorOf(sealWire('shot', { shots: [{}, {}] })).message).toBe('A shot link holds one shot, but this one holds 2.')
  })

  it('a preset link that is no link at all: the same errors as the others (preset.test.ts has the rest)', () => {
    expect(errorOf('#m=AAAA').code).toBe('truncated')
    expect(errorOf('#m=ab$cd').code).toBe('garbage')
  })
})

describe("links carry the subject's form", () => {
  const withForm = (form: 'figure' | 'vehicle' | undefined) => {
    const p = createProject()
    return { ...p, shots: p.shots.map((s) => ({ ...s, subject: { ...s.subject, path: { kind: 'line' as const, distanceM: 60 }, ...(form ? { form } : {}) } })) }
  }
  it('a vehicle round-trips; a figure said or unsaid is the same link', () => {
    const decoded = decodeLink(encodeProjectLink(withForm('vehicle')))
    if (!decoded.ok || decoded.kind === 'preset') throw new Error('expected a project')
    expect(decoded.project.shots[0].subject.form).toBe('vehicle')
    expect(encodeProjectLink(withForm('figure'))).toBe(encodeProjectLink(withForm(undefined)))
    expect(encodeProjectLink(withForm('vehicle'))).not.toBe(encodeProjectLink(withForm(undefined)))
  })
})
