import { describe, expect, it } from 'vitest'
import { compareMotion } from './compare'
import { curveRange, motionCurves } from './curves'
import { asMeasured, designOf } from './testing'
import type { MotionFrame } from './types'

describe('motionCurves', () => {
  it('plots every listed channel of a reversed pan: designed right, measured left', () => {
    const design = designOf('pan-right')
    const measured = asMeasured(design, (f): MotionFrame => ({ ...f, panDeg: -f.panDeg }))
    const comparison = compareMotion(design, measured)
    const curves = motionCurves(comparison, design, null, measured)
    expect(curves.map((c) => c.channel)).toEqual(comparison.channels.map((c) => c.channel))
    const pan = curves.find((c) => c.channel === 'pan')!
    expect(pan.reference).toBeNull()
    expect(pan.designed.t).toHaveLength(design.frames.length)
    expect(pan.designed.v.at(-1)).toBeCloseTo(45, 1)
    expect(pan.measured.v.at(-1)).toBeCloseTo(-45, 1)
    expect(pan.yMin).toBeLessThan(-45)
    expect(pan.yMax).toBeGreaterThan(45)
    expect(pan.score).toBe(0)
    expect(pan.tEnd).toBeCloseTo(design.frames.at(-1)!.t, 6)
  })

  it('plots travel as the signed component along the channel axis: orbit-left > 0, a truck the other way < 0', () => {
    const orbit = designOf('orbit-left')
    const c = motionCurves(compareMotion(orbit, asMeasured(orbit)), orbit, null, asMeasured(orbit)).find((x) => x.channel === 'orbit')!
    const mid = Math.floor(orbit.frames.length / 2)
    expect(c.unit).toBe('dir')
    expect(c.designed.v[mid]).toBeGreaterThan(0.9)
    expect(c.designed.v[0]).toBe(0) // frame 0 does not travel
    expect(c.yMin).toBeLessThanOrEqual(-1)
    expect(c.yMax).toBeGreaterThanOrEqual(1)

    const truck = designOf('truck-right')
    const back = asMeasured(truck, (f): MotionFrame => ({ ...f, travel: f.travel ? [-f.travel[0], f.travel[1], f.travel[2]] : null }))
    const t = motionCurves(compareMotion(truck, back), truck, truck, back).find((x) => x.channel === 'truck')!
    expect(t.designed.v[mid]).toBeCloseTo(1, 3)
    expect(t.measured.v[mid]).toBeCloseTo(-1, 3)
    expect(t.reference?.v[mid]).toBeCloseTo(1, 3)
  })

  it('plots zoom as the focal ratio, its range holding 1', () => {
    const design = designOf('zoom-in')
    const c = motionCurves(compareMotion(design, asMeasured(design)), design, null, asMeasured(design)).find((x) => x.channel === 'zoom')!
    expect(c.rest).toBe(1)
    expect(c.designed.v[0]).toBe(1)
    expect(c.designed.v.at(-1)).toBeGreaterThan(1.2)
    expect(c.yMin).toBeLessThan(1)
    expect(c.yMax).toBeGreaterThan(c.designed.v.at(-1)!)
  })
})

describe('curveRange', () => {
  it('holds the rest value and the values, padded', () => {
    const r = curveRange('deg', 0, [10, 30])
    expect(r.yMin).toBeLessThan(0)
    expect(r.yMax).toBeGreaterThan(30)
    expect(r.yMax - r.yMin).toBeLessThan(36)
  })
  it('does not blow a still channel up: a least span per unit, ignoring non-finite values', () => {
    const r = curveRange('deg', 0, [0.1, -0.1, Number.NaN])
    expect(r.yMax - r.yMin).toBeGreaterThanOrEqual(4)
    expect(r.yMin).toBeLessThan(0)
    expect(r.yMax).toBeGreaterThan(0)
  })
})
