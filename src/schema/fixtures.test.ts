import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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

  it.each(['project.v1.json', 'project.v2.json'])('%s saves and loads back to the same project', (name) => {
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
