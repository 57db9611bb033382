/** The store's custom-preset actions: each is one undo step, and a custom clip plays as its source clips. */
import { describe, expect, it } from 'vitest'
import { presetRegistry } from '../camera-presets'
import { registryFor } from '../camera-presets/custom'
import { evaluateShot } from '../timeline'
import { createStudioStore, selectCurrentShot } from './createStudioStore'
import { newCustomPresetId } from './customPresetActions'

type State = ReturnType<ReturnType<typeof createStudioStore>['getState']>
const clipsIn = (state: State) => selectCurrentShot(state).tracks.flatMap((t) => t.clips)

/** A store with a tuned orbit then a crane, saved as a preset with the orbit angle exposed. */
const withSavedPreset = () => {
  const store = createStudioStore()
  const s = () => store.getState()
  const orbit = s().addPresetClip('orbit-left')!
  s().setClipParams(orbit, { angle: 150 })
  const crane = s().addPresetClip('crane-up')!
  const before = s().document
  const saved = s().saveClipsAsPreset([orbit, crane], { name: ' Orbit rise ', exposed: [{ label: 'Orbit angle', targets: [{ clipId: orbit, param: 'angle' }], min: 30, max: 270 }] })
  if (!saved.ok) throw new Error(saved.message)
  return { store, s, orbit, crane, before, preset: saved.preset }
}

