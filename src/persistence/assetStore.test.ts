import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { loadProject } from '../schema'
import { assetIdsInUse, deleteAssetsForTests, fileAssetsOf, getAsset, putAsset, storeFileAssets, sweepUnusedAssets } from './assetStore'

const v4 = () => {
  const r = loadProject(readFileSync(new URL('../schema/fixtures/project.v4.json', import.meta.url), 'utf8'))
  if (!r.ok) throw new Error(r.error.message)
  return r
}

afterEach(() => deleteAssetsForTests())

describe('asset store (IndexedDB)', () => {
  it('stores bytes once under their SHA-256', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    const id = await putAsset(bytes, 'image/png')
    expect(id).toBe('sha256:039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81')
    expect(await putAsset(bytes, 'image/png')).toBe(id)
    expect(new Uint8Array((await getAsset(id))!.bytes)).toEqual(bytes)
  })

  it("a file's assets go in after their ids are checked, and come back out for Export", async () => {
    const { project, assets } = v4()
    expect(await fileAssetsOf(project)).toEqual({ assets: {}, missing: Object.keys(assets!) })
    expect(await storeFileAssets(assets)).toEqual({ ok: true })
    expect(await fileAssetsOf(project)).toEqual({ assets, missing: [] })
  })

  it('a damaged asset stores nothing and names itself', async () => {
    const { project, assets } = v4()
    const [first, second] = Object.keys(assets!) as (keyof typeof assets)[]
    const damaged = { ...assets!, [second]: { ...assets![second], base64: assets![first].base64 } }
    const result = await storeFileAssets(damaged)
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/does not match its bytes/) })
    expect((await fileAssetsOf(project)).missing).toHaveLength(2)
  })
})

describe('sweeping unused assets', () => {
  it('deletes only assets no project points at, and only old ones', async () => {
    const used = await putAsset(new Uint8Array([1]), 'image/png')
    const unused = await putAsset(new Uint8Array([2]), 'image/png')
    const day = 24 * 60 * 60 * 1000
    // young: kept even when unused (another tab may not have saved its project yet)
    expect(await sweepUnusedAssets(new Set([used]), Date.now())).toBe(0)
    expect(await sweepUnusedAssets(new Set([used]), Date.now() + 2 * day)).toBe(1)
    expect(await getAsset(used)).toBeDefined()
    expect(await getAsset(unused)).toBeUndefined()
  })

  it('collects the ids of every library project and the open documents', async () => {
    const { project } = v4()
    const library = {
      list: async () => ({ projects: [{ id: 'a' }, { id: 'b' }], problems: [] }),
      read: async (id: string) => ({ ok: true, project: id === 'a' ? { ...project, scratchTrack: undefined } : { ...project, shots: [] } }),
    }
    const ids = await assetIdsInUse(library, [])
    expect([...(ids ?? [])].sort()).toEqual(Object.keys(v4().assets!).sort())
    // a project that cannot be read (e.g. a newer app's) may point at assets too: nothing is known to be unused
    expect(await assetIdsInUse({ ...library, read: async (id) => (id === 'a' ? { ok: false } : library.read(id)) }, [project])).toBeNull()
    expect(await assetIdsInUse({ ...library, list: async () => ({ projects: [], problems: ['x could not be read'] }) }, [])).toBeNull()
  })
})
