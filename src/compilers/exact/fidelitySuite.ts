/** Test support (used only by *.test.ts): the fidelity cases every exact target must pass. */
import { expect, it } from 'vitest'
import { presetRegistry } from '../../camera-presets'
import type { Project } from '../../timeline'
import { onePresetProject } from '../__fixtures__/projects'
import { compileShot } from '../registry'
import { complexProject } from './testing'

const scoreOf = (targetId: string, project: Project): number => {
  const r = compileShot(targetId, project, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return r.fidelity.score
}

/** Registers: >= 0.999 on a dolly zoom, an orbit and a busy multi-move shot. */
export const itIsExactOnNativeAndComplexShots = (targetId: string) => {
  it.each(['dolly-zoom-in', 'orbit-left'])('is >= 0.999 on %s', (id) => {
    expect(scoreOf(targetId, onePresetProject(id))).toBeGreaterThanOrEqual(0.999)
  })
  it('is >= 0.999 on a complex multi-move shot', () => {
    expect(scoreOf(targetId, complexProject())).toBeGreaterThanOrEqual(0.999)
  })
}
