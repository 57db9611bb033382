import { describe, expect, it } from 'vitest'
import type { CustomPresetDefinition } from '../../camera-presets/custom'
import { presetSummary } from './presetSummary'

const DEF: CustomPresetDefinition = {
  id: 'custom:t',
  version: 2,
  name: 'Orbit rise',
  description: '',
  category: 'orbit',
  durationS: 11,
  parts: [
    { presetId: 'orbit-left', presetVersion: 1, startS: 0, durationS: 6, track: 0, params: { angle: 150 }, easing: { kind: 'named', name: 'ease-in-out' } },
    { presetId: 'crane-up', presetVersion: 1, startS: 6, durationS: 5, track: 0, params: { armLength: 4, angle: 30, aim: 'locked' }, easing: { kind: 'bezier', handles: [0.3, 0, 0.2, 1] } },
  ],
  exposed: [
    { kind: 'number', name: 'orbit-angle', label: 'Orbit angle', unit: 'deg', min: 0, max: 270, default: 150, targets: [{ part: 0, param: 'angle' }] },
    { kind: 'choice', name: 'aim', label: 'Crane aim', default: 'locked', targets: [{ part: 1, param: 'aim' }] },
  ],
}

describe('presetSummary', () => {
  it('lists the moves with their baked values and the exposed parameters with their ranges', () => {
    const s = presetSummary(DEF)
    expect(s.line).toBe('2 moves · 11 s · Orbit / arc')
    expect(s.parts.map((p) => [p.label, p.timing, p.easing])).toEqual([
      ['Orbit left', '0–6 s', 'Ease in out'],
      ['Crane up', '6–11 s', 'Custom curve'],
    ])
    expect(s.parts[0].values).toEqual([{ kind: 'number', label: expect.any(String), text: '150 deg', exposedAs: 'Orbit angle' }])
    expect(s.parts[1].values.map((v) => v.text)).toEqual(['4 m', '30 deg', expect.stringMatching(/locked/i)])
    expect(s.parts[1].values[2].exposedAs).toBe('Crane aim')
    expect(s.exposed[0]).toEqual({ label: 'Orbit angle', range: '0–270 deg', default: '150 deg', drives: "Orbit left's angle" })
    expect(s.exposed[1]).toMatchObject({ label: 'Crane aim', drives: "Crane up's head" })
    expect(s.exposed[1].range).toMatch(/\//)
  })
})
