import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assetIdOf, base64ToBytes } from '../assets'
import { createProject } from '../timeline/defaults'
import { setReferenceImage, setScratchTrack, setShotNotes, updateScratchTrack } from '../timeline/mediaOps'
import type { AssetId } from '../timeline/media'
import { CURRENT_SCHEMA_VERSION, loadProject, serializeProject } from '.'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const ID_A = `sha256:${'a'.repeat(64)}` as AssetId

describe('schema 4: notes, reference images, scratch track, file assets', () => {
  it('project.v4.json loads with its notes, reference image, scratch track and the bytes of both', async () => {
    const result = loadProject(fixture('project.v4.json'))
    if (!result.ok) throw new Error(result.error.message)
    const { project, assets } = result
    expect(project.shots[0].notes).toMatch(/^Open wide on the street/)
    expect(project.shots[1].notes).toBeUndefined()
    const image = project.shots[0].referenceImage!
    expect(image).toMatchObject({ fileName: 'street-ref.png', mimeType: 'image/png', widthPx: 32, heightPx: 18 })
    expect(project.scratchTrack).toMatchObject({ fileName: 'temp-score.wav', durationS: 0.5, offsetS: 0.25, gainDb: -6 })
    // each asset's id is the SHA-256 of its bytes (Web Crypto agrees with Node's)
    for (const id of [image.assetId, project.scratchTrack!.assetId]) {
      const bytes = base64ToBytes(assets![id].base64)
      expect(await assetIdOf(bytes)).toBe(id)
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(id)
    }
  })

  it('v1-v3 files migrate to schema 4 with no notes and no media', () => {
    for (const name of ['project.v1.json', 'project.v2.json', 'project.v3.json']) {
      const result = loadProject(fixture(name))
      if (!result.ok) throw new Error(result.error.message)
      expect(result.assets).toBeUndefined()
      expect(result.project.scratchTrack).toBeUndefined()
      expect(result.project.shots.every((s) => s.notes === undefined && s.referenceImage === undefined)).toBe(true)
    }
  })

  it('writes only the assets the project points at, and reads them back', () => {
    const loaded = loadProject(fixture('project.v4.json'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const extra = { [ID_A]: { mimeType: 'image/png', base64: 'AAAA' } }
    const text = serializeProject(loaded.project, { assets: { ...loaded.assets!, ...extra } })
    const doc = JSON.parse(text)
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(Object.keys(doc.assets).sort()).toEqual(Object.keys(loaded.assets!).sort())
    const again = loadProject(text)
    expect(again.ok && again.assets).toEqual(loaded.assets)
    // without assets, no field at all
    expect(JSON.parse(serializeProject(loaded.project))).not.toHaveProperty('assets')
  })

  it('refuses bad media references and bad asset bytes with the path', () => {
    const doc = JSON.parse(fixture('project.v4.json'))
    const bad = (mutate: (d: typeof doc) => void) => {
      const copy = structuredClone(doc)
      mutate(copy)
      const r = loadProject(JSON.stringify(copy))
      return r.ok ? 'ok' : r.error.message
    }
    expect(bad((d) => (d.project.shots[0].referenceImage.assetId = 'sha256:xyz'))).toMatch(/shots\[0\]\.referenceImage\.assetId.*sha256/)
    expect(bad((d) => (d.project.shots[0].referenceImage.mimeType = 'image/gif'))).toMatch(/mimeType/)
    expect(bad((d) => (d.project.shots[0].referenceImage.widthPx = 0))).toMatch(/widthPx/)
    expect(bad((d) => (d.project.scratchTrack.gainDb = 40))).toMatch(/gainDb/)
    expect(bad((d) => (d.project.shots[0].notes = 'x'.repeat(5000)))).toMatch(/notes/)
    expect(bad((d) => (Object.values(d.assets)[0] as { base64: string }).base64 = 'not base64!')).toMatch(/assets.*base64/)
    expect(bad((d) => (d.project.shots[0].referenceImage.extra = 1))).toMatch(/extra/)
  })
})

describe('media ops', () => {
  const image = { assetId: ID_A, fileName: 'a.png', mimeType: 'image/png' as const, widthPx: 16, heightPx: 9 }
  const track = { assetId: ID_A, fileName: 'a.wav', mimeType: 'audio/wav' as const, durationS: 3, offsetS: 0, gainDb: 0 }

  it('notes: trimmed at the end, empty removes the field, unchanged returns the same project', () => {
    const p = createProject('project:1', 'P')
    const id = p.shots[0].id
    const withNotes = setShotNotes(p, id, 'Hold on the sign.  \n')
    expect(withNotes.shots[0].notes).toBe('Hold on the sign.')
    expect(setShotNotes(withNotes, id, 'Hold on the sign.')).toBe(withNotes)
    expect(setShotNotes(withNotes, id, '  ').shots[0]).not.toHaveProperty('notes')
  })

  it('reference image set, same again is no edit, null removes', () => {
    const p = createProject('project:1', 'P')
    const id = p.shots[0].id
    const a = setReferenceImage(p, id, image)
    expect(a.shots[0].referenceImage).toEqual(image)
    expect(setReferenceImage(a, id, { ...image })).toBe(a)
    expect(setReferenceImage(a, id, null).shots[0]).not.toHaveProperty('referenceImage')
    expect(setReferenceImage(p, id, null)).toBe(p)
  })

  it('scratch track: gain clamped, offset moved, removed', () => {
    const p = setScratchTrack(createProject('project:1', 'P'), { ...track, gainDb: 99 })
    expect(p.scratchTrack!.gainDb).toBe(12)
    const moved = updateScratchTrack(p, { offsetS: -1.5, gainDb: -100 })
    expect(moved.scratchTrack).toMatchObject({ offsetS: -1.5, gainDb: -60 })
    expect(updateScratchTrack(moved, { offsetS: -1.5 })).toBe(moved)
    expect(setScratchTrack(moved, null)).not.toHaveProperty('scratchTrack')
  })
})
