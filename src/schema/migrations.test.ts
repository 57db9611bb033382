import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, type MigrationStep, migrateDocument } from './migrations'

describe('migrations', () => {
  it('has one step per version after the first', () => {
    expect(MIGRATIONS.length).toBe(CURRENT_SCHEMA_VERSION - 1)
  })

  it('steps are contiguous: step i goes from i + 1 to i + 2', () => {
    MIGRATIONS.forEach((step, i) => {
      expect(step.from).toBe(i + 1)
      expect(step.to).toBe(i + 2)
    })
  })

  it('leaves a current-version document as it is', () => {
    const doc = { kind: 'framewright.project', schemaVersion: CURRENT_SCHEMA_VERSION, project: { a: 1 } }
    expect(migrateDocument(doc, CURRENT_SCHEMA_VERSION)).toEqual(doc)
  })

  it('1 -> 2 adds an empty prompt to every shot, keeps one already there, and leaves odd shapes for validation', () => {
    const prompt = { subject: 'a fox', negative: '' }
    const doc = { kind: 'framewright.project', schemaVersion: 1, project: { shots: [{ id: 'a' }, { id: 'b', prompt }, 7] } }
    const oneToTwo = MIGRATIONS.slice(0, 1)
    expect(migrateDocument(doc, 1, oneToTwo)).toEqual({
      kind: 'framewright.project',
      schemaVersion: 2,
      project: { shots: [{ id: 'a', prompt: { subject: '', negative: '' } }, { id: 'b', prompt }, 7] },
    })
    expect(migrateDocument({ schemaVersion: 1, project: { shots: 'none' } }, 1, oneToTwo)).toEqual({ schemaVersion: 2, project: { shots: 'none' } })
    expect(migrateDocument({ schemaVersion: 1 }, 1, oneToTwo)).toEqual({ schemaVersion: 2 })
  })

  it('2 -> 3 gives the project an empty customPresets list, keeps one already there, and leaves odd shapes for validation', () => {
    const doc = { kind: 'framewright.project', schemaVersion: 2, project: { shots: [] } }
    const upTo3 = MIGRATIONS.slice(0, 2)
    expect(migrateDocument(doc, 2, upTo3)).toEqual({ kind: 'framewright.project', schemaVersion: 3, project: { shots: [], customPresets: [] } })
    const carried = { schemaVersion: 2, project: { customPresets: [{ id: 'custom:a' }] } }
    expect(migrateDocument(carried, 2, upTo3)).toEqual({ ...carried, schemaVersion: 3 })
    expect(migrateDocument({ schemaVersion: 2, project: 'none' }, 2, upTo3)).toEqual({ schemaVersion: 3, project: 'none' })
    // a version 1 file goes through every step (3 -> 4 and 4 -> 5 change nothing)
    expect(migrateDocument({ schemaVersion: 1, project: { shots: [{ id: 'a' }] } }, 1)).toEqual({
      schemaVersion: 5,
      project: { shots: [{ id: 'a', prompt: { subject: '', negative: '' } }], customPresets: [] },
    })
  })

  it('runs only the steps from the document version on, in order, and stamps the version', () => {
    const steps: MigrationStep[] = [
      { from: 1, to: 2, description: 'rename a to b', migrate: (d) => ({ ...d, b: d.a, a: undefined }) },
      { from: 2, to: 3, description: 'double b', migrate: (d) => ({ ...d, b: Number(d.b) * 2 }) },
    ]
    expect(migrateDocument({ schemaVersion: 1, a: 5 }, 1, steps)).toEqual({ schemaVersion: 3, a: undefined, b: 10 })
    expect(migrateDocument({ schemaVersion: 2, b: 5 }, 2, steps)).toEqual({ schemaVersion: 3, b: 10 })
  })
})
