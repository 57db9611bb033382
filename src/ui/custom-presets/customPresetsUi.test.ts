/** The pure parts of the My presets UI: the merged list, the form's rows and requests, the library store, the composite pictogram. */
import { describe, expect, it } from 'vitest'
import { createClip, getPreset, presetRegistry } from '../../camera-presets'
import { type CustomPresetDefinition, buildCustomPreset, partsFromClips } from '../../camera-presets/custom'
import { type Clip, type Project, addClip, createProject } from '../../timeline'
import { compositeGlyph } from '../presets-panel/compositeGlyph'
import { pathPoints } from '../presets-panel/glyphGeometry'
import { createLibraryStore } from './libraryStore'
import { linkedPresetStanding, myPresetItems, presetFileName } from './myPresets'
import { formFromParts, isLinked, requestsFromForm, updateRow } from './presetForm'

const clip = (id: string, key: string, startS: number, durationS: number, params: Record<string, number | string> = {}): Clip =>
  createClip(getPreset(id)!, key, startS, params, durationS)

const partsOf = (clips: Clip[]) => {
  const r = partsFromClips(clips.map((c, i) => ({ clip: c, track: i })), presetRegistry)
  if (!r.ok) throw new Error(r.message)
  return r
}

const preset = (id: string, name: string, clips: Clip[] = [clip('orbit-left', 'o', 0, 4, { angle: 120 })], version = 1): CustomPresetDefinition => {
  const p = partsOf(clips)
  const r = buildCustomPreset({ id, name, version, parts: p.parts, sources: p.sources, exposed: [] }, presetRegistry)
  if (!r.ok) throw new Error(r.message)
  return r.definition
}

describe('myPresetItems', () => {
  it('merges My presets with the project: the project copy wins, project-only presets come last, usage and newer revisions are flagged', () => {
    const a = preset('custom:a', 'Alpha')
    const b = preset('custom:b', 'Bravo')
    const bOld = { ...b, version: 1, name: 'Bravo (old)' }
    const c = preset('custom:c', 'Charlie')
    let project: Project = { ...createProject(), customPresets: [bOld, c] }
    project = addClip(project, 'shot:1', 'shot:1/track:1', createClip(presetRegistry.get('static') as never, 'x', 0))
    project = { ...project, shots: [{ ...project.shots[0], tracks: [{ ...project.shots[0].tracks[0], clips: [{ ...project.shots[0].tracks[0].clips[0], presetId: 'custom:c' }] }, project.shots[0].tracks[1]] }] }
    const items = myPresetItems([a, { ...b, version: 2 }], project)
    expect(items.map((i) => [i.def.name, i.inProject, i.inLibrary, i.usedBy, i.newerInLibrary?.version ?? null])).toEqual([
      ['Alpha', false, true, 0, null],
      ['Bravo (old)', true, true, 0, 2],
      ['Charlie', true, false, 1, null],
    ])
    expect(myPresetItems([a], project, 'charl').map((i) => i.def.name)).toEqual(['Charlie'])
    expect(presetFileName({ ...a, name: 'Hero Reveal #2!' })).toBe('hero-reveal-2.framewright-preset.json')
  })
})

describe('linkedPresetStanding (Add to my presets from a link)', () => {
  it('adds a new preset, keeps the same or a later revision, updates an earlier one', () => {
    const a = preset('custom:a', 'Alpha', undefined, 2)
    expect(linkedPresetStanding([], a)).toEqual({ kind: 'new' })
    expect(linkedPresetStanding([preset('custom:b', 'Bravo')], a)).toEqual({ kind: 'new' })
    expect(linkedPresetStanding([a], { ...a, name: 'Renamed' })).toEqual({ kind: 'held', held: a })
    expect(linkedPresetStanding([{ ...a, version: 3 }], a)).toMatchObject({ kind: 'held', held: { version: 3 } })
    expect(linkedPresetStanding([{ ...a, version: 1 }], a)).toMatchObject({ kind: 'update', held: { version: 1 } })
  })
})

