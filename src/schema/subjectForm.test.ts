import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, loadProject, serializeProject } from '.'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe("the subject's form (schema 5)", () => {
  it('project.v5.json loads a vehicle on a driving path', () => {
    const result = loadProject(fixture('project.v5.json'))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.project.shots[0].subject).toMatchObject({ form: 'vehicle', path: { kind: 'line', distanceM: 75 } })
    expect(result.project.shots[0].tracks[0].clips[0].presetId).toBe('car-chase')
  })

  it('every older fixture loads with figures: no form, which means a figure', () => {
    const older = readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => /^project\.v[1-4]\.json$/.test(f))
    expect(older).toHaveLength(4)
    for (const name of older) {
      const result = loadProject(fixture(name))
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
      for (const shot of result.project.shots) expect(shot.subject.form ?? 'figure', name).toBe('figure')
    }
  })

  it('saves and loads a vehicle unchanged, at the current schema', () => {
    const result = loadProject(fixture('project.v5.json'))
    if (!result.ok) throw new Error(result.error.message)
    const text = serializeProject(result.project)
    expect(JSON.parse(text).schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    const again = loadProject(text)
    if (!again.ok) throw new Error(again.error.message)
    expect(again.project.shots[0].subject).toEqual(result.project.shots[0].subject)
  })

  it('refuses an unknown form with one clear message', () => {
    const doc = JSON.parse(fixture('project.v5.json'))
    doc.project.shots[0].subject.form = 'boat'
    const result = loadProject(JSON.stringify(doc))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/form/)
  })
})