describe('custom preset actions', () => {
  it('saveClipsAsPreset adds the definition to the project in one undo step and leaves the clips alone', () => {
    const { s, before, preset } = withSavedPreset()
    expect(preset).toMatchObject({ name: 'Orbit rise', version: 1, category: 'orbit', durationS: 11 })
    expect(preset.id).toMatch(/^custom:[0-9a-f-]{36}$/)
    expect(preset.exposed).toEqual([{ kind: 'number', name: 'orbit-angle', label: 'Orbit angle', unit: 'deg', min: 30, max: 270, default: 150, targets: [{ part: 0, param: 'angle' }] }])
    expect(s().document.customPresets).toEqual([preset])
    expect(s().document.shots).toBe(before.shots)
    expect(s().notice?.text).toBe('Saved “Orbit rise” to My presets.')
    s().undo()
    expect(s().document).toBe(before)
  })

  it('refuses an empty selection, an unknown clip and a bad range, with a message, changing nothing', () => {
    const { s, orbit } = withSavedPreset()
    const doc = s().document
    expect(s().saveClipsAsPreset([], { name: 'x' })).toEqual({ ok: false, message: 'Select at least one move to save as a preset.' })
    expect(s().saveClipsAsPreset(['clip:nope'], { name: 'x' })).toEqual({ ok: false, message: 'There is no move "clip:nope" in this shot.' })
    const wide = s().saveClipsAsPreset([orbit], { name: 'x', exposed: [{ targets: [{ clipId: orbit, param: 'angle' }], max: 500 }] })
    expect(wide).toEqual({ ok: false, message: "exposed[0].min range 0..500 deg must lie within 0..360 deg (orbit-left's angle)" })
    expect(s().saveClipsAsPreset([orbit], { name: '  ' })).toEqual({ ok: false, message: 'name must not be empty' })
    expect(s().document).toBe(doc)
  })

  it('a clip of it (added by id or from a definition) plays exactly as the source clips, and its exposed parameter drives the orbit', () => {
    const { s, preset } = withSavedPreset()
    const source = selectCurrentShot(s())
    const id = s().addPresetClip(preset.id, { trackId: source.tracks[1].id, startS: 0 })!
    expect(s().selectedClipId).toBe(id)
    const shot = selectCurrentShot(s())
    const onlyCustom = { ...shot, tracks: shot.tracks.map((t) => ({ ...t, clips: t.clips.filter((c) => c.id === id) })) }
    const onlySource = { ...shot, tracks: shot.tracks.map((t) => ({ ...t, clips: t.clips.filter((c) => c.id !== id) })) }
    for (let t = 0; t <= 11; t += 0.25) {
      const a = evaluateShot(onlyCustom, t, registryFor(s().document))
      const b = evaluateShot(onlySource, t, presetRegistry)
      for (let k = 0; k < 3; k++) expect(a.position[k]).toBeCloseTo(b.position[k], 9)
      expect(a.yawDeg).toBeCloseTo(b.yawDeg, 7)
    }
    s().setClipParams(id, { 'orbit-angle': 90 })
    const turned = registryFor(s().document).get(preset.id)!.composite!.parts({ 'orbit-angle': 90 })
    expect(turned[0].params.angle).toBe(90)
    // its easing is its parts': a custom clip refuses one of its own
    s().setClipEasing(id, { kind: 'named', name: 'ease-in' })
    expect(clipsIn(s()).find((c) => c.id === id)?.easing).toEqual({ kind: 'named', name: 'linear' })
    expect(s().notice?.tone).toBe('error')
  })

  it('addCustomPresetClip copies a definition from My presets into another project, in one undo step', () => {
    const { preset } = withSavedPreset()
    const other = createStudioStore()
    const before = other.getState().document
    const id = other.getState().addCustomPresetClip(preset)!
    expect(other.getState().document.customPresets).toEqual([preset])
    expect(clipsIn(other.getState())).toEqual([expect.objectContaining({ id, presetId: preset.id, presetVersion: 1, params: { 'orbit-angle': 150 }, durationS: 11 })])
    other.getState().undo()
    expect(other.getState().document).toBe(before)
    // an invalid definition is refused
    expect(other.getState().addCustomPresetClip({ ...preset, parts: [] })).toBeNull()
    expect(other.getState().document).toBe(before)
  })

  it('update bumps the revision and refits clips; rename; each one undo step', () => {
    const { s, preset } = withSavedPreset()
    const id = s().addPresetClip(preset.id)!
    s().setClipParams(id, { 'orbit-angle': 250 })
    const d0 = s().document
    expect(s().updateCustomPreset({ ...preset, exposed: [{ ...preset.exposed[0], max: 180, default: 120 } as (typeof preset.exposed)[0]] })).toBe(true)
    expect(s().document.customPresets[0].version).toBe(2)
    expect(clipsIn(s()).find((c) => c.id === id)).toMatchObject({ presetVersion: 2, params: {} })
    s().renameCustomPreset(preset.id, 'Hero rise')
    expect(s().document.customPresets[0].name).toBe('Hero rise')
    s().undo()
    s().undo()
    expect(s().document).toBe(d0)
    expect(s().updateCustomPreset({ ...preset, parts: [] })).toBe(false)
    expect(s().document).toBe(d0)
  })

  it('delete refuses a preset in use (saying how many clips), bakes on request, and undoes in one step', () => {
    const { s, preset } = withSavedPreset()
    const id = s().addPresetClip(preset.id)!
    const shotBefore = selectCurrentShot(s())
    const d0 = s().document
    expect(s().deleteCustomPreset(preset.id)).toEqual({ ok: false, usedBy: 1 })
    expect(s().document).toBe(d0)
    expect(s().deleteCustomPreset(preset.id, { bake: true })).toEqual({ ok: true })
    expect(s().document.customPresets).toEqual([])
    const after = selectCurrentShot(s())
    expect(after.tracks.flatMap((t) => t.clips).some((c) => c.id === id)).toBe(false)
    for (let t = 0; t <= after.durationS; t += 0.5) {
      const a = evaluateShot(after, t, presetRegistry).position
      const b = evaluateShot(shotBefore, t, registryFor(d0)).position
      for (let k = 0; k < 3; k++) expect(a[k]).toBeCloseTo(b[k], 9)
    }
    s().undo()
    expect(s().document).toBe(d0)
    // unused: deleted outright
    s().deleteClip(id)
    expect(s().deleteCustomPreset(preset.id)).toEqual({ ok: true })
    expect(s().document.customPresets).toEqual([])
  })

  it('addCustomPreset adds once, takes a later revision, refuses an invalid one', () => {
    const { s, preset } = withSavedPreset()
    const other = createStudioStore()
    expect(other.getState().addCustomPreset(preset)).toBe(true)
    const d1 = other.getState().document
    other.getState().addCustomPreset(preset)
    expect(other.getState().document).toBe(d1)
    other.getState().addCustomPreset({ ...preset, version: 3, name: 'Newer' })
    expect(other.getState().document.customPresets[0]).toMatchObject({ version: 3, name: 'Newer' })
    expect(other.getState().addCustomPreset({ ...preset, id: 'orbit-left' })).toBe(false)
    expect(other.getState().notice?.tone).toBe('error')
    expect(s().document.customPresets).toHaveLength(1)
  })

  it('new ids are namespaced UUIDs', () => {
    const a = newCustomPresetId()
    expect(a).toMatch(/^custom:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newCustomPresetId()).not.toBe(a)
  })
})
