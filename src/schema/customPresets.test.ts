/**
 * Custom presets in files: a project carries its definitions (validated against the library) and
 * its custom clips are checked against them; a preset file has its own envelope and load path with
 * one clear message per failure.
 */
import { describe, expect, it } from 'vitest'
import { createClip, presetRegistry } from '../camera-presets'
import { buildCustomPreset, partsFromClips, registryFor } from '../camera-presets/custom'
import { type CustomPresetDefinition, type Project, addClip, createProject } from '../timeline'
import { CURRENT_PRESET_SCHEMA_VERSION, loadPresetDocument, loadPresetFile, loadProject, presetEnvelope, serializePreset, serializeProject } from '.'

const definition = (): CustomPresetDefinition => {
  let p = createProject()
  p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(presetRegistry.get('orbit-left') as never, 'o', 0, { angle: 90 }, 4))
  p = addClip(p, 'shot:1', 'shot:1/track:2', createClip(presetRegistry.get('crane-up') as never, 'c', 1, undefined, 3))
  const sources = p.shots[0].tracks.flatMap((t, track) => t.clips.map((clip) => ({ clip, track })))
  const parts = partsFromClips(sources, presetRegistry)
  if (!parts.ok) throw new Error(parts.message)
  const r = buildCustomPreset({ id: 'custom:abc-123', name: 'Orbit rise', parts: parts.parts, sources: parts.sources, exposed: [{ targets: [{ clipId: 'o', param: 'angle' }] }] }, presetRegistry)
  if (!r.ok) throw new Error(r.message)
  return r.definition
}

const projectUsing = (): Project => {
  const def = definition()
  const p = { ...createProject(), customPresets: [def] }
  return addClip(p, 'shot:1', 'shot:1/track:1', createClip(registryFor(p).get(def.id)!, 'shot:1/clip:1', 0, { angle: 120 }))
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any
const fileWith = (edit: (doc: Doc) => void): string => {
  const doc = JSON.parse(serializeProject(projectUsing()))
  edit(doc)
  return JSON.stringify(doc)
}
const messageOf = (text: string) => {
  const r = loadProject(text)
  return r.ok ? 'loaded' : r.error.message
}

describe('projects with custom presets (schema 3)', () => {
  it('round-trip: the definition travels with the project and its clip', () => {
    const project = projectUsing()
    expect(loadProject(serializeProject(project))).toEqual({ ok: true, project })
  })

  it.each([
    ['a clip of a custom preset the project does not carry', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].presetId = 'custom:gone'), "shots[0].tracks[0].clips[0].presetId is 'custom:gone', a custom preset this project does not carry (it is not in customPresets)"],
    ['a clip param the preset does not expose', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].params.armLength = 3), "shots[0].tracks[0].clips[0].params.armLength is not an exposed parameter of 'Orbit rise' (its parameters: angle)"],
    ['a clip param out of the exposed range', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].params.angle = 400), 'shots[0].tracks[0].clips[0].params.angle must be between 0 and 360 deg'],
    ['a clip of a later revision than carried', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].presetVersion = 2), "shots[0].tracks[0].clips[0].presetVersion is 2, but this project carries revision 1 of 'Orbit rise'"],
    ['an eased custom clip', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].easing = { kind: 'named', name: 'ease-in' }), "shots[0].tracks[0].clips[0].easing must be linear for a custom preset ('Orbit rise' times its parts with their own easing)"],
    ['no customPresets at schema 3', (d: Doc) => delete d.project.customPresets, 'customPresets is missing'],
    ['two definitions with one id', (d: Doc) => d.project.customPresets.push({ ...d.project.customPresets[0] }), "customPresets[1].id 'custom:abc-123' is already the id of customPresets[0]"],
    ['a part of an unknown move', (d: Doc) => (d.project.customPresets[0].parts[1].presetId = 'moonwalk'), "customPresets[0].parts[1].presetId is 'moonwalk', which is not a known camera move"],
    ['a nested custom preset', (d: Doc) => (d.project.customPresets[0].parts[1].presetId = 'custom:abc-123'), "customPresets[0].parts[1].presetId is 'custom:abc-123', another custom preset"],
    ['a baked value out of range', (d: Doc) => (d.project.customPresets[0].parts[1].params.angle = 95), 'customPresets[0].parts[1].params.angle must be between 0 and 80 deg'],
    ['an exposed range outside the built-in range', (d: Doc) => (d.project.customPresets[0].exposed[0].max = 720), "customPresets[0].exposed[0].min range 0..720 deg must lie within 0..360 deg (orbit-left's angle)"],
    ['an exposed target that is not a parameter', (d: Doc) => (d.project.customPresets[0].exposed[0].targets[0].param = 'speed'), "customPresets[0].exposed[0].targets[0].param is 'speed', which is not a parameter of 'orbit-left'"],
    ['a bad id', (d: Doc) => (d.project.customPresets[0].id = 'orbit-left'), "customPresets[0].id must be 'custom:' followed by"],
    ['an unknown category', (d: Doc) => (d.project.customPresets[0].category = 'jazz'), "customPresets[0].category must be one of 'push-pull'"],
    ['a part past the preset end', (d: Doc) => (d.project.customPresets[0].parts[0].durationS = 9), 'customPresets[0].parts[0].durationS must end within the preset'],
    ['an unknown field', (d: Doc) => (d.project.customPresets[0].author = 'me'), "customPresets[0] has an unknown field 'author'"],
  ])('invalid: %s', (_name, edit, message) => {
    expect(messageOf(fileWith(edit)).slice(0, message.length)).toBe(message)
  })

  it('normalises an aliased part id to the canonical one', () => {
    const r = loadProject(fileWith((d) => (d.project.customPresets[0].parts[0].presetId = 'orbit')))
    if (!r.ok) throw new Error(r.error.message)
    expect(r.project.customPresets[0].parts[0].presetId).toBe('orbit-left')
  })
})

