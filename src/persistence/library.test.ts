/** The project library against a real IndexedDB implementation (fake-indexeddb, in memory). */
import 'fake-indexeddb/auto'
import { readFileSync, readdirSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDB } from 'idb'
import { CURRENT_SCHEMA_VERSION, loadProject, serializeProject } from '../schema'
import { createProject } from '../timeline/defaults'
import type { Project } from '../timeline/model'
import { idbPut } from './idb'
import { LEGACY_MIGRATED, migrateLegacyAutosave } from './legacyAutosave'
import { type Library, deleteLibraryForTests, openLibrary, thumbKeyOf } from './library'

const DB = 'framewright-library-test'
const project = (id: string, name: string, shots = 1): Project => {
  const p = createProject(id, name)
  return { ...p, shots: Array.from({ length: shots }, (_, i) => ({ ...p.shots[0], id: `shot:${i + 1}`, name: `Shot ${i + 1}` })) }
}

let library: Library

beforeEach(async () => {
  await deleteLibraryForTests(DB)
  library = await openLibrary(DB)
})
afterEach(() => library.close())

describe('project library', () => {
  it('saves, reads back through the load path, lists newest change first with name and shot count', async () => {
    await library.save(project('project:a', 'Alpha', 2), 1_000)
    await library.save(project('project:b', 'Beta', 3), 3_000)
    await library.save(project('project:c', 'Gamma'), 2_000)
    const { projects, problems } = await library.list()
    expect(problems).toEqual([])
    expect(projects.map((p) => [p.id, p.name, p.shotCount, p.updatedAt])).toEqual([
      ['project:b', 'Beta', 3, 3_000],
      ['project:c', 'Gamma', 1, 2_000],
      ['project:a', 'Alpha', 2, 1_000],
    ])
    const read = await library.read('project:a')
    expect(read?.ok && read.project.name).toBe('Alpha')
    expect(await library.read('project:none')).toBeNull()
    // a change moves it to the top
    await library.save(project('project:a', 'Alpha 2', 2), 4_000)
    expect((await library.list()).projects[0]).toMatchObject({ id: 'project:a', name: 'Alpha 2' })
  })

  it('stores the versioned project file Export writes', async () => {
    const p = project('project:a', 'Alpha')
    const record = await library.save(p, 1_000)
    expect(JSON.parse(record.text)).toMatchObject({ kind: 'framewright.project', schemaVersion: CURRENT_SCHEMA_VERSION })
    expect(record.text).toBe(serializeProject(p, { savedAt: new Date(1_000).toISOString() }))
  })

  it('gives a project from outside a fresh id when its id is taken (takes are kept per project id)', async () => {
    await library.save(project('project:1', 'Mine'), 1_000)
    const imported = await library.add(project('project:1', 'From a file'))
    expect(imported.id).not.toBe('project:1')
    expect(imported.id).toMatch(/^project:/)
    const again = await library.add(project('project:1', 'From the CLI'))
    expect(new Set([imported.id, again.id, 'project:1']).size).toBe(3)
    const read = await library.read(imported.id)
    expect(read?.ok && read.project).toMatchObject({ id: imported.id, name: 'From a file' })
    // a free id is kept
    expect((await library.add(project('project:free', 'Free'))).id).toBe('project:free')
    expect((await library.list()).projects).toHaveLength(4)
  })

  it('duplicates (a new id, "copy", its thumbnail) and renames', async () => {
    await library.save(project('project:a', 'Alpha', 2), 1_000)
    const png = new Blob(['png'])
    await library.putThumbnail('project:a', { png, key: 'k' })
    const copy = await library.duplicate('project:a', 2_000)
    expect(copy).toMatchObject({ name: 'Alpha copy', shotCount: 2, updatedAt: 2_000 })
    expect(copy!.id).not.toBe('project:a')
    expect((await library.thumbnail(copy!.id))?.key).toBe('k')
    const renamed = await library.rename('project:a', '  Renamed  ', 3_000)
    expect(renamed).toMatchObject({ id: 'project:a', name: 'Renamed', updatedAt: 3_000 })
    const read = await library.read('project:a')
    expect(read?.ok && read.project.name).toBe('Renamed')
    expect(await library.rename('project:a', '   ')).toBeNull()
  })

  it('removes a project with its thumbnail and restores both (Undo)', async () => {
    await library.save(project('project:a', 'Alpha'), 1_000)
    await library.putThumbnail('project:a', { png: new Blob(['png']), key: 'k' })
    const removed = await library.remove('project:a')
    expect(removed?.record.name).toBe('Alpha')
    expect(await library.has('project:a')).toBe(false)
    expect(await library.thumbnail('project:a')).toBeUndefined()
    expect(await library.remove('project:a')).toBeNull()
    await library.restore(removed!)
    expect((await library.list()).projects).toMatchObject([{ id: 'project:a', name: 'Alpha', updatedAt: 1_000 }])
    expect((await library.thumbnail('project:a'))?.key).toBe('k')
  })

  it('skips a corrupted record with a message and keeps it aside; a newer version stays for the newer app', async () => {
    await library.save(project('project:good', 'Good'), 1_000)
    library.close()
    const raw = await openDB(DB)
    await raw.put('projects', { id: 'project:bad', name: 'Broken', shotCount: 1, updatedAt: 2_000, text: '{"kind": "framewright.project", "schemaVersion": 2, "project": {' })
    await raw.put('projects', { id: 'project:invalid', name: 'Invalid', shotCount: 1, updatedAt: 2_500, text: JSON.stringify({ kind: 'framewright.project', schemaVersion: 2, project: { id: 'x' } }) })
    await raw.put('projects', { id: 'project:junk', nonsense: true })
    const future = JSON.stringify({ kind: 'framewright.project', schemaVersion: CURRENT_SCHEMA_VERSION + 1, project: {} })
    await raw.put('projects', { id: 'project:future', name: 'Future', shotCount: 1, updatedAt: 3_000, text: future })
    raw.close()
    library = await openLibrary(DB)

    const { projects, problems } = await library.list()
    expect(projects.map((p) => p.id)).toEqual(['project:good'])
    expect(problems).toHaveLength(4)
    expect(problems.find((p) => p.includes('Broken'))).toMatch(/could not be read \(This file is not valid JSON.*kept aside/)
    expect(problems.find((p) => p.includes('Future'))).toMatch(/newer version of Framewright/)
    // kept aside, not lost; the newer one is where it was
    const db = await openDB(DB)
    expect(await db.getAllKeys('projects')).toEqual(['project:future', 'project:good'])
    const aside = await db.getAll('aside')
    db.close()
    expect(aside.map((a) => (a.record as { id: string }).id).sort()).toEqual(['project:bad', 'project:invalid', 'project:junk'])
    expect(aside.every((a) => typeof a.reason === 'string' && a.reason.length > 0)).toBe(true)
    // listing again: only the newer one is mentioned
    expect((await library.list()).problems).toHaveLength(1)
  })

  it('reads every released fixture version through the one load path', async () => {
    const fixtures = readdirSync(new URL('../schema/fixtures/', import.meta.url)).filter((f) => /^project\.v\d+\.json$/.test(f))
    expect(fixtures.length).toBeGreaterThanOrEqual(CURRENT_SCHEMA_VERSION)
    for (const [v, name] of fixtures.entries()) {
      const text = readFileSync(new URL(`../schema/fixtures/${name}`, import.meta.url), 'utf8')
      const loaded = loadProject(text)
      expect(loaded.ok).toBe(true)
      const stored = await library.add(loaded.ok ? loaded.project : (null as never), v)
      const read = await library.read(stored.id)
      expect(read?.ok && read.project).toEqual(loaded.ok && { ...loaded.project, id: stored.id })
    }
  })

  it('the thumbnail key follows what the first shot looks like, not its name or other shots', () => {
    const a = project('project:a', 'A', 2)
    expect(thumbKeyOf({ ...a, name: 'B' })).toBe(thumbKeyOf(a))
    expect(thumbKeyOf({ ...a, shots: [a.shots[0], { ...a.shots[1], durationS: 9 }] })).toBe(thumbKeyOf(a))
    expect(thumbKeyOf({ ...a, shots: [{ ...a.shots[0], lens: { ...a.shots[0].lens, focalLengthMm: 85 } }, a.shots[1]] })).not.toBe(thumbKeyOf(a))
  })
})

describe('the old single autosave', () => {
  it('moves into the library once, keeping its id when free, and is left where it was', async () => {
    const old = project('project:1', 'My old work', 2)
    await idbPut('current', { text: serializeProject(old, { savedAt: '2025-01-15T10:30:00.000Z' }), savedAt: '2025-01-15T10:30:00.000Z' })
    const outcome = await migrateLegacyAutosave(library)
    expect(outcome).toEqual({ projectId: 'project:1' })
    const { projects } = await library.list()
    expect(projects).toMatchObject([{ id: 'project:1', name: 'My old work', shotCount: 2, updatedAt: Date.parse('2025-01-15T10:30:00.000Z') }])
    expect(await library.getMeta(LEGACY_MIGRATED)).toBeTruthy()
    // a second start does not import it again
    expect(await migrateLegacyAutosave(library)).toEqual({})
    expect((await library.list()).projects).toHaveLength(1)
  })

  it('gets a fresh id when the library already has its id; an unreadable one is reported and left alone', async () => {
    await library.save(project('project:1', 'Taken'), 1_000)
    const migrated = await migrateLegacyAutosave(library, async () => ({ text: serializeProject(project('project:1', 'Old')), savedAt: 'x' }))
    expect(migrated.projectId).toMatch(/^project:/)
    expect(migrated.projectId).not.toBe('project:1')

    library.close()
    await deleteLibraryForTests(DB)
    library = await openLibrary(DB)
    const bad = await migrateLegacyAutosave(library, async () => ({ text: 'not json', savedAt: 'x' }))
    expect(bad.problem).toMatch(/earlier version could not be opened/)
    expect((await library.list()).projects).toEqual([])
  })

  it('with no old autosave, nothing happens (and it is not looked for again)', async () => {
    let reads = 0
    const none = async () => {
      reads++
      return undefined
    }
    expect(await migrateLegacyAutosave(library, none)).toEqual({})
    expect(await migrateLegacyAutosave(library, none)).toEqual({})
    expect(reads).toBe(1)
  })
})