describe('the preset form', () => {
  const p = partsOf([clip('orbit-left', 'o1', 0, 3, { angle: 40 }), clip('orbit-left', 'o2', 3, 3, { angle: 50 }), clip('crane-up', 'c', 0, 6)])

  it('has a row per parameter of every part, baked by default', () => {
    const form = formFromParts(p.parts, presetRegistry)
    expect(form.parts.map((h) => h.label)).toEqual(['Orbit left', 'Crane up', 'Orbit left'])
    expect(form.rows.map((r) => `${r.part}.${r.param}=${r.baked}${r.exposed ? '*' : ''}`)).toEqual(['0.angle=40', '1.armLength=4', '1.angle=30', '1.aim=subject', '2.angle=50'])
  })

  it('checked rows become exposed parameters; rows with the same label are linked, their ranges intersected', () => {
    let form = formFromParts(p.parts, presetRegistry)
    form = updateRow(form, 0, 'angle', { exposed: true, label: 'Turn', min: 10, max: 200 })
    form = updateRow(form, 2, 'angle', { exposed: true, label: 'turn ', min: 0, max: 90 })
    form = updateRow(form, 1, 'aim', { exposed: true })
    expect(isLinked(form, form.rows[0])).toBe(true)
    expect(isLinked(form, form.rows[3])).toBe(false)
    const requests = requestsFromForm(form)
    expect(requests).toEqual([
      { label: 'Turn', targets: [{ part: 0, param: 'angle' }, { part: 2, param: 'angle' }], min: 10, max: 90, default: 40 },
      { label: 'Head', targets: [{ part: 1, param: 'aim' }] },
    ])
    const built = buildCustomPreset({ id: 'custom:f', name: 'F', parts: p.parts, sources: p.sources, exposed: requests }, presetRegistry)
    expect(built.ok && built.definition.exposed.map((e) => e.name)).toEqual(['turn', 'head'])
  })

  it("editing keeps an exposed parameter's name and default, so clips keep their values", () => {
    const r = buildCustomPreset({ id: 'custom:e', name: 'E', parts: p.parts, sources: p.sources, exposed: [{ label: 'Sweep', targets: [{ part: 0, param: 'angle' }], default: 33 }] }, presetRegistry)
    if (!r.ok) throw new Error(r.message)
    const form = formFromParts(r.definition.parts, presetRegistry, r.definition.exposed)
    expect(form.rows[0]).toMatchObject({ exposed: true, label: 'Sweep', min: 0, max: 360 })
    expect(requestsFromForm(form, r.definition.exposed)).toEqual([{ label: 'Sweep', name: 'sweep', targets: [{ part: 0, param: 'angle' }], min: 0, max: 360, default: 33 }])
  })
})

describe('the library store', () => {
  it('loads once, saves to the front, removes, and says so when storage is unavailable (keeping the session copy)', async () => {
    const a = preset('custom:a', 'Alpha')
    const b = preset('custom:b', 'Bravo')
    const stored = new Map<string, CustomPresetDefinition>([[a.id, a]])
    let loads = 0
    const lib = createLibraryStore({
      load: async () => {
        loads++
        return { presets: [...stored.values()], problems: [] }
      },
      put: async (def) => void stored.set(def.id, def),
      remove: async (id) => void stored.delete(id),
    })
    // calls while the first load runs wait for it (so a link's preset is never compared with a half-read library)
    const first = lib.load()
    let secondDone = false
    const second = lib.load().then(() => (secondDone = true))
    expect(secondDone).toBe(false)
    await second
    expect(lib.store.getState()).toMatchObject({ status: 'ready', presets: [a] })
    await first
    await lib.load()
    expect(loads).toBe(1)
    await lib.save(b)
    expect(lib.store.getState().presets.map((p) => p.name)).toEqual(['Bravo', 'Alpha'])
    expect(stored.has(b.id)).toBe(true)
    await lib.remove(a.id)
    expect([...stored.keys()]).toEqual([b.id])

    const broken = createLibraryStore({
      load: async () => Promise.reject(new Error('SecurityError')),
      put: async () => Promise.reject(new Error('QuotaExceededError')),
      remove: async () => undefined,
    })
    await broken.load()
    expect(broken.store.getState().status).toBe('unavailable')
    await broken.save(a)
    expect(broken.store.getState().presets).toEqual([a])
    expect(broken.store.getState().problem).toMatch(/cannot be stored in this browser/)
  })
})

describe('compositeGlyph', () => {
  it('draws the real path inside the 24 x 24 grid, with the subject, and falls back to a part pictogram for moves that barely travel', () => {
    const orbitRise = preset('custom:g', 'G', [clip('orbit-left', 'o', 0, 4, { angle: 120 }), clip('crane-up', 'c', 2, 3)])
    const g = compositeGlyph(orbitRise)
    for (const s of g.strokes) for (const [x, y] of pathPoints(s.d)) expect(x >= 0 && x <= 24 && y >= 0 && y <= 24).toBe(true)
    expect(g.dots.filter((d) => d.subject)).toHaveLength(1)
    expect(compositeGlyph(orbitRise)).toBe(g) // cached per definition
    const panZoom = preset('custom:p', 'P', [clip('pan-left', 'p', 0, 2), clip('zoom-in', 'z', 0, 3)])
    expect(compositeGlyph(panZoom).strokes.length).toBeGreaterThan(0)
    expect(compositeGlyph(panZoom).dots.some((d) => d.subject)).toBe(false) // zoom-in's own pictogram (the longest part)
  })
})
