import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { presetRegistry } from '../../camera-presets'
import { DEG_TO_RAD } from '../../core/units'
import { type Project, evaluateShot, frameCount, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { type Mat3, mat3FromQuat, multiply3, shotGate } from '../exact'
import { complexProject, fidelityOfFrames, nudgeToken } from '../exact/testing'
import { describeRoundTrip, itIsExactOnNativeAndComplexShots } from '../exact/fidelitySuite'
import { compileShot, getTarget } from '../registry'
import { focalFromVerticalFov, parseChan, verticalFovDeg } from '.'

const compile = (project: Project = smallProject()) => {
  const r = compileShot('nuke-chan', project, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return r
}
const readBack = (project: Project, text: string) =>
  parseChan(text, { fps: project.shots[0].fps, gateHeightMm: shotGate(project.shots[0]).heightMm })

// rotations about the world axes, column vectors
const rx = (d: number): Mat3 => [1, 0, 0, 0, Math.cos(d * DEG_TO_RAD), -Math.sin(d * DEG_TO_RAD), 0, Math.sin(d * DEG_TO_RAD), Math.cos(d * DEG_TO_RAD)]
const ry = (d: number): Mat3 => [Math.cos(d * DEG_TO_RAD), 0, Math.sin(d * DEG_TO_RAD), 0, 1, 0, -Math.sin(d * DEG_TO_RAD), 0, Math.cos(d * DEG_TO_RAD)]
const rz = (d: number): Mat3 => [Math.cos(d * DEG_TO_RAD), -Math.sin(d * DEG_TO_RAD), 0, Math.sin(d * DEG_TO_RAD), Math.cos(d * DEG_TO_RAD), 0, 0, 0, 1]

describe('nuke-chan target', () => {
  it('is an exact export', () => {
    expect(getTarget('nuke-chan')).toMatchObject({ kind: 'export', exact: true, fileExtension: 'chan' })
  })

  it('writes one tab-separated line per frame, numbered from 1: frame tx ty tz rx ry rz vfov', () => {
    const project = smallProject()
    const lines = compile(project).text.trimEnd().split('\n')
    expect(lines).toHaveLength(frameCount(1, 12))
    lines.forEach((l, i) => {
      const cols = l.split('\t')
      expect(cols).toHaveLength(8)
      expect(cols[0]).toBe(String(i + 1))
      cols.forEach((c) => expect(Number.isFinite(Number(c))).toBe(true))
    })
    // 35 mm on the 24 mm high gate of a 4:3 shot on full frame
    expect(Number(lines[0].split('\t')[7])).toBeCloseTo(verticalFovDeg(35, 24), 9)
    expect(focalFromVerticalFov(verticalFovDeg(35, 24), 24)).toBeCloseTo(35, 12)
  })

  it('writes Nuke\'s ZXY order: Ry(ry) Rx(rx) Rz(rz) is the camera rotation', () => {
    for (const project of [complexProject(), onePresetProject('crane-over-head'), onePresetProject('roll')]) {
      const shot = project.shots[0]
      for (const line of compile(project).text.trimEnd().split('\n')) {
        const [frame, , , , a, b, c] = line.split('\t').map(Number)
        const m = multiply3(multiply3(ry(b), rx(a)), rz(c))
        const expected = mat3FromQuat(evaluateShot(shot, (frame - 1) / shot.fps, presetRegistry).quaternion)
        m.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9))
      }
    }
  })

  describeRoundTrip('round trip: reading our own file back gives the designed path', (project) => readBack(project, compile(project).text), {
    cases: [['a 23.976 fps 21:9 shot', () => updateShotSettings(onePresetProject('dolly-zoom-out'), 'shot:1', { fps: 23.976, aspect: '21:9' })]],
  })

  describe('fidelity', () => {
    itIsExactOnNativeAndComplexShots('nuke-chan')
    it('drops below 0.999 when one frame of the file is wrong', () => {
      const project = onePresetProject('orbit-left')
      const { text } = compile(project)
      expect(fidelityOfFrames('nuke-chan', project, readBack(project, text))).toBeGreaterThanOrEqual(0.999)
      // frame 41: pan 1 degree off
      expect(fidelityOfFrames('nuke-chan', project, readBack(project, nudgeToken(text, 40, 5, 1, /\t/)))).toBeLessThan(0.999)
    })
  })

  it('tells how to set up the Nuke camera', () => {
    expect(compile().warnings[0].message).toMatch(/horizontal aperture to 32 mm and vertical aperture to 24 mm/)
  })

  it('matches the committed golden file (UPDATE_GOLDEN=1 regenerates it)', () => {
    const { text } = compile(smallProject())
    expectGolden('nuke-chan.small.chan', text)
  })
})
