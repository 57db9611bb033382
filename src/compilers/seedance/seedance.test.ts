import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { createClip, getPreset, presetRegistry } from '../../camera-presets'
import { type Project, addClip, createProject, updateShotSettings } from '../../timeline'
import { onePresetProject, smallProject } from '../__fixtures__/projects'
import { buildContext } from '../context'
import { compileWithContext } from '../registry'
import { type SeedancePayload, seedanceTarget } from '.'


const withPreset = (presetId: string, params?: Record<string, number | string>, durationS?: number): Project => {
  const p = addClip(createProject(), 'shot:1', 'shot:1/track:1', createClip(getPreset(presetId)!, 'shot:1/clip:1', 0, params, durationS))
  return durationS === undefined ? p : updateShotSettings(p, 'shot:1', { durationS })
}
const compile = (project: Project) => compileWithContext(seedanceTarget, buildContext(project, 0, presetRegistry))
const ok = (project: Project) => {
  const r = compile(project)
  if (!r.ok) throw new Error(r.error.message)
  return { ...r, payload: r.payload as SeedancePayload }
}

describe('seedance target', () => {
  it('matches the committed golden file', () => {
    const r = ok(smallProject())
    expectGolden('seedance.small.json', r.text)
  })

  it('locks the camera for a static shot (camera_fixed true) and keeps it (>= 0.9)', () => {
    const r = ok(onePresetProject('static'))
    expect(r.payload).toEqual({
      model: 'doubao-seedance-1-0-pro-250528',
      content: [{ type: 'text', text: 'Static shot, locked-off camera.' }],
      ratio: '16:9',
      duration: 5,
      resolution: '1080p',
      camera_fixed: true,
      watermark: false,
    })
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('writes any move in film language with camera_fixed false, and keeps an orbit (>= 0.9)', () => {
    const r = ok(onePresetProject('orbit-left'))
    expect(r.payload.camera_fixed).toBe(false)
    expect(r.payload.content).toEqual([
      { type: 'text', text: 'One continuous 6 s shot. Camera: 0-6 s: orbit 90 degrees left around the subject, easing in and out, 35 mm lens, subject 5.6 m away.' },
    ])
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('does not lock the camera for handheld shake alone', () => {
    expect(ok(onePresetProject('handheld')).payload.camera_fixed).toBe(false)
  })

  it('loses the detail of a violent handheld shake (< 0.6): words have three levels', () => {
    const r = ok(withPreset('handheld', { rotationAmplitude: 5, positionAmplitude: 20 }, 5))
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.approximated[0]).toMatch(/^handheld shake approximated: written as "strong handheld shake"/)
  })

  it.each([
    [1, 2],
    [4.4, 4],
    [7.5, 8],
    [12, 12],
  ])('renders whole seconds from 2 to 12: %s s -> %s s', (durationS, expected) => {
    expect(ok(withPreset('pan-left', undefined, durationS)).payload.duration).toBe(expected)
  })

  it('cuts what a shorter clip cannot hold, and warns', () => {
    const r = ok(withPreset('pan-left', undefined, 4.4))
    expect(r.warnings[0].message).toBe('Seedance renders whole seconds from 2 to 12: 4 s for this 4.4 s shot, so the end of the move is cut.')
    expect(r.fidelity.score).toBeLessThan(1)
  })

  it('refuses a shot over 12 s, offering trim and split', () => {
    const r = compile(withPreset('pan-left', undefined, 13))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.fixes).toEqual([
      { kind: 'trim', toS: 12, label: 'Trim the shot to 12 s' },
      { kind: 'split', parts: 2, label: 'Split into two chained generations' },
    ])
  })

  it('takes 21:9', () => {
    expect(ok(updateShotSettings(onePresetProject('pan-left'), 'shot:1', { aspect: '21:9' })).payload.ratio).toBe('21:9')
  })
})
