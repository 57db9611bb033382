import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { presetRegistry } from '../../camera-presets'
import { type Project, evaluateShot } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { spreadTimes } from '../exact'
import { fidelityOfFrames} from '../exact/testing'
import { describeRoundTrip } from '../exact/fidelitySuite'
import { compileShot, getTarget } from '../registry'
import { MOTIONCTRL_FRAMES, parseMotionCtrl } from '.'

const compile = (project: Project = smallProject()) => {
  const r = compileShot('motionctrl', project, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return r
}

const readBack = (project: Project, text: string) => {
  const shot = project.shots[0]
  const start = evaluateShot(shot, 0, presetRegistry)
  return parseMotionCtrl(text, { durationS: shot.durationS, start, focalLengthMm: start.focalLengthMm })
}

describe('motionctrl target', () => {
  it('is an export that does not promise exactness (it has no lens)', () => {
    expect(getTarget('motionctrl')).toMatchObject({ kind: 'export', exact: false, fileExtension: 'json', constraints: { frameCounts: [16] } })
  })

  it('writes a JSON array of 16 poses of 12 numbers, the first the identity', () => {
    const poses = JSON.parse(compile().text) as number[][]
    expect(poses).toHaveLength(MOTIONCTRL_FRAMES)
    poses.forEach((p) => expect(p).toHaveLength(12))
    expect(poses[0]).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0])
  })

  it('uses MotionCtrl\'s W2C signs: a push in gives t_z < 0, a truck right t_x < 0 (relative to frame 1)', () => {
    const push = JSON.parse(compile(onePresetProject('push-in')).text) as number[][]
    expect(push[15][11]).toBeLessThan(-0.1)
    const right = JSON.parse(compile(onePresetProject('truck-right')).text) as number[][]
    expect(right[15][3]).toBeLessThan(-0.1)
    const up = JSON.parse(compile(onePresetProject('pedestal-up')).text) as number[][]
    expect(up[15][7]).toBeGreaterThan(0.1)
  })

  it('spreads the 16 poses over the whole shot, ends included, and says so', () => {
    const project = onePresetProject('orbit-left')
    const r = compile(project)
    const frames = readBack(project, r.text)
    expect(frames.map((f) => f.t)).toEqual(spreadTimes(16, project.shots[0].durationS))
    expect(frames[15].t).toBe(project.shots[0].durationS)
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/MotionCtrl makes 16 frames: the 6 s shot/)
  })

  describeRoundTrip('round trip: reading our own file back (anchored at the start camera) gives the designed path', (project) => readBack(project, compile(project).text), {
    frames: () => 16,
    focal: false,
    // the lens of the start image, throughout
    also: (project, frames) => frames.forEach((f) => expect(f.focalLengthMm).toBe(project.shots[0].lens.focalLengthMm)),
  })

  describe('fidelity', () => {
    it.each(['orbit-left', 'crane-over-head', 'roll'])('is >= 0.999 on %s', (id) => {
      expect(compile(onePresetProject(id)).fidelity.score).toBeGreaterThanOrEqual(0.999)
    })

    it('is >= 0.999 on a multi-move shot without zoom (orbit, crane, handheld)', () => {
      expect(compile(smallProject()).fidelity.score).toBeGreaterThanOrEqual(0.999)
    })

    it('drops the zoom of a dolly zoom, and says so', () => {
      const r = compile(onePresetProject('dolly-zoom-in'))
      expect(r.fidelity.score).toBeLessThan(0.999)
      expect(r.fidelity.dropped.join(' ')).toMatch(/zoom dropped/)
      expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/cannot zoom/)
    })

    it('drops below 0.999 when one pose of the file is wrong', () => {
      const project = onePresetProject('orbit-left')
      const { text } = compile(project)
      expect(fidelityOfFrames('motionctrl', project, readBack(project, text))).toBeGreaterThanOrEqual(0.999)
      const poses = JSON.parse(text) as number[][]
      poses[8][7] += 0.05
      expect(fidelityOfFrames('motionctrl', project, readBack(project, JSON.stringify(poses)))).toBeLessThan(0.999)
    })
  })

  it('matches the committed golden file (UPDATE_GOLDEN=1 regenerates it)', () => {
    const { text } = compile(smallProject())
    expectGolden('motionctrl.small.json', text)
  })
})
