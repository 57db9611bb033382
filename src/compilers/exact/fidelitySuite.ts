/** Test support (used only by *.test.ts): the cases every exact target must pass. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../camera-presets'
import { registryFor } from '../../camera-presets/custom'
import { type Project, frameCount } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { compileShot } from '../registry'
import type { ReconstructedFrame } from '../types'
import { complexProject, frameErrors } from './testing'

/** Compiles shot 1 of `project` for a target; throws on a compile error. */
export const compileOk = (targetId: string, project: Project = smallProject()) => {
  const r = compileShot(targetId, project, 0, registryFor(project))
  if (!r.ok) throw new Error(r.error.message)
  return r
}

/** Registers: >= 0.999 on a dolly zoom, an orbit and a busy multi-move shot. */
export const itIsExactOnNativeAndComplexShots = (targetId: string) => {
  it.each(['dolly-zoom-in', 'orbit-left'])('is >= 0.999 on %s', (id) => {
    expect(compileOk(targetId, onePresetProject(id)).fidelity.score).toBeGreaterThanOrEqual(0.999)
  })
  it('is >= 0.999 on a complex multi-move shot', () => {
    expect(compileOk(targetId, complexProject()).fidelity.score).toBeGreaterThanOrEqual(0.999)
  })
}

export interface RoundTripOptions {
  /** Projects to read back besides the small fixture, the complex shot and random presets. */
  readonly cases?: readonly (readonly [string, () => Project])[]
  /** The frame count the file must hold (default: the shot's frame count at its own fps). */
  readonly frames?: (project: Project) => number
  /** Whether the format carries the focal length (default true) and the focus distance (default false). */
  readonly focal?: boolean
  readonly focus?: boolean
  /** Further checks on the frames read back. */
  readonly also?: (project: Project, frames: readonly ReconstructedFrame[]) => void
}

/**
 * Registers the round-trip tests: reading a target's own output back (with the format's reader, not
 * the compiler's numbers) gives the designed camera: position < 1e-6 m, angle < 1e-6 rad, focal
 * length < 1e-6 mm and, where carried, focus < 1e-6 m.
 */
export const describeRoundTrip = (title: string, readBack: (project: Project) => readonly ReconstructedFrame[], o: RoundTripOptions = {}) =>
  describe(title, () => {
    const expectExact = (project: Project) => {
      const shot = project.shots[0]
      const frames = readBack(project)
      const e = frameErrors(shot, frames, { focal: o.focal })
      expect(e.frames).toBe(o.frames ? o.frames(project) : frameCount(shot.durationS, shot.fps))
      expect(e.positionM).toBeLessThan(1e-6)
      expect(e.angleRad).toBeLessThan(1e-6)
      if (o.focal !== false) expect(e.focalMm).toBeLessThan(1e-6)
      if (o.focus) expect(e.focusM).toBeLessThan(1e-6)
      if (o.focus) expect(frames.every((f) => f.focusDistanceM !== undefined)).toBe(true)
      o.also?.(project, frames)
    }
    it.each([['the small fixture', smallProject] as const, ['a complex multi-move shot', complexProject] as const, ...(o.cases ?? [])])('%s', (_, make) =>
      expectExact(make()),
    )
    it('random presets (property)', () => {
      fc.assert(
        fc.property(fc.constantFrom(...PRESETS.map((p) => p.id)), (id) => expectExact(onePresetProject(id))),
        { numRuns: 8 },
      )
    })
  })
