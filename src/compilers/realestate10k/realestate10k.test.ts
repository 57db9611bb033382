import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { presetRegistry } from '../../camera-presets'
import { type Project, createProject, evaluateShot, updateShotLens, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { cvFromThree, loaderPixelIntrinsics } from '../exact'
import { complexProject, fidelityOfFrames, nudgeToken } from '../exact/testing'
import { describeRoundTrip } from '../exact/fidelitySuite'
import { compileShot, getTarget } from '../registry'
import { parseRealEstate10K } from '.'

const compile = (project: Project = smallProject()) => {
  const r = compileShot('realestate10k', project, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return r
}
const dataRows = (text: string) => text.split('\n').slice(1, -1)

describe('realestate10k target', () => {
  it('is declared as an exact export', () => {
    expect(getTarget('realestate10k')).toMatchObject({ kind: 'export', exact: true, fileExtension: 'txt' })
  })

  it('writes a comment line, then one row of 19 single-space-separated numbers per frame (CameraCtrl parser)', () => {
    const project = updateShotSettings(createProject(), 'shot:1', { durationS: 2, fps: 25 })
    const { text } = compile(project)
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^# Framewright RealEstate10K camera path \| fps=25 size=1280x720 gate_mm=36x20\.25 /)
    expect(text.endsWith('\n')).toBe(true)
    const rows = dataRows(text)
    expect(rows).toHaveLength(50)
    rows.forEach((row, i) => {
      // CameraCtrl: line.strip().split(' ') then float() on every token
      const tokens = row.split(' ')
      expect(tokens).toHaveLength(19)
      tokens.forEach((t) => expect(Number.isFinite(Number(t)) && t !== '').toBe(true))
      expect(tokens[0]).toBe(String(Math.round((i / 25) * 1e6)))
      expect(tokens.slice(5, 7)).toEqual(['0', '0'])
    })
  })

  it('writes the world-to-camera matrix in OpenCV axes without re-basing the world', () => {
    const project = smallProject()
    const shot = project.shots[0]
    const first = dataRows(compile(project).text)[0].split(' ').slice(7).map(Number)
    const expected = cvFromThree(evaluateShot(shot, 0, presetRegistry))
    first.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9))
    // row 1 is not the identity: the camera stands at (1.2, 1.65, 5.5)
    expect(first[11]).toBeGreaterThan(5)
  })

  it('writes plain focal / gate for 16:9 shots', () => {
    const project = updateShotLens(createProject(), 'shot:1', { focalLengthMm: 50 })
    const [fx, fy, cx, cy] = dataRows(compile(project).text)[0].split(' ').slice(1, 5).map(Number)
    const written = [fx, fy, cx, cy]
    ;[50 / 36, 50 / 20.25, 0.5, 0.5].forEach((v, i) => expect(written[i]).toBeCloseTo(v, 9))
  })

  it.each([
    ['4:3', 640, 480],
    ['1:1', 512, 512],
    ['9:16', 468, 832],
    ['21:9', 1120, 480],
  ] as const)('compensates the loaders\' 16:9 rescaling for %s shots: square pixels, the designed field of view', (aspect, w, h) => {
    const project = updateShotSettings(createProject(), 'shot:1', { aspect })
    const { text } = compile(project)
    const [fx, fy, cx, cy] = dataRows(text)[0].split(' ').slice(1, 5).map(Number)
    const gate = parseRealEstate10K(text).header.gate!
    const px = loaderPixelIntrinsics(fx, fy, cx, cy, w, h)
    // pixel focal lengths to a millionth of a pixel (the file has 9 decimals of focal / size)
    expect(px.fx).toBeCloseTo((35 / gate.widthMm) * w, 6)
    expect(px.fy).toBeCloseTo(px.fx, 6)
    expect(text.split('\n')[0]).toMatch(/intrinsics compensated for 1280x720 loaders/)
  })

  describeRoundTrip('round trip: reading our own file back gives the designed path', (project) => parseRealEstate10K(compile(project).text).frames, {
    cases: [['a 23.976 fps shot', () => updateShotSettings(onePresetProject('orbit-360'), 'shot:1', { fps: 23.976 })]],
  })

  describe('fidelity', () => {
    it.each(['dolly-zoom-in', 'orbit-left', 'whip-pan'])('is >= 0.999 on %s', (id) => {
      const r = compile(onePresetProject(id))
      expect(r.fidelity.score).toBeGreaterThanOrEqual(0.999)
    })

    it('is >= 0.999 on a complex multi-move shot', () => {
      expect(compile(complexProject()).fidelity.score).toBeGreaterThanOrEqual(0.999)
    })

    it('drops below 0.999 when one frame of the file is wrong', () => {
      const project = onePresetProject('orbit-left')
      const { text } = compile(project)
      expect(fidelityOfFrames('realestate10k', project, parseRealEstate10K(text).frames)).toBeGreaterThanOrEqual(0.999)
      // row 40: move the camera 5 cm along its own x (t_x of the w2c)
      const corrupted = nudgeToken(text, 40, 10, 0.05, / /)
      expect(fidelityOfFrames('realestate10k', project, parseRealEstate10K(corrupted).frames)).toBeLessThan(0.999)
      // a wrong focal length in one row as well
      const zoomed = nudgeToken(text, 40, 1, 0.05, / /)
      expect(fidelityOfFrames('realestate10k', project, parseRealEstate10K(zoomed).frames)).toBeLessThan(0.999)
    })

    it('says the focus pull is not carried', () => {
      const r = compile(onePresetProject('rack-focus'))
      expect(r.fidelity.dropped.join(' ')).toMatch(/focus pull dropped/)
    })
  })

  it('matches the committed golden file (UPDATE_GOLDEN=1 regenerates it)', () => {
    const { text } = compile(smallProject())
    expectGolden('realestate10k.small.txt', text)
  })
})
