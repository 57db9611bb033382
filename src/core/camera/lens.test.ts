import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { arbRange } from '../../test/arbitraries'
import { ASPECT_RATIOS, SENSOR_PRESETS, aspectValue, fieldOfViewDeg, focalLengthForFov, gateSize, hyperfocalDistanceM, imageHeightFraction } from './lens'

// property runs stop shrinking after 20 s (src/test/arbitraries.ts); give them room on a loaded machine
vi.setConfig({ testTimeout: 60_000 })

describe('lens', () => {
  it('field of view and focal length are inverse', () => {
    fc.assert(
      fc.property(arbRange(4, 1200), arbRange(5, 40), (f, gate) => {
        expect(focalLengthForFov(gate, fieldOfViewDeg(gate, f))).toBeCloseTo(f, 6)
      }),
    )
    // a 50 mm lens on the 24 mm full-frame height: about 27 degrees vertically; 36 mm on 36 mm: 53.13
    expect(fieldOfViewDeg(24, 50)).toBeCloseTo(26.9915, 3)
    expect(fieldOfViewDeg(36, 36)).toBeCloseTo(53.1301, 3)
  })

  it('the gate is the largest rectangle of the aspect that fits the sensor', () => {
    for (const sensor of SENSOR_PRESETS)
      for (const aspect of ASPECT_RATIOS) {
        const g = gateSize(sensor.widthMm, sensor.heightMm, aspectValue(aspect))
        expect(g.widthMm / g.heightMm).toBeCloseTo(aspectValue(aspect), 12)
        expect(g.widthMm).toBeLessThanOrEqual(sensor.widthMm + 1e-12)
        expect(g.heightMm).toBeLessThanOrEqual(sensor.heightMm + 1e-12)
        expect(g.widthMm === sensor.widthMm || g.heightMm === sensor.heightMm).toBe(true)
      }
    expect(gateSize(36, 24, 16 / 9)).toEqual({ widthMm: 36, heightMm: 20.25 })
  })

  it('image height is proportional to focal length over depth', () => {
    fc.assert(
      fc.property(arbRange(8, 300), arbRange(0.5, 100), arbRange(1.01, 5), (f, d, k) => {
        const h = imageHeightFraction(1.8, d, f, 20.25)
        expect(imageHeightFraction(1.8, d * k, f * k, 20.25)).toBeCloseTo(h, 12)
        expect(imageHeightFraction(1.8, d * k, f, 20.25)).toBeLessThan(h)
      }),
    )
    // a 1.8 m figure 5 m away on a 35 mm lens, 20.25 mm gate: 1.8 * 35 / (5 * 20.25)
    expect(imageHeightFraction(1.8, 5, 35, 20.25)).toBeCloseTo(0.6222, 4)
  })

  it('hyperfocal distance: 50 mm at f/8 is about 10.4 m', () => {
    expect(hyperfocalDistanceM(50, 8)).toBeCloseTo(10.467, 3)
  })
})
