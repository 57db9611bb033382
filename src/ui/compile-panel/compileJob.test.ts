/** The job the worker runs, run directly: every target (gltf included) and a chained split. */
import { describe, expect, it } from 'vitest'
import { createClip, getPreset } from '../../camera-presets'
import '../../exporters'
import { buildCustomPreset, partsFromClips, registryFor } from '../../camera-presets/custom'
import { presetRegistry } from '../../camera-presets'
import { addClip, createProject, type Project } from '../../timeline'
import { runCompileJob } from './compileJob'

const project = () => {
  let p = createProject()
  p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(getPreset('pan-left')!, 'c1', 0, undefined, 2))
  p = addClip(p, 'shot:1', 'shot:1/track:1', createClip(getPreset('crane-up')!, 'c2', 2, undefined, 2))
  return p
}

describe('runCompileJob', () => {
  it('compiles every target, best first, as plain data a worker can post', () => {
    const reply = runCompileJob({ seq: 7, project: project(), shotIndex: 0 })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.seq).toBe(7)
    const ids = reply.targets.map((t) => t.target.id)
    expect(ids).toEqual(expect.arrayContaining(['trajectory', 'gltf']))
    const trajectory = reply.targets.find((t) => t.target.id === 'trajectory')!
    expect(trajectory.result.ok && trajectory.result.fidelity.score).toBeGreaterThanOrEqual(0.999)
    const gltf = reply.targets.find((t) => t.target.id === 'gltf')!
    expect(gltf.result.ok && gltf.result.bytes?.byteLength).toBeGreaterThan(100)
    const ranks = reply.targets.map((t) => (t.result.ok ? t.result.fidelity.score : -1))
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
    // nothing a structured clone would refuse (no functions)
    expect(() => structuredClone(reply)).not.toThrow()
    expect(reply.chain).toBeUndefined()
  })

  it('adds the chained parts of one target when asked (the split fix)', () => {
    const reply = runCompileJob({ seq: 1, project: project(), shotIndex: 0, chainTargetId: 'trajectory' })
    if (!reply.ok) throw new Error(reply.message)
    expect(reply.chain?.targetId).toBe('trajectory')
    expect(reply.chain?.parts.map((p) => [p.startS, p.durationS])).toEqual([
      [0, 2],
      [2, 3], // the 5 s shot's closing hold joins the last part
    ])
    expect(reply.chain?.parts.every((p) => p.result.ok)).toBe(true)
  })

  it("compiles a custom preset's clip with the project's own registry: the trajectory is the original clips'", () => {
    const original = project()
    const shot = original.shots[0]
    const parts = partsFromClips(shot.tracks.flatMap((t, track) => t.clips.map((clip) => ({ clip, track }))), presetRegistry)
    if (!parts.ok) throw new Error(parts.message)
    const built = buildCustomPreset({ id: 'custom:pan-crane', name: 'Pan and crane', parts: parts.parts, sources: parts.sources, exposed: [] }, presetRegistry)
    if (!built.ok) throw new Error(built.message)
    const withPreset: Project = { ...createProject(), customPresets: [built.definition] }
    const custom = addClip(withPreset, 'shot:1', 'shot:1/track:1', createClip(registryFor(withPreset).get('custom:pan-crane')!, 'k', 0))
    const trajectoryOf = (p: Project) => {
      const reply = runCompileJob({ seq: 1, project: p, shotIndex: 0 })
      if (!reply.ok) throw new Error(reply.message)
      const t = reply.targets.find((x) => x.target.id === 'trajectory')!.result
      if (!t.ok) throw new Error(t.error.message)
      return JSON.parse(t.text) as { frames: { position: number[] }[] }
    }
    const a = trajectoryOf(custom).frames
    const b = trajectoryOf(original).frames
    expect(a.length).toBe(b.length)
    a.forEach((f, i) => f.position.forEach((x, k) => expect(x).toBeCloseTo(b[i].position[k], 9)))
  })
})
