/**
 * Custom presets, the pure model: a clip of a custom preset moves the camera exactly as the clips it
 * was saved from (sampled densely, with a walking subject, overlaps, bullet time and other clips
 * around it); exposed parameters drive their parts; ranges and parts are validated; the registry
 * namespaces custom ids; the project operations keep clips valid.
 */
import { describe, expect, it } from 'vitest'
import { namedEasing } from '../../core/math/easing'
import { type Clip, type Project, type Shot, type ShotFrame, createProject, evaluateShot, initialMoveState } from '../../timeline'
import type { CustomPresetDefinition } from '../../timeline/customPreset'
import { createClip } from '../createClip'
import { getPreset, presetRegistry } from '../registry'
import { type ExposeRequest, buildCustomPreset, partsFromClips } from './build'
import { customMove, isCustomMove } from './customMove'
import { addCustomPreset, bakeCustomPresetClips, customPresetUsage, removeCustomPreset, renameCustomPreset, updateCustomPreset } from './ops'
import { lookupPreset, registryFor, withCustomPresets } from './registry'

const P = (id: string) => getPreset(id)!
const clip = (presetId: string, id: string, startS: number, durationS: number, params: Record<string, number | string> = {}, easing?: Clip['easing']): Clip => ({
  ...createClip(P(presetId), id, startS, params, durationS),
  ...(easing ? { easing } : {}),
})

/** A shot of the default project with `tracks` of clips, a walking subject and room after the clips. */
const shotWith = (tracks: readonly (readonly Clip[])[], durationS = 12): Shot => {
  const base = createProject().shots[0]
  return {
    ...base,
    durationS,
    subject: { ...base.subject, path: { kind: 'line', distanceM: 2 } },
    tracks: tracks.map((clips, i) => ({ id: `track:${i + 1}`, clips: [...clips].sort((a, b) => a.startS - b.startS) })),
  }
}

/** The tuned clips a preset is saved from: an orbit and a crane overlapping, then a dolly in. */
const tuned = (): Clip[][] => [
  [clip('orbit-left', 'a', 1, 4, { angle: 120 }, namedEasing('ease-in-out-cubic')), clip('dolly-in', 'c', 5, 2, { distance: 0.8 })],
  [clip('crane-up', 'b', 3, 3, { armLength: 2.5 })],
]

const saveFrom = (tracks: Clip[][], exposed: ExposeRequest[] = [], id = 'custom:test-1'): CustomPresetDefinition => {
  const sources = tracks.flatMap((clips, track) => clips.map((c) => ({ clip: c, track })))
  const parts = partsFromClips(sources, presetRegistry)
  if (!parts.ok) throw new Error(parts.message)
  const built = buildCustomPreset({ id, name: 'Rising reveal', parts: parts.parts, sources: parts.sources, exposed }, presetRegistry)
  if (!built.ok) throw new Error(built.message)
  return built.definition
}

const projectWith = (shot: Shot, defs: CustomPresetDefinition[]): Project => ({ ...createProject(), shots: [shot], customPresets: defs })

const TIMES = Array.from({ length: 241 }, (_, i) => i * 0.05)

const expectSameFrames = (a: (t: number) => ShotFrame, b: (t: number) => ShotFrame, times = TIMES) => {
  for (const t of times) {
    const x = a(t)
    const y = b(t)
    for (let k = 0; k < 3; k++) expect(x.position[k]).toBeCloseTo(y.position[k], 9)
    expect(x.yawDeg).toBeCloseTo(y.yawDeg, 7)
    expect(x.pitchDeg).toBeCloseTo(y.pitchDeg, 7)
    expect(x.rollDeg).toBeCloseTo(y.rollDeg, 7)
    expect(x.focalLengthMm).toBeCloseTo(y.focalLengthMm, 9)
    expect(x.focusDistanceM).toBeCloseTo(y.focusDistanceM, 9)
    expect(x.sceneTimeS).toBeCloseTo(y.sceneTimeS, 9)
    for (let k = 0; k < 3; k++) expect(x.subject.point[k]).toBeCloseTo(y.subject.point[k], 9)
  }
}

