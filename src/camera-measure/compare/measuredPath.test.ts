import { describe, expect, it } from 'vitest'
import { createClip, getPreset } from '../../camera-presets'
import { registryFor } from '../../camera-presets/custom'
import { quatAngleBetween } from '../../core/math/quat'
import { distance, sub } from '../../core/math/vec3'
import { createProject } from '../../timeline/defaults'
import { addClip } from '../../timeline/ops'
import { sampleShot } from '../../timeline/sample'
import { designedMotion } from './designed'
import { measuredPath, type PathPose } from './measuredPath'
import { FPS, asMeasured } from './testing'
import type { DesignedMotion, MotionFrame } from './types'

/** The design of one preset clip and its camera poses in world space, sampled on the same grid. */
const designWithPoses = (presetId: string, params?: Record<string, number>): { design: DesignedMotion; poses: PathPose[] } => {
  let project = createProject()
  const shot = project.shots[0]
  const preset = getPreset(presetId)
  if (!preset) throw new Error(`no preset ${presetId}`)
  project = addClip(project, shot.id, shot.tracks[0].id, createClip(preset, 'clip:1', 0, params))
  const registry = registryFor(project)
  const poses = sampleShot(project.shots[0], registry, FPS).map((s) => ({ position: s.position, quaternion: s.quaternion }))
  return { design: designedMotion(project, 0, registry, FPS), poses }
}

const maxPositionError = (a: readonly PathPose[], b: readonly PathPose[]) => Math.max(...a.map((p, i) => distance(p.position, b[i].position)))
const maxAngleError = (a: readonly PathPose[], b: readonly PathPose[]) => Math.max(...a.map((p, i) => quatAngleBetween(p.quaternion, b[i].quaternion)))

describe('measuredPath', () => {
  it.each(['dolly-in', 'truck-right', 'orbit-left', 'pedestal-up', 'pan-right'])('rebuilds the design of %s from its own channels', (id) => {
    const { design, poses } = designWithPoses(id)
    const path = measuredPath(asMeasured(design), design, poses)
    expect(path.poses).toHaveLength(poses.length)
    expect(path.t).toEqual(design.frames.map((f) => f.t))
    expect(maxPositionError(path.poses, poses)).toBeLessThan(1e-6)
    expect(maxAngleError(path.poses, poses)).toBeLessThan(1e-6)
  })

  it('the orbit actually goes round: the rebuilt end is far from the start and on the design end', () => {
    const { design, poses } = designWithPoses('orbit-left')
    const path = measuredPath(asMeasured(design), design, poses)
    const end = path.poses[path.poses.length - 1].position
    expect(distance(end, poses[0].position)).toBeGreaterThan(0.5)
    expect(distance(end, poses[poses.length - 1].position)).toBeLessThan(1e-6)
  })

  it('goes the other way when the travel is reversed', () => {
    const { design, poses } = designWithPoses('truck-right')
    const reversed = asMeasured(design, (f): MotionFrame => ({ ...f, travel: f.travel ? [-f.travel[0], -f.travel[1], -f.travel[2]] : null }))
    const path = measuredPath(reversed, design, poses)
    const start = poses[0].position
    const designed = sub(poses[poses.length - 1].position, start)
    const measured = sub(path.poses[path.poses.length - 1].position, start)
    expect(measured[0]).toBeCloseTo(-designed[0], 6)
    expect(measured[2]).toBeCloseTo(-designed[2], 6)
    expect(Math.abs(designed[0]) + Math.abs(designed[2])).toBeGreaterThan(0.5)
  })

  it('stays put where the take shows no travel, and turns with the measured pan', () => {
    const { design, poses } = designWithPoses('dolly-in')
    const turned = asMeasured(design, (f, i): MotionFrame => ({ ...f, panDeg: i * 0.5, parallax: false, travel: null }))
    const path = measuredPath(turned, design, poses)
    expect(maxPositionError(path.poses, path.poses.map(() => poses[0]))).toBe(0)
    const last = path.poses[path.poses.length - 1]
    expect(quatAngleBetween(last.quaternion, poses[0].quaternion) * (180 / Math.PI)).toBeCloseTo((poses.length - 1) * 0.5, 3)
  })

  it('borrows the design length by time when the take has a different number of frames', () => {
    const { design, poses } = designWithPoses('truck-right')
    const half = asMeasured(design)
    // every other frame, same times: the same end, travelled in longer steps
    const sparse = { fps: FPS / 2, frames: half.frames.filter((_, i) => i % 2 === 0 || i === half.frames.length - 1) }
    const path = measuredPath(sparse, design, poses)
    expect(path.poses).toHaveLength(sparse.frames.length)
    expect(distance(path.poses[path.poses.length - 1].position, poses[poses.length - 1].position)).toBeLessThan(1e-3)
  })

  it('says so when there is no design pose to start from', () => {
    const { design } = designWithPoses('truck-right')
    expect(() => measuredPath(asMeasured(design), design, [])).toThrow(/no camera poses/)
  })
})
