import { describe, expect, it } from 'vitest'
import { PRESETS, getPreset } from '../../camera-presets'
import type { ParamSpec } from '../../timeline'
import { framesLabel } from './framesLabel'
import { UNIT_LABELS, buildParamControls, niceStep, randomSeed } from './paramModel'

const specs: ParamSpec[] = [
  { kind: 'number', name: 'distance', label: 'Distance', unit: 'm', min: 0, max: 30, default: 1.5, step: 0.05 },
  { kind: 'number', name: 'amount', label: 'Amount', unit: 'subject-distance', min: 0, max: 0.8, default: 0.3 },
  { kind: 'number', name: 'seed', label: 'Seed', unit: 'seed', min: 0, max: 99999, default: 7, integer: true },
  { kind: 'number', name: 'focus', label: 'Focus to', unit: 'm', min: 0.3, max: 200, default: 12, step: 0.1 },
  { kind: 'choice', name: 'direction', label: 'Direction', options: [{ value: 'left', label: 'Left' }, { value: 'right', label: 'Right' }], default: 'right' },
]

describe('buildParamControls', () => {
  it('fills defaults and marks them as default', () => {
    const cs = buildParamControls(specs, {})
    expect(cs.map((c) => c.value)).toEqual([1.5, 0.3, 7, 12, 'right'])
    expect(cs.every((c) => c.isDefault)).toBe(true)
  })
  it('reads stored values, clamps them, and flags changes', () => {
    const cs = buildParamControls(specs, { distance: 40, direction: 'left', seed: 3.6 })
    expect(cs[0]).toMatchObject({ value: 30, isDefault: false })
    expect(cs[2]).toMatchObject({ value: 4, isDefault: false, isSeed: true, decimals: 0, step: 1 })
    expect(cs[4]).toMatchObject({ kind: 'choice', value: 'left', isDefault: false })
  })
  it('derives units, steps, decimals and the slider scale', () => {
    const [distance, amount, , focus] = buildParamControls(specs, undefined)
    expect(distance).toMatchObject({ unitLabel: 'm', step: 0.05, decimals: 2, sliderScale: 'linear' })
    expect(amount).toMatchObject({ unitLabel: '× subject distance', step: 0.002, decimals: 3 })
    expect(focus).toMatchObject({ sliderScale: 'log' })
  })
  it('builds a control for every parameter of every preset, with a unit label', () => {
    for (const p of PRESETS) {
      const cs = buildParamControls(p.params, undefined)
      expect(cs).toHaveLength(p.params.length)
      for (const c of cs) if (c.kind === 'number') expect(c.unitLabel, `${p.id}.${c.name}`).toBeTruthy()
    }
    expect(buildParamControls(getPreset('handheld')!.params, undefined).find((c) => c.name === 'seed')).toMatchObject({ isSeed: true })
  })
  it('never calls a unit "zoom" and spells out subject distance', () => {
    expect(Object.values(UNIT_LABELS).some((u) => /zoom/i.test(u))).toBe(false)
    expect(UNIT_LABELS['subject-distance']).toBe('× subject distance')
  })
})

describe('small helpers', () => {
  it('picks round steps', () => {
    expect(niceStep(30)).toBe(0.1)
    expect(niceStep(360)).toBe(1)
    expect(niceStep(0.8)).toBe(0.002)
  })
  it('rolls a new seed in range', () => {
    let i = 0
    const seq = [0.5, 0.5, 0.9]
    const s = randomSeed(0, 9, 5, () => seq[i++])
    expect(s).toBe(9)
    expect(randomSeed(3, 3, 3)).toBe(3)
    for (let k = 0; k < 50; k++) {
      const r = randomSeed(0, 99999, 7)
      expect(Number.isInteger(r) && r >= 0 && r <= 99999 && r !== 7).toBe(true)
    }
  })
  it('counts frames', () => {
    expect(framesLabel(4, 24)).toBe('96 f')
    expect(framesLabel(1, 23.976)).toBe('24 f')
  })
})