describe('a custom preset plays exactly as the clips it was saved from', () => {
  it('one clip of it, where the clips started, gives the same camera frames at every sampled time', () => {
    const original = shotWith(tuned())
    const def = saveFrom(tuned())
    expect(def.durationS).toBeCloseTo(6, 12)
    expect(def.parts.map((p) => [p.presetId, p.startS, p.track])).toEqual([
      ['orbit-left', 0, 0],
      ['crane-up', 2, 1],
      ['dolly-in', 4, 0],
    ])
    const project = projectWith(shotWith([[clip('static', 'x', 0, 0.5)], []]), [def])
    const registry = registryFor(project)
    const custom = shotWith([[{ ...createClip(registry.get(def.id)!, 'k', 1) }]])
    expectSameFrames(
      (t) => evaluateShot(custom, t, registry),
      (t) => evaluateShot(original, t, presetRegistry),
    )
  })

  it('among other clips, it keeps its parts in time order with them (a pan starting between its parts)', () => {
    const pan = clip('pan-left', 'p', 2, 3, { angle: 30 })
    const original = shotWith([...tuned(), [pan]])
    const def = saveFrom(tuned())
    const registry = withCustomPresets(presetRegistry, [def])
    const custom = shotWith([[createClip(registry.get(def.id)!, 'k', 1)], [pan]])
    expectSameFrames(
      (t) => evaluateShot(custom, t, registry),
      (t) => evaluateShot(original, t, presetRegistry),
    )
  })

  it('a part under bullet time freezes the walking subject exactly as the clip did', () => {
    const tracks = [[clip('bullet-time', 'bt', 0.5, 2, { angle: 90, timeRate: 0 }), clip('push-in', 'pi', 3, 2)]]
    const original = shotWith(tracks)
    const def = saveFrom(tracks)
    const registry = withCustomPresets(presetRegistry, [def])
    const custom = shotWith([[createClip(registry.get(def.id)!, 'k', 0.5)]])
    expectSameFrames(
      (t) => evaluateShot(custom, t, registry),
      (t) => evaluateShot(original, t, presetRegistry),
    )
  })

  it('a longer clip stretches every part in time', () => {
    const def = saveFrom(tuned())
    const registry = withCustomPresets(presetRegistry, [def])
    const custom = shotWith([[createClip(registry.get(def.id)!, 'k', 0, undefined, 12)]], 14)
    const doubled = tuned().map((clips) => clips.map((c) => ({ ...c, startS: (c.startS - 1) * 2, durationS: c.durationS * 2 })))
    const original = { ...shotWith(doubled, 14), subject: custom.subject }
    expectSameFrames(
      (t) => evaluateShot(custom, t, registry),
      (t) => evaluateShot(original, t, presetRegistry),
    )
  })

  it('its standalone operator (apply) matches the clips on a subject that stands still', () => {
    const base = shotWith(tuned())
    const still = { ...base, subject: { ...base.subject, path: { kind: 'still' as const } } }
    const def = saveFrom(tuned())
    const move = customMove(def, presetRegistry)
    const shifted = { ...still, tracks: still.tracks.map((t) => ({ ...t, clips: t.clips.map((c) => ({ ...c, startS: c.startS - 1 })) })) }
    const subject = evaluateShot(shifted, 0, presetRegistry).subject.point
    for (let i = 0; i <= 60; i++) {
      const t = (i / 60) * def.durationS
      const state = move.apply(
        initialMoveState(still),
        { progress: t / def.durationS, linearProgress: t / def.durationS, localTimeS: t, durationS: def.durationS, subjectPoint: subject, subjectPointAtStart: subject },
        { angle: 120 },
      )
      const f = evaluateShot(shifted, t, presetRegistry)
      for (let k = 0; k < 3; k++) expect(state.position[k]).toBeCloseTo(f.position[k], 9)
      expect(state.yawDeg).toBeCloseTo(f.yawDeg, 7)
      expect(state.pitchDeg).toBeCloseTo(f.pitchDeg, 7)
    }
    // identity at progress 0, as every operator
    const s0 = initialMoveState(still)
    expect(move.apply(s0, { progress: 0, linearProgress: 0, localTimeS: 0, durationS: 6, subjectPoint: subject, subjectPointAtStart: subject }, {})).toEqual(s0)
  })
})

