import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { registryFor } from '../camera-presets/custom'
import { presetRegistry } from '../camera-presets'
import { evaluateShot } from '../timeline'
import { APP_VERSION, loadProject, serializeProject } from '.'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('committed project fixtures', () => {
  it('project.v1.json loads, with aliases normalised to canonical preset ids', () => {
    const result = loadProject(fixture('project.v1.json'))
    if (!result.ok) throw new Error(result.error.message)
    const { project } = result
    expect(project.id).toBe('project:fixture-v1')
    expect(project.shots.map((s) => s.id)).toEqual(['shot:1', 'shot:2'])
    const clips = project.shots[0].tracks.flatMap((t) => t.clips)
    expect(clips.map((c) => c.presetId)).toEqual(['dolly-in', 'orbit-left', 'crane-up'])
    expect(clips[0].easing).toEqual({ kind: 'bezier', handles: [0.3, 0, 0.2, 1.1] })
    expect(project.shots[1].subject.path).toEqual({ kind: 'arc', radiusM: 3, sweepDeg: 40 })
    expect(project.shots[1].lens.focusDistanceM).toBe(2.5)
  })

  it('project.v1.json migrates to schema 2: every shot gets an empty prompt', () => {
    const result = loadProject(fixture('project.v1.json'))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.project.shots.map((s) => s.prompt)).toEqual([
      { subject: '', negative: '' },
      { subject: '', negative: '' },
    ])
  })

  it('project.v2.json loads with its prompts', () => {
    const result = loadProject(fixture('project.v2.json'))
    if (!result.ok) throw new Error(result.error.message)
    const { project } = result
    expect(project.id).toBe('project:fixture-v2')
    expect(project.shots[0].prompt).toEqual({
      subject: 'A woman in a red coat on a rainy street at night, neon reflections, 35 mm film look',
      negative: 'text, watermark, extra limbs',
    })
    expect(project.shots[1].prompt).toEqual({ subject: '', negative: '' })
    // the same design as v1 apart from the prompts
    const v1 = loadProject(fixture('project.v1.json'))
    if (!v1.ok) throw new Error(v1.error.message)
    expect(project.shots.map(({ prompt: _p, ...rest }) => rest)).toEqual(v1.project.shots.map(({ prompt: _p, ...rest }) => rest))
  })

  it('project.v1.json and project.v2.json migrate to schema 3: no custom presets', () => {
    for (const name of ['project.v1.json', 'project.v2.json']) {
      const result = loadProject(fixture(name))
      if (!result.ok) throw new Error(result.error.message)
      expect(result.project.customPresets).toEqual([])
    }
  })

  it('project.v3.json carries its custom preset, and its clip plays as the moves it was saved from', () => {
    const result = loadProject(fixture('project.v3.json'))
    if (!result.ok) throw new Error(result.error.message)
    const { project } = result
    expect(project.id).toBe('project:fixture-v3')
    expect(project.customPresets.map((d) => [d.id, d.name, d.version, d.parts.map((p) => p.presetId)])).toEqual([
      ['custom:0f9c2b7e-5d1a-4c3e-9b8f-2a6d4e1c7b30', 'Orbit rise', 1, ['orbit-left', 'crane-up']],
    ])
    const [clip] = project.shots[2].tracks[0].clips
    expect(clip).toMatchObject({ presetId: 'custom:0f9c2b7e-5d1a-4c3e-9b8f-2a6d4e1c7b30', startS: 1, durationS: 6, params: { 'orbit-angle': 60 } })
    // the same moves as plain clips: shot 1's orbit (at 60 degrees) and crane, 1 s in
    const [orbit, crane] = [project.shots[0].tracks[0].clips[1], project.shots[0].tracks[1].clips[0]]
    const plain = {
      ...project.shots[2],
      tracks: [
        { id: 't1', clips: [{ ...orbit, startS: 1, params: { angle: 60 } }] },
        { id: 't2', clips: [{ ...crane, startS: 1 }] },
      ],
    }
    for (let i = 0; i <= 70; i++) {
      const a = evaluateShot(project.shots[2], i / 10, registryFor(project))
      const b = evaluateShot(plain, i / 10, presetRegistry)
      for (let k = 0; k < 3; k++) expect(a.position[k]).toBeCloseTo(b.position[k], 9)
      expect(a.yawDeg).toBeCloseTo(b.yawDeg, 7)
      expect(a.pitchDeg).toBeCloseTo(b.pitchDeg, 7)
    }
    // shots 1 and 2 are v2's design
    const v2 = loadProject(fixture('project.v2.json'))
    if (!v2.ok) throw new Error(v2.error.message)
    expect(project.shots.slice(0, 2)).toEqual(v2.project.shots)
  })

  it.each(['project.v1.json', 'project.v2.json', 'project.v3.json'])('%s saves and loads back to the same project', (name) => {
    const first = loadProject(fixture(name))
    if (!first.ok) throw new Error(first.error.message)
    const again = loadProject(serializeProject(first.project))
    expect(again).toEqual(first)
  })

  it('APP_VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(APP_VERSION).toBe(pkg.version)
  })
})
