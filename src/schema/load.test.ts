import { describe, expect, it } from 'vitest'
import { createClip, getPreset } from '../camera-presets'
import { addClip, createProject, type Project } from '../timeline'
import { CURRENT_SCHEMA_VERSION, loadProject, serializeProject, validateProject } from '.'

const preset = (id: string) => {
  const p = getPreset(id)
  if (!p) throw new Error(`no preset ${id}`)
  return p
}

const sampleProject = (): Project => {
  let p = createProject()
  p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(preset('dolly-in'), 'shot:1/clip:1', 0))
  p = addClip(p, 'shot:1', 'shot:1/track:2', createClip(preset('orbit-left'), 'shot:1/clip:2', 1))
  return p
}

/** The raw JSON of a file, edited freely in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any

/** A JSON-able copy of a valid envelope, edited by `edit`, as file text. */
const fileWith = (edit: (doc: Doc) => void): string => {
  const doc = JSON.parse(serializeProject(sampleProject()))
  edit(doc)
  return JSON.stringify(doc)
}

const errorOf = (text: string) => {
  const r = loadProject(text)
  if (r.ok) throw new Error('expected a load error')
  return r.error
}

describe('loadProject', () => {
  it('round-trips a project through serializeProject', () => {
    const project = sampleProject()
    expect(loadProject(serializeProject(project))).toEqual({ ok: true, project })
  })

  it('serializes a pretty envelope in a fixed key order, with savedAt only when given', () => {
    const text = serializeProject(sampleProject(), { savedAt: '2025-01-01T00:00:00.000Z' })
    expect(Object.keys(JSON.parse(text))).toEqual(['kind', 'schemaVersion', 'appVersion', 'savedAt', 'project'])
    expect(text).toContain('\n  "kind": "framewright.project"')
    expect(text.endsWith('\n')).toBe(true)
    expect('savedAt' in JSON.parse(serializeProject(sampleProject()))).toBe(false)
    expect(loadProject(text).ok).toBe(true)
  })

  it('malformed-json', () => {
    expect(errorOf('{ "kind": ').code).toBe('malformed-json')
    expect(errorOf('').code).toBe('malformed-json')
  })

  it('accepts a leading byte order mark', () => {
    expect(loadProject(`\uFEFF${serializeProject(sampleProject())}`).ok).toBe(true)
  })

  it('wrong-kind', () => {
    expect(errorOf('[1, 2]').code).toBe('wrong-kind')
    expect(errorOf('null').code).toBe('wrong-kind')
    const e = errorOf(fileWith((d) => (d.kind = 'framewright.trajectory')))
    expect(e).toEqual({ code: 'wrong-kind', message: "This is not a Framewright project file (its kind is 'framewright.trajectory')." })
  })

  it('missing-version', () => {
    expect(errorOf(fileWith((d) => delete d.schemaVersion)).code).toBe('missing-version')
  })

  it('a version that is not a whole number is invalid', () => {
    expect(errorOf(fileWith((d) => (d.schemaVersion = '1'))).code).toBe('invalid')
    expect(errorOf(fileWith((d) => (d.schemaVersion = 0))).code).toBe('invalid')
    expect(errorOf(fileWith((d) => (d.schemaVersion = 1.5))).code).toBe('invalid')
  })

  it('too-new', () => {
    expect(errorOf(fileWith((d) => (d.schemaVersion = CURRENT_SCHEMA_VERSION + 1)))).toEqual({
      code: 'too-new',
      message: `This project was made with a newer version of Framewright (schema ${CURRENT_SCHEMA_VERSION + 1}; this app reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
    })
  })

  it('invalid: names the first bad path', () => {
    const e = errorOf(fileWith((d) => (d.project.shots[0].tracks[1].clips[0].params.angle = 400)))
    expect(e.code).toBe('invalid')
    expect(e.message).toBe('shots[0].tracks[1].clips[0].params.angle must be between 0 and 360 deg')
  })

  it('invalid: lists every problem in issues', () => {
    const e = errorOf(fileWith((d) => {
      d.project.fps = 0
      d.project.shots[0].aspect = '2:1'
    }))
    expect(e.issues).toEqual(['fps must be greater than 0', "shots[0].aspect must be one of '16:9', '9:16', '1:1', '4:3', '21:9'"])
  })

  it.each([
    ['unknown param', (d: Doc) => (d.project.shots[0].tracks[1].clips[0].params.speed = 2), "shots[0].tracks[1].clips[0].params.speed is not a parameter of 'orbit-left' (its parameters: angle)"],
    ['param of the wrong type', (d: Doc) => (d.project.shots[0].tracks[1].clips[0].params.angle = '90'), 'shots[0].tracks[1].clips[0].params.angle must be a number'],
    ['unknown preset', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].presetId = 'moonwalk'), "shots[0].tracks[0].clips[0].presetId is 'moonwalk', which is not a known camera move"],
    ['newer preset version', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].presetVersion = 9), "shots[0].tracks[0].clips[0].presetVersion is 9, but this app has version 1 of 'dolly-in'; update the app to open it"],
    ['fps over 120', (d: Doc) => (d.project.shots[0].fps = 240), 'shots[0].fps must be at most 120'],
    ['zero duration', (d: Doc) => (d.project.shots[0].durationS = 0), 'shots[0].durationS must be greater than 0'],
    ['zero clip duration', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].durationS = 0), 'shots[0].tracks[0].clips[0].durationS must be greater than 0'],
    ['non-number position', (d: Doc) => (d.project.shots[0].start.position[1] = null), 'shots[0].start.position[1] must be a finite number'],
    ['missing field', (d: Doc) => delete d.project.shots[0].name, 'shots[0].name is missing'],
    ['unknown field', (d: Doc) => (d.project.shots[0].mood = 'x'), "shots[0] has an unknown field 'mood'"],
    ['unknown easing name', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].easing = { kind: 'named', name: 'bouncy' }), 'shots[0].tracks[0].clips[0].easing.name must be one of'],
    ['unknown easing kind', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].easing = { kind: 'spring' }), "shots[0].tracks[0].clips[0].easing.kind must be one of 'named', 'bezier'"],
    ['bad bezier', (d: Doc) => (d.project.shots[0].tracks[0].clips[0].easing = { kind: 'bezier', handles: [1.5, 0, 0.5, 1] }), 'shots[0].tracks[0].clips[0].easing.handles must keep x1 and x2 within 0..1'],
    ['bad subject path', (d: Doc) => (d.project.shots[0].subject.path = { kind: 'spiral' }), "shots[0].subject.path.kind must be one of 'still', 'line', 'arc'"],
    ['bad sensor', (d: Doc) => (d.project.shots[0].lens.sensorId = 'imax'), 'shots[0].lens.sensorId must be one of'],
    ['focal length out of range', (d: Doc) => (d.project.shots[0].lens.focalLengthMm = 2), 'shots[0].lens.focalLengthMm must be at least 4'],
    ['duplicate shot id', (d: Doc) => d.project.shots.push({ ...d.project.shots[0] }), "shots[1].id 'shot:1' is already the id of shots[0]"],
    ['duplicate clip id across tracks', (d: Doc) => (d.project.shots[0].tracks[1].clips[0].id = 'shot:1/clip:1'), "shots[0].tracks[1].clips[0].id 'shot:1/clip:1' is already the id of tracks[0].clips[0]"],
    ['duplicate track id', (d: Doc) => (d.project.shots[0].tracks[1].id = 'shot:1/track:1'), "shots[0].tracks[1].id 'shot:1/track:1' is already the id of tracks[0]"],
    ['no shots', (d: Doc) => (d.project.shots = []), 'shots must have at least 1 item'],
    ['bad colour', (d: Doc) => (d.project.scene.setPieces[0].color = 'red'), 'scene.setPieces[0].color must be a colour like #a1b2c3'],
    ['bad savedAt', (d: Doc) => (d.savedAt = 'yesterday'), 'savedAt must be an ISO 8601 date and time'],
    ['no project', (d: Doc) => delete d.project, 'project is missing'],
    ['prompt too long', (d: Doc) => (d.project.shots[0].prompt.subject = 'x'.repeat(2001)), 'shots[0].prompt.subject must be at most 2000 characters long'],
    ['negative not text', (d: Doc) => (d.project.shots[0].prompt.negative = 3), 'shots[0].prompt.negative must be text'],
    ['prompt field missing', (d: Doc) => delete d.project.shots[0].prompt.negative, 'shots[0].prompt.negative is missing'],
    ['unknown prompt field', (d: Doc) => (d.project.shots[0].prompt.style = 'noir'), "shots[0].prompt has an unknown field 'style'"],
    ['no prompt (schema 2)', (d: Doc) => delete d.project.shots[0].prompt, 'shots[0].prompt is missing'],
  ])('invalid: %s', (_name, edit, message) => {
    const e = errorOf(fileWith(edit))
    expect(e.code).toBe('invalid')
    expect(e.message.slice(0, message.length)).toBe(message)
  })

  it('normalises an aliased preset id to the canonical one', () => {
    const r = loadProject(fileWith((d) => (d.project.shots[0].tracks[1].clips[0].presetId = 'orbit')))
    if (!r.ok) throw new Error(r.error.message)
    expect(r.project.shots[0].tracks[1].clips[0].presetId).toBe('orbit-left')
  })

  it('accepts clips that store only some of their params', () => {
    expect(loadProject(fileWith((d) => (d.project.shots[0].tracks[1].clips[0].params = {}))).ok).toBe(true)
  })
})

describe('validateProject', () => {
  it('validates a bare project', () => {
    expect(validateProject(sampleProject()).ok).toBe(true)
    const r = validateProject({ ...sampleProject(), fps: -1 })
    expect(r.ok ? '' : r.error.message).toBe('fps must be greater than 0')
  })
})
