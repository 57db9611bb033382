/** Compilers see through custom presets: the analysis names their built-in parts, and shake inside one is measured as shake. */
import { describe, expect, it } from 'vitest'
import { createClip, getPreset, presetRegistry } from '../camera-presets'
import { buildCustomPreset, partsFromClips, registryFor } from '../camera-presets/custom'
import { type Clip, type Project, addClip, createProject } from '../timeline'
import { buildContext } from './context'

const customProject = (clips: Clip[]): { custom: Project; plain: Project } => {
  const parts = partsFromClips(clips.map((clip, i) => ({ clip, track: i })), presetRegistry)
  if (!parts.ok) throw new Error(parts.message)
  const built = buildCustomPreset({ id: 'custom:c', name: 'Mine', parts: parts.parts, sources: parts.sources, exposed: [] }, presetRegistry)
  if (!built.ok) throw new Error(built.message)
  const base: Project = { ...createProject(), customPresets: [built.definition] }
  const custom = addClip(base, 'shot:1', 'shot:1/track:1', createClip(registryFor(base).get('custom:c')!, 'k', 0))
  let plain = createProject()
  clips.forEach((c, i) => (plain = addClip(plain, 'shot:1', `shot:1/track:${i + 1}`, c)))
  return { custom, plain }
}

describe('compiling custom presets', () => {
  it('the motion analysis is the same as for the clips it was saved from, parts named', () => {
    const { custom, plain } = customProject([
      createClip(getPreset('orbit-left')!, 'o', 0, { angle: 60 }, 3),
      createClip(getPreset('handheld')!, 'h', 0, { positionAmplitude: 4 }, 3),
    ])
    const a = buildContext(custom, 0, registryFor(custom)).analysis
    const b = buildContext(plain, 0, presetRegistry).analysis
    expect(a.total.moves.map((m) => m.label)).toEqual(['Orbit left', 'Handheld'])
    expect(a.total.shake.positionM).toBeCloseTo(b.total.shake.positionM, 9)
    expect(a.total.shake.rotationDeg).toBeCloseTo(b.total.shake.rotationDeg, 9)
    expect(a.total.shake.positionM).toBeGreaterThan(0)
    expect(a.total.channels).toEqual(b.total.channels)
    expect(a.segments.map((s) => s.speed)).toEqual(b.segments.map((s) => s.speed))
  })
})
