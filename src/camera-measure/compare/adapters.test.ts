import { describe, expect, it } from 'vitest'
import { againstPrevis, designMeasuredFromPrevis, measuredMotionOf } from './adapters'
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

  it('a zoom the previs reads on a move that holds its lens is the estimator\u2019s: kept out of the design, taken out of the take', () => {
    const d = designOf('orbit-left')
    // the estimator reads a creeping 1.19x zoom on this orbit, in the previs and in a good take alike
    const creep = (f: { t: number }) => 1 + (0.19 * f.t) / d.frames[d.frames.length - 1].t
    const previs = asMeasured(d, (f) => ({ ...f, zoom: creep(f) }))
    const good = againstPrevis(d, previs, asMeasured(d, (f) => ({ ...f, zoom: creep(f) })))
    expect(good.held).toEqual([{ channel: 'zoom', previsEnd: expect.closeTo(1.19, 5) }])
    expect(good.reference.frames.every((f) => f.zoom === 1)).toBe(true)
    const judged = compareMotion(good.reference, good.measured)
    expect(judged.channels.map((c) => c.channel)).not.toContain('zoom')
    expect(judged.verdicts.join(' ')).not.toMatch(/zoom/)
    // a take that really zooms out 20 % on top of the estimator's creep is called a drift, in the design's words
    const zooms = againstPrevis(d, previs, asMeasured(d, (f) => ({ ...f, zoom: creep(f) * (1 - (0.2 * f.t) / d.frames[d.frames.length - 1].t) })))
    const verdicts = compareMotion(zooms.reference, zooms.measured).verdicts
    expect(verdicts).toContain('zoom drifts out to 0.80x where the design holds it')
    // a channel the design moves keeps the previs reading as its reference
    expect(good.reference.frames.map((f) => f.panDeg)).toEqual(previs.frames.map((f) => f.panDeg))
  })
})