describe('preset files: presetEnvelope / loadPresetDocument / loadPresetFile', () => {
  const def = definition()
  const text = serializePreset(def)
  const errorOf = (value: string) => {
    const r = loadPresetFile(value)
    if (r.ok) throw new Error('expected an error')
    return r.error
  }

  it('round-trips through the file text and through the plain envelope (what a link carries)', () => {
    expect(Object.keys(JSON.parse(text))).toEqual(['kind', 'schemaVersion', 'appVersion', 'preset'])
    expect(loadPresetFile(text)).toEqual({ ok: true, preset: def })
    expect(loadPresetDocument(JSON.parse(JSON.stringify(presetEnvelope(def))))).toEqual({ ok: true, preset: def })
    expect(loadPresetFile(`\uFEFF${serializePreset(def, { savedAt: '2025-01-01T00:00:00.000Z' })}`).ok).toBe(true)
  })

  it('garbage: one message', () => {
    expect(errorOf('{"kind": "framewright.pre')).toMatchObject({ code: 'malformed-json', message: expect.stringMatching(/^This file is not valid JSON: /) })
    expect(loadPresetDocument(undefined)).toEqual({ ok: false, error: { code: 'wrong-kind', message: 'This is not a Framewright preset.' } })
    expect(loadPresetDocument('AAAA')).toEqual({ ok: false, error: { code: 'wrong-kind', message: 'This is not a Framewright preset.' } })
  })

  it('wrong kind: says what it is', () => {
    expect(errorOf(serializeProject(createProject()))).toEqual({ code: 'wrong-kind', message: 'This is not a Framewright preset (it is a project: open it with Open project).' })
    expect(errorOf('{"kind":"framewright.trajectory"}')).toEqual({ code: 'wrong-kind', message: "This is not a Framewright preset (its kind is 'framewright.trajectory')." })
  })

  it('missing or odd version, and too new', () => {
    const doc = JSON.parse(text)
    expect(errorOf(JSON.stringify({ ...doc, schemaVersion: undefined })).code).toBe('missing-version')
    expect(errorOf(JSON.stringify({ ...doc, schemaVersion: 'one' })).code).toBe('invalid')
    expect(errorOf(JSON.stringify({ ...doc, schemaVersion: CURRENT_PRESET_SCHEMA_VERSION + 1 }))).toEqual({
      code: 'too-new',
      message: `This preset was made with a newer version of Framewright (preset schema ${CURRENT_PRESET_SCHEMA_VERSION + 1}; this app reads up to ${CURRENT_PRESET_SCHEMA_VERSION}). Update the app to open it.`,
    })
  })

  it('invalid: names the first bad path inside the preset, and lists every problem', () => {
    const doc = JSON.parse(text)
    doc.preset.parts[0].presetId = 'moonwalk'
    doc.preset.name = ''
    const e = errorOf(JSON.stringify(doc))
    expect(e.code).toBe('invalid')
    expect(e.message).toBe('This preset is not valid: name must not be empty')
    expect(e.issues).toEqual(['name must not be empty', "parts[0].presetId is 'moonwalk', which is not a known camera move"])
    expect(errorOf(JSON.stringify({ ...JSON.parse(text), preset: undefined })).message).toBe('This preset is not valid: preset is missing')
  })
})
