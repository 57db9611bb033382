import { describe, expect, it } from 'vitest'
import { PRESETS, presetRegistry } from '../../camera-presets'
import { orientationQuaternion } from '../../core/camera/pose'
import { createProject, frameCount, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { type Trajectory } from '.'
import { compileShot } from '../registry'

const compileToJson = (project = smallProject(), shotIndex = 0): Trajectory => {
  const r = compileShot('trajectory', project, shotIndex, presetRegistry)
  if (!r.ok) throw new Error(r.error.message)
  return JSON.parse(r.text) as Trajectory
}

describe('trajectory target', () => {
  it('writes the header of CONTRACTS.md section 3', () => {
    const t = compileToJson()
    expect(t).toMatchObject({ kind: 'framewright.trajectory', version: 1, fps: 12, width: 960, height: 720 })
    expect(Object.keys(t)).toEqual(['kind', 'version', 'fps', 'width', 'height', 'frames'])
    expect(Object.keys(t.frames[0])).toEqual(['t', 'position', 'quaternion', 'focalLengthMm', 'sensorWidthMm', 'sensorHeightMm', 'focusDistanceM', 'subject'])
  })

  it('uses the output resolution of the shot aspect', () => {
    const t = compileToJson(updateShotSettings(createProject(), 'shot:1', { aspect: '9:16' }))
    expect([t.width, t.height]).toEqual([720, 1280])
  })

  it.each([
    [5, 24, 120],
    [5, 23.976, 120],
    [1, 12, 12],
    [0.01, 24, 1],
  ])('has frameCount frames for %s s at %s fps', (durationS, fps, expected) => {
    const project = updateShotSettings(createProject(), 'shot:1', { durationS, fps })
    const t = compileToJson(project)
    expect(t.frames.length).toBe(expected)
    expect(t.frames.length).toBe(frameCount(project.shots[0].durationS, fps))
  })

  it('places frame i at t = i / fps', () => {
    const project = updateShotSettings(createProject(), 'shot:1', { fps: 23.976 })
    compileToJson(project).frames.forEach((f, i) => expect(f.t).toBe(i / 23.976))
  })

  it('starts at the shot start framing, lens and subject', () => {
    const project = smallProject()
    const shot = project.shots[0]
    const [first] = compileToJson(project).frames
    const q = orientationQuaternion(shot.start)
    shot.start.position.forEach((v, i) => expect(first.position[i]).toBeCloseTo(v, 12))
    q.forEach((v, i) => expect(first.quaternion[i]).toBeCloseTo(v, 12))
    expect(first.focalLengthMm).toBe(shot.lens.focalLengthMm)
    expect([first.sensorWidthMm, first.sensorHeightMm]).toEqual([36, 24])
    expect(first.subject).toEqual([0, 1.5, 0])
    expect(first.focusDistanceM).toBeCloseTo(Math.hypot(1.2, 0.15, 5.5), 12)
  })

  it.each(PRESETS.map((p) => p.id))('keeps quaternions unit length through %s', (presetId) => {
    for (const f of compileToJson(onePresetProject(presetId)).frames) expect(Math.hypot(...f.quaternion)).toBeCloseTo(1, 12)
  })

  it('the camera actually moves in the small project', () => {
    const { frames } = compileToJson()
    expect(frames[frames.length - 1].position).not.toEqual(frames[0].position)
  })

  it('refuses a shot that does not exist', () => {
    const r = compileShot('trajectory', smallProject(), 1, presetRegistry)
    expect(r).toEqual({ ok: false, error: { code: 'shot-out-of-range', message: 'Shot 2 does not exist; the project has 1 shot.' } })
    expect(compileShot('trajectory', smallProject(), -1, presetRegistry).ok).toBe(false)
  })
})