describe('exposed parameters', () => {
  it('default to the tuned value, keep the built-in range unless narrowed, and drive their part', () => {
    const def = saveFrom(tuned(), [{ targets: [{ clipId: 'a', param: 'angle' }] }])
    expect(def.exposed).toEqual([{ kind: 'number', name: 'angle', label: 'Angle', unit: 'deg', min: 0, max: 360, default: 120, targets: [{ part: 0, param: 'angle' }] }])
    const registry = withCustomPresets(presetRegistry, [def])
    const move = registry.get(def.id)!
    expect(move.params).toEqual([expect.objectContaining({ kind: 'number', name: 'angle', min: 0, max: 360, default: 120, unit: 'deg' })])
    const custom = shotWith([[createClip(move, 'k', 1, { angle: 45 })]])
    const retuned = tuned().map((clips) => clips.map((c) => (c.id === 'a' ? { ...c, params: { angle: 45 } } : c)))
    expectSameFrames(
      (t) => evaluateShot(custom, t, registry),
      (t) => evaluateShot(shotWith(retuned), t, presetRegistry),
    )
  })

  it('one exposed parameter can drive several parts (two orbits turned together)', () => {
    const tracks = [[clip('orbit-left', 'o1', 0, 2, { angle: 30 }), clip('orbit-left', 'o2', 2, 2, { angle: 30 })]]
    const def = saveFrom(tracks, [{ label: 'Each turn', targets: [{ clipId: 'o1', param: 'angle' }, { clipId: 'o2', param: 'angle' }], min: 10, max: 90 }])
    expect(def.exposed[0]).toMatchObject({ name: 'each-turn', min: 10, max: 90, default: 30 })
    const registry = withCustomPresets(presetRegistry, [def])
    const parts = registry.get(def.id)!.composite!.parts({ 'each-turn': 80 })
    expect(parts.map((p) => p.params.angle)).toEqual([80, 80])
    const custom = shotWith([[createClip(registry.get(def.id)!, 'k', 0, { 'each-turn': 80 })]])
    const retuned = [tracks[0].map((c) => ({ ...c, params: { angle: 80 } }))]
    expectSameFrames(
      (t) => evaluateShot(custom, t, registry),
      (t) => evaluateShot(shotWith(retuned), t, presetRegistry),
    )
  })

  it('refuses a range outside the built-in range, a default outside its range, and mismatched targets, each naming the path', () => {
    const build = (exposed: ExposeRequest[]) => {
      const parts = partsFromClips(tuned().flatMap((clips, track) => clips.map((c) => ({ clip: c, track }))), presetRegistry)
      if (!parts.ok) throw new Error(parts.message)
      return buildCustomPreset({ id: 'custom:x', name: 'X', parts: parts.parts, sources: parts.sources, exposed }, presetRegistry)
    }
    const wide = build([{ targets: [{ clipId: 'a', param: 'angle' }], min: 0, max: 400 }])
    expect(wide.ok ? '' : wide.message).toBe("exposed[0].min range 0..400 deg must lie within 0..360 deg (orbit-left's angle)")
    const off = build([{ targets: [{ clipId: 'a', param: 'angle' }], min: 10, max: 20, default: 50 }])
    expect(off.ok ? '' : off.message).toBe('exposed[0].default must be between min and max (10 and 20 deg)')
    const mixed = build([{ targets: [{ clipId: 'a', param: 'angle' }, { clipId: 'b', param: 'armLength' }] }])
    expect(mixed.ok ? '' : mixed.message).toBe("exposed[0].unit is 'deg', but crane-up's armLength is in 'm'")
    const unknown = build([{ targets: [{ clipId: 'a', param: 'speed' }] }])
    expect(unknown.ok ? '' : unknown.message).toBe("exposed[0].targets[0].param is 'speed', which is not a parameter of 'orbit-left' (its parameters: angle)")
    const twice = build([{ targets: [{ clipId: 'a', param: 'angle' }] }, { targets: [{ clipId: 'a', param: 'angle' }] }])
    expect(twice.ok ? '' : twice.message).toBe('exposed[1].targets[0].param parts[0].angle is already driven by exposed[0]')
  })
})

describe('parts', () => {
  it('a custom clip saved again is unpacked into its built-in parts (one level of nesting)', () => {
    const inner = saveFrom(tuned())
    const registry = withCustomPresets(presetRegistry, [inner])
    const outer = partsFromClips([{ clip: createClip(registry.get(inner.id)!, 'k', 2), track: 0 }, { clip: clip('zoom-in', 'z', 0, 1), track: 1 }], registry)
    if (!outer.ok) throw new Error(outer.message)
    expect(outer.parts.map((p) => p.presetId)).toEqual(['zoom-in', 'orbit-left', 'crane-up', 'dolly-in'])
    expect(outer.sources.map((s) => s.clipId)).toEqual(['z', 'k/part:1', 'k/part:2', 'k/part:3'])
  })

  it('a definition naming another custom preset, or an unknown move, is refused with a clear reason', () => {
    const def = saveFrom(tuned())
    const nested = { ...def, parts: [{ ...def.parts[0], presetId: 'custom:other' }] }
    const r = buildCustomPreset({ ...nested, sources: [], exposed: [] }, presetRegistry)
    expect(r.ok ? '' : r.message).toBe(
      "parts[0].presetId is 'custom:other', another custom preset: a custom preset is made of built-in moves only (nested custom presets are not supported)",
    )
    const unknown = buildCustomPreset({ ...def, parts: [{ ...def.parts[0], presetId: 'moonwalk' }], sources: [], exposed: [] }, presetRegistry)
    expect(unknown.ok ? '' : unknown.message).toBe("parts[0].presetId is 'moonwalk', which is not a known camera move")
    expect(partsFromClips([], presetRegistry)).toEqual({ ok: false, message: 'Select at least one move to save as a preset.' })
  })
})

