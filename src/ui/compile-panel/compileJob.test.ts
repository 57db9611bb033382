/** The job the worker runs, run directly: every target (gltf included) and a chained split. */
import { describe, expect, it } from 'vitest'
import { createClip, getPreset } from '../../camera-presets'
import '../../exporters'
import { addClip, createProject } from '../../timeline'
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
})
