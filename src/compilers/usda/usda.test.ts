import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { presetRegistry } from '../../camera-presets'
import { forwardVector } from '../../core/camera/pose'
import { type Project, createProject, evaluateShot, frameCount, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { describeRoundTrip } from '../exact/fidelitySuite'
import { complexProject, fidelityOfFrames} from '../exact/testing'
import { compileShot, getTarget } from '../registry'
import { parseUsda } from '.'

const compile = (project: Project = smallProject()) => {
  const r = compileShot('usda', project, 0, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return r
}

describe('usda target', () => {
  it('is an exact export', () => {
    expect(getTarget('usda')).toMatchObject({ kind: 'export', exact: true, fileExtension: 'usda' })
  })

  it('writes the stage metadata: Y up, metres, time codes at the shot fps', () => {
    const project = updateShotSettings(createProject(), 'shot:1', { durationS: 2, fps: 25 })
    const text = compile(project).text
    expect(text.startsWith('#usda 1.0\n(\n')).toBe(true)
    for (const line of ['defaultPrim = "ShotCamera"', 'upAxis = "Y"', 'metersPerUnit = 1', 'timeCodesPerSecond = 25', 'framesPerSecond = 25', 'startTimeCode = 0', 'endTimeCode = 49'])
      expect(text).toContain(`    ${line}\n`)
    expect(text).toContain('def Camera "ShotCamera"')
    expect(text).toContain('uniform token[] xformOpOrder = ["xformOp:transform"]')
    expect(text).toContain('float2 clippingRange = (0.05, 800)')
  })

  it('writes lens and gate in tenths of a scene unit (0.35 = 35 mm at metersPerUnit 1)', () => {
    const text = compile(updateShotSettings(createProject(), 'shot:1', { aspect: '16:9' })).text
    expect(text).toContain('float horizontalAperture = 0.36\n')
    expect(text).toContain('float verticalAperture = 0.2025\n')
    // a lens that never changes is written once, as the attribute's default
    expect(text).toContain('    float focalLength = 0.35\n')
    expect(text).toContain('    float fStop = 2.8\n')
    expect(text).not.toContain('focalLength.timeSamples')
  })

  it('time-samples the focal length when the lens zooms, and reads either form back', () => {
    const zoom = compile(onePresetProject('zoom-in')).text
    expect(zoom).toMatch(/float focalLength\.timeSamples = \{\n {8}0: 0\.35,\n/)
    const still = parseUsda(compile().text)
    expect(still.every((f) => Math.abs(f.focalLengthMm - 35) < 1e-9)).toBe(true)
  })

  it('writes the camera matrix with row vectors: row 3 is the camera +Z (behind the lens), row 4 the position', () => {
    const project = complexProject()
    const shot = project.shots[0]
    const text = compile(project).text
    const block = text.slice(text.indexOf('xformOp:transform.timeSamples'))
    const entries = [...block.matchAll(/(\d+): \( \(([^)]*)\), \(([^)]*)\), \(([^)]*)\), \(([^)]*)\) \)/g)]
    expect(entries).toHaveLength(frameCount(shot.durationS, shot.fps))
    for (const m of entries) {
      const f = evaluateShot(shot, Number(m[1]) / shot.fps, presetRegistry)
      const z = m[4].split(', ').map(Number)
      const pos = m[5].split(', ').map(Number)
      forwardVector(f).forEach((v, i) => expect(z[i]).toBeCloseTo(-v, 9))
      expect(z[3]).toBe(0)
      f.position.forEach((v, i) => expect(pos[i]).toBeCloseTo(v, 9))
      expect(pos[3]).toBe(1)
    }
  })

  describeRoundTrip('round trip: reading our own stage back gives the designed path, lens and focus', (project) => parseUsda(compile(project).text), {
    focus: true,
    cases: [['a rack focus at 23.976 fps', () => updateShotSettings(onePresetProject('rack-focus'), 'shot:1', { fps: 23.976 })]],
  })

  describe('fidelity', () => {
    it.each(['dolly-zoom-in', 'orbit-left'])('is >= 0.999 on %s', (id) => {
      expect(compile(onePresetProject(id)).fidelity.score).toBeGreaterThanOrEqual(0.999)
    })
    it('is >= 0.999 on a complex multi-move shot, focus pull included', () => {
      const r = compile(complexProject())
      expect(r.fidelity.score).toBeGreaterThanOrEqual(0.999)
      expect(compile(onePresetProject('rack-focus')).fidelity.dropped).toEqual([])
    })
    it('drops below 0.999 when one sample of the file is wrong', () => {
      const project = onePresetProject('orbit-left')
      const { text } = compile(project)
      expect(fidelityOfFrames('usda', project, parseUsda(text))).toBeGreaterThanOrEqual(0.999)
      const at = text.indexOf('\n        40: (', text.indexOf('xformOp:transform.timeSamples'))
      const end = text.indexOf('\n', at + 1)
      const line = text.slice(at, end)
      // move frame 40 by 10 cm along x
      const corrupted = text.slice(0, at) + line.replace(/\(([-0-9.e]+), ([^)]*), 1\) \)/, (_, x: string, rest: string) => `(${Number(x) + 0.1}, ${rest}, 1) )`) + text.slice(end)
      expect(corrupted).not.toBe(text)
      expect(fidelityOfFrames('usda', project, parseUsda(corrupted))).toBeLessThan(0.999)
    })
  })

  it('matches the committed golden file (UPDATE_GOLDEN=1 regenerates it)', () => {
    const { text } = compile(smallProject())
    expectGolden('usda.small.usda', text)
  })
})