describe('registries', () => {
  it('namespaces custom ids: built-ins are never shadowed, unknown custom ids are undefined', () => {
    const def = saveFrom(tuned())
    const registry = withCustomPresets(presetRegistry, [def, { ...def, id: 'custom:orbit-left' }])
    expect(registry.get('orbit-left')).toBe(P('orbit-left'))
    expect(registry.get('orbit')).toBe(P('orbit-left')) // aliases still resolve
    expect(isCustomMove(registry.get(def.id))).toBe(true)
    expect(registry.get('custom:nope')).toBeUndefined()
    expect(registry.get(def.id)).toBe(registry.get(def.id)) // built once
  })

  it('registryFor is the built-in registry without custom presets, and one stable object per preset list', () => {
    expect(registryFor(createProject())).toBe(presetRegistry)
    const project = projectWith(createProject().shots[0], [saveFrom(tuned())])
    expect(registryFor(project)).toBe(registryFor({ customPresets: project.customPresets }))
    expect(registryFor(project)).not.toBe(registryFor({ ...project, customPresets: [...project.customPresets] }))
    expect(lookupPreset(project, 'custom:test-1')?.label).toBe('Rising reveal')
    expect(lookupPreset(project, 'custom:test-1')?.description).toBe('Made of Orbit left, Crane up, Dolly in.')
  })
})

describe('project operations', () => {
  const used = () => {
    const def = saveFrom(tuned(), [{ targets: [{ clipId: 'a', param: 'angle' }] }])
    const registry = withCustomPresets(presetRegistry, [def])
    const shot = shotWith([[createClip(registry.get(def.id)!, 'k', 1, { angle: 200 })]])
    return { def, project: projectWith(shot, [def]) }
  }

  it('adding: new ids are added; the same revision changes nothing; a later revision replaces it', () => {
    const { def, project } = used()
    expect(addCustomPreset(project, def, presetRegistry)).toBe(project)
    expect(addCustomPreset(project, { ...def, name: 'Older' }, presetRegistry)).toBe(project)
    const later = addCustomPreset(project, { ...def, version: 2, name: 'Newer' }, presetRegistry)
    expect(later.customPresets[0]).toMatchObject({ name: 'Newer', version: 2 })
    expect(addCustomPreset(project, { ...def, id: 'custom:two' }, presetRegistry).customPresets).toHaveLength(2)
  })

  it('updating bumps the revision only when the motion changes, and refits clips to the new ranges', () => {
    const { def, project } = used()
    expect(updateCustomPreset(project, { ...def, description: 'A reveal' }, presetRegistry).customPresets[0].version).toBe(1)
    const narrowed = updateCustomPreset(project, { ...def, exposed: [{ ...def.exposed[0], min: 0, max: 180 } as typeof def.exposed[0]] }, presetRegistry)
    expect(narrowed.customPresets[0].version).toBe(2)
    const c = narrowed.shots[0].tracks[0].clips[0]
    expect(c.presetVersion).toBe(2)
    expect(c.params).toEqual({}) // 200 is outside 0..180: back to the default
    expect(updateCustomPreset(project, def, presetRegistry)).toBe(project)
  })

  it('renaming trims and refuses empty names; removing refuses a preset in use; baking keeps every frame', () => {
    const { def, project } = used()
    expect(renameCustomPreset(project, def.id, '  Hero reveal ').customPresets[0].name).toBe('Hero reveal')
    expect(renameCustomPreset(project, def.id, '   ')).toBe(project)
    expect(customPresetUsage(project, def.id)).toBe(1)
    expect(removeCustomPreset(project, def.id)).toBe(project)
    const baked = bakeCustomPresetClips(project, def.id)
    expect(customPresetUsage(baked, def.id)).toBe(0)
    expect(baked.shots[0].tracks[0].clips.map((c) => c.presetId)).toEqual(['orbit-left', 'crane-up', 'dolly-in'])
    expectSameFrames(
      (t) => evaluateShot(baked.shots[0], t, presetRegistry),
      (t) => evaluateShot(project.shots[0], t, registryFor(project)),
    )
    expect(removeCustomPreset(baked, def.id).customPresets).toEqual([])
  })
})
