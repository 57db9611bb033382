import { describe, expect, it } from 'vitest'
import { designMeasuredFromPrevis, measuredMotionOf } from './adapters'
import { compareMotion } from './compare'
import { asMeasured, designOf } from './testing'

describe('adapters', () => {
  it('turns estimator frames into contract frames on the time base', () => {
    const m = measuredMotionOf(
      [
        { index: 0, panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null },
        { index: 12, panDeg: 1, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: true, travel: [0, 0, 1] },
        { index: 13, panDeg: 1, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: [0, 0, 1] },
      ],
      24,
    )
    expect(m.frames.map((f) => f.t)).toEqual([0, 0.5, 13 / 24])
    expect(m.frames.map((f) => f.travel)).toEqual([null, [0, 0, 1], null])
    expect(() => measuredMotionOf([], 0)).toThrow('The frame rate must be above 0 (got 0).')
  })

  it('a previs measurement that reads 8 % short cancels the same bias in the take', () => {
    const d = designOf('pan-right')
    const biased = asMeasured(d, (f) => ({ ...f, panDeg: f.panDeg * 0.92 }))
    expect(compareMotion(d, biased).findings[0].kinds).toEqual(['ok'])
    const againstPrevis = compareMotion(designMeasuredFromPrevis(d, biased), biased)
    expect(againstPrevis.verdicts).toEqual(['pan: 41 of 41 degrees, on time'])
    expect(againstPrevis.score).toBe(1)
  })
})
