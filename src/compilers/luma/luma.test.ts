import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectGolden } from '../__fixtures__/golden'
import { PRESETS } from '../../camera-presets'
import { ASPECT_RATIOS } from '../../core/camera/lens'
import { arbParams } from '../../test/arbitraries'
import { smallProject } from '../__fixtures__/projects'
import { compiled, shotProject } from '../sora/testShots'
import { LUMA_CONCEPTS, LUMA_MAX_CONCEPTS, LUMA_MOVES, lumaTarget } from '.'

interface LumaBody {
  model: string
  prompt: string
  aspect_ratio: string
  resolution: string
  duration: string
  concepts?: { key: string }[]
}

const DOCUMENTED_ASPECTS = ['1:1', '16:9', '9:16', '4:3', '3:4', '21:9', '9:21']
const keysOf = (r: ReturnType<typeof compiled>) => ((r.payload as LumaBody).concepts ?? []).map((c) => c.key)

describe('luma target', () => {
  it('matches the golden file (the small project)', () => {
    const r = compiled(lumaTarget, smallProject())
    expectGolden('luma.small.json', r.text)
  })

  it('emits only documented concept keys, aspects and durations (random presets)', () => {
    const arb = fc.tuple(
      fc.constantFrom(...PRESETS).chain((preset) => fc.tuple(fc.constant(preset), arbParams(preset))),
      fc.constantFrom(...ASPECT_RATIOS),
      fc.double({ min: 0.5, max: 12, noNaN: true }),
    )
    fc.assert(
      fc.property(arb, ([[preset, params], aspect, durationS]) => {
        const r = compiled(lumaTarget, shotProject([{ presetId: preset.id, durationS, params }], { durationS, aspect }))
        const b = r.payload as LumaBody
        const keys = keysOf(r)
        for (const k of keys) expect(LUMA_CONCEPTS).toContain(k)
        expect(new Set(keys).size).toBe(keys.length)
        expect(keys.length).toBeLessThanOrEqual(LUMA_MAX_CONCEPTS)
        if (keys.includes('static')) expect(keys).toEqual(['static'])
        expect(DOCUMENTED_ASPECTS).toContain(b.aspect_ratio)
        expect(['5s', '9s']).toContain(b.duration)
        expect(b.model).toBe('ray-2')
      }),
      { numRuns: 60 },
    )
  })

  it('only maps concepts that exist in the documented list', () => {
    for (const k of Object.keys(LUMA_MOVES)) expect(LUMA_CONCEPTS).toContain(k)
  })

  it('scores a native move (orbit left at its nominal 45 degrees) at 0.9 or more', () => {
    const r = compiled(lumaTarget, shotProject([{ presetId: 'orbit-left', durationS: 5, params: { angle: 45 } }]))
    expect(keysOf(r)).toEqual(['orbit_left'])
    expect(r.fidelity.score).toBeGreaterThanOrEqual(0.9)
  })

  it('names the native concepts: dolly zoom, crane, handheld, roll, static', () => {
    const keys = (presetId: string, params?: Record<string, number>) => keysOf(compiled(lumaTarget, shotProject([{ presetId, durationS: 5, params }])))
    expect(keys('dolly-zoom-in')).toEqual(['dolly_zoom'])
    expect(keys('crane-up')).toEqual(['crane_up'])
    expect(keys('handheld')).toEqual(['handheld'])
    expect(keys('roll', { angle: -20 })).toEqual(['roll_right'])
    expect(keys('static')).toEqual(['static'])
  })

  it('says an orbit of 90 degrees is taken at the nominal size (no strength)', () => {
    const r = compiled(lumaTarget, shotProject([{ presetId: 'orbit-left', durationS: 5 }]))
    expect(r.fidelity.score).toBeLessThan(0.9)
    expect(r.fidelity.approximated.join(' ')).toContain("orbit approximated: Luma's orbit_left has no strength")
  })

  it('scores an FPV turn low and says what it drops', () => {
    const r = compiled(lumaTarget, shotProject([{ presetId: 'fpv-drone', durationS: 5 }]))
    expect(r.fidelity.score).toBeLessThan(0.6)
    expect(r.fidelity.dropped.length + r.fidelity.approximated.length).toBeGreaterThan(1)
    expect([...r.fidelity.dropped, ...r.fidelity.approximated].join(' ')).toMatch(/dolly (dropped|approximated)/)
  })

  it('picks the nearest of 5 s and 9 s and warns when the shot differs', () => {
    const r = compiled(lumaTarget, shotProject([{ presetId: 'pan-left', durationS: 8 }], { durationS: 8 }))
    expect((r.payload as LumaBody).duration).toBe('9s')
    expect(r.warnings[0].message).toContain('Luma makes a 9 s clip and this shot is 8 s')
  })
})
