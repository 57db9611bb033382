/** Takes of a shot with a custom preset: editing the preset's motion outdates them, renaming it does not. */
import { describe, expect, it } from 'vitest'
import { createClip, getPreset, presetRegistry } from '../camera-presets'
import { buildCustomPreset, partsFromClips, registryFor, renameCustomPreset } from '../camera-presets/custom'
import { type Project, createProject } from '../timeline'
import { expandShot } from '../timeline/composite'
import type { CustomPresetDefinition } from '../timeline/customPreset'
import { fingerprintFor } from './fingerprint'

const definition = (angle: number): CustomPresetDefinition => {
  const parts = partsFromClips([{ clip: createClip(getPreset('orbit-left')!, 'a', 0, { angle }, 4), track: 0 }], presetRegistry)
  if (!parts.ok) throw new Error(parts.message)
  const built = buildCustomPreset({ id: 'custom:fp', name: 'Slow orbit', parts: parts.parts, sources: parts.sources, exposed: [] }, presetRegistry)
  if (!built.ok) throw new Error(built.message)
  return built.definition
}

const projectUsing = (def: CustomPresetDefinition): Project => {
  const base = createProject()
  const custom = registryFor({ customPresets: [def] }).get(def.id)!
  const shot = { ...base.shots[0], tracks: [{ id: 'track:1', clips: [createClip(custom, 'shot:1/clip:1', 0, {}, 4)] }] }
  return { ...base, shots: [shot], customPresets: [def] }
}

const fingerprintOf = (p: Project) => fingerprintFor('previs', expandShot(p.shots[0], registryFor(p)), p.scene)

describe('fingerprints of custom preset clips', () => {
  it('change when the preset moves differently, not when it is renamed', () => {
    const p = projectUsing(definition(90))
    // the same clip, its preset now orbiting further: only the definition differs
    const edited: Project = { ...p, customPresets: [definition(120)] }
    const renamed = renameCustomPreset(p, 'custom:fp', 'Another name')
    expect(fingerprintFor('previs', p.shots[0], p.scene)).toBe(fingerprintFor('previs', edited.shots[0], edited.scene))
    expect(fingerprintOf(edited)).not.toBe(fingerprintOf(p))
    expect(fingerprintOf(renamed)).toBe(fingerprintOf(p))
  })
})
