import { describe, expect, it } from 'vitest'
import { compareMotion, travelInWords } from './compare'
import { FPS, asMeasured, designOf, designOfLayers } from './testing'
import type { MotionFrame } from './types'

const kindsOf = (c: ReturnType<typeof compareMotion>) => Object.fromEntries(c.findings.map((f) => [f.channel, f.kinds]))

describe('designedMotion', () => {
  it('reads the presets in the contract signs and units', () => {
    const end = (id: string) => {
      const d = designOf(id)
      const n = d.frames.length - 1
      return { f: d.frames[n], dolly: d.dollyM[n], truck: d.truckM[n], pedestal: d.pedestalM[n], orbit: d.orbitDeg[n], mid: d.frames[Math.floor(n / 2)] }
    }
    expect(end('pan-right').f.panDeg).toBeCloseTo(45, 1)
    expect(end('pan-left').f.panDeg).toBeCloseTo(-45, 1)
    expect(end('tilt-up').f.tiltDeg).toBeGreaterThan(5)
    expect(end('roll').f.rollDeg).toBeCloseTo(90, 1)
    expect(end('zoom-in').f.zoom).toBeGreaterThan(1.2)
    const dolly = end('dolly-in')
    expect(dolly.dolly).toBeGreaterThan(0.5)
    expect(dolly.f.zoom).toBe(1)
    expect(dolly.mid.travel?.[2]).toBeCloseTo(1, 3)
    expect(dolly.orbit).toBe(0)
    expect(end('truck-right').truck).toBeGreaterThan(0.5)
    expect(end('truck-right').mid.travel?.[0]).toBeCloseTo(1, 3)
    expect(end('pedestal-up').pedestal).toBeGreaterThan(0.5)
    const orbit = end('orbit-left')
    expect(orbit.orbit).toBeCloseTo(90, 0)
    expect(end('orbit-right').orbit).toBeCloseTo(-90, 0)
    expect(orbit.mid.travel?.[0]).toBeLessThan(-0.9) // travels to its left
    expect(end('static').f).toMatchObject({ panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1, parallax: false, travel: null })
  })

  it('keeps a pan past 180 degrees cumulative', () => {
    expect(designOf('pan-right', { angle: 270 }).frames.at(-1)?.panDeg).toBeCloseTo(270, 1)
  })
})

describe('compareMotion on constructed pairs', () => {
  it.each(['pan-right', 'pan-left', 'tilt-up', 'tilt-down', 'roll', 'zoom-in', 'zoom-out', 'dolly-in', 'dolly-out', 'truck-left', 'truck-right', 'pedestal-up', 'pedestal-down', 'orbit-left', 'orbit-right', 'crane-up', 'dolly-zoom-in', 'static'])(
    'the unaltered design of %s scores ~1 with no complaints',
    (id) => {
      const d = designOf(id)
      const c = compareMotion(d, asMeasured(d))
      expect(c.score).toBeGreaterThan(0.98)
      for (const f of c.findings) expect(f.kinds).toEqual(['ok'])
    },
  )

  it('a faithful pan reads "45 of 45 degrees, on time"', () => {
    const d = designOf('pan-right')
    const c = compareMotion(d, asMeasured(d))
    expect(c.verdicts).toEqual(['pan: 45 of 45 degrees, on time'])
    expect(c.channels).toEqual([expect.objectContaining({ channel: 'pan', unit: 'deg', score: 1 })])
  })

  it('names a reversed pan', () => {
    const d = designOf('pan-right')
    const c = compareMotion(d, asMeasured(d, (f) => ({ ...f, panDeg: -f.panDeg * (40 / 45) })))
    expect(c.verdicts).toEqual(['pan reversed: 40 degrees left where the design turns 45 right'])
    expect(kindsOf(c)).toEqual({ pan: ['reversed'] })
    expect(c.score).toBe(0)
  })

  it('names 85 % of the pan, on time, and scores it lower', () => {
    const d = designOf('pan-right')
    const c = compareMotion(d, asMeasured(d, (f) => ({ ...f, panDeg: f.panDeg * 0.85 })))
    expect(c.verdicts).toEqual(['pan: 38 of 45 degrees, on time'])
    expect(kindsOf(c)).toEqual({ pan: ['short'] })
    expect(c.score).toBeLessThan(0.9)
    expect(c.score).toBeGreaterThan(0.5)
  })

  it('names a pan a second late', () => {
    const d = designOf('pan-right')
    const lateFrames = FPS // one second
    const c = compareMotion(d, asMeasured(d, (f, i, all) => ({ ...f, panDeg: all[Math.max(0, i - lateFrames)].panDeg })))
    // the clip is 4 s in a 5 s shot: shifted by 1 s it still ends at 45 degrees
    expect(c.verdicts).toEqual(['pan: 45 of 45 degrees, 1.0 s late'])
    expect(kindsOf(c)).toEqual({ pan: ['late'] })
    expect(c.score).toBeLessThan(0.95)
  })

  it('says a dolly came back as a zoom', () => {
    const d = designOf('dolly-in')
    const n = d.frames.length - 1
    const c = compareMotion(d, asMeasured(d, (f, i) => ({ ...f, parallax: false, travel: null, zoom: 1 + 0.3 * (i / n) })))
    expect(c.verdicts).toEqual([
      `the dolly came back as a zoom: the background did not move against the subject (zoom 1.30x where the design travels ${d.dollyM[n].toFixed(1)} m forward on a steady lens)`,
    ])
    expect(kindsOf(c)).toEqual({ dolly: ['dolly-as-zoom'] })
    expect(c.channels.map((x) => x.channel)).toEqual(['zoom', 'dolly'])
    expect(c.score).toBeLessThan(0.3)
  })

  it('says a static shot drifts', () => {
    const d = designOf('static')
    const n = d.frames.length - 1
    const c = compareMotion(d, asMeasured(d, (f, i) => ({ ...f, panDeg: 3 * (i / n) })))
    expect(c.verdicts).toEqual(['static shot drifts 3 degrees to the right'])
    expect(kindsOf(c)).toEqual({ pan: ['drift'] })
    expect(c.score).toBeCloseTo(0.7, 5)
  })

  it('does not list a drift below the threshold', () => {
    const d = designOf('static')
    const c = compareMotion(d, asMeasured(d, (f) => ({ ...f, panDeg: 1.5 })))
    expect(c.verdicts).toEqual([])
    expect(c.score).toBe(1)
  })

  it('says a roll is missing', () => {
    const d = designOf('roll')
    const c = compareMotion(d, asMeasured(d, (f) => ({ ...f, rollDeg: 0 })))
    expect(c.verdicts).toEqual(['roll missing: 0 of 90 degrees counter-clockwise'])
    expect(c.score).toBe(0)
  })

  it('says the orbit direction is reversed', () => {
    const d = designOf('orbit-left')
    const flip = (f: MotionFrame): MotionFrame => ({ ...f, panDeg: -f.panDeg, travel: f.travel ? [-f.travel[0], f.travel[1], f.travel[2]] : null })
    const c = compareMotion(d, asMeasured(d, flip))
    expect(c.verdicts).toEqual(['pan reversed: 90 degrees left where the design turns 90 right', 'orbit direction reversed: the camera travels right around the subject where the design orbits 90 degrees left'])
    expect(c.score).toBe(0)
  })

  it('says an orbit that does not turn came back as a truck', () => {
    const d = designOf('orbit-left')
    const c = compareMotion(d, asMeasured(d, (f) => ({ ...f, panDeg: 0 })))
    expect(kindsOf(c)).toEqual({ pan: ['missing'], orbit: ['orbit-as-truck'] })
  })

  it('scores a reversed dolly by direction and says it has no scale', () => {
    const d = designOf('dolly-in')
    const c = compareMotion(d, asMeasured(d, (f) => ({ ...f, travel: f.travel ? [f.travel[0], f.travel[1], -f.travel[2]] : null })))
    expect(c.verdicts).toHaveLength(1)
    expect(c.verdicts[0]).toMatch(/^dolly reversed: the camera travels back where the design travels \d\.\d m forward \(direction only/)
    expect(c.score).toBe(0)
  })

  it('lists a travel the design does not have', () => {
    const d = designOf('static')
    const c = compareMotion(d, asMeasured(d, (f, i) => (i > 0 ? { ...f, parallax: true, travel: [1, 0, 0] } : f)))
    expect(kindsOf(c)).toEqual({ truck: ['drift'] })
    expect(c.verdicts[0]).toMatch(/^truck: the camera travels right where the design does not/)
  })

  it('takes measurement noise without complaint', () => {
    const d = designOf('pan-right')
    const wobble = (i: number, k: number) => 0.3 * Math.sin(i * 1.7 + k)
    const c = compareMotion(d, asMeasured(d, (f, i) => ({ ...f, panDeg: f.panDeg + wobble(i, 0), tiltDeg: f.tiltDeg + wobble(i, 1), rollDeg: f.rollDeg + wobble(i, 2), zoom: f.zoom * (1 + 0.005 * Math.sin(i)) })))
    expect(c.verdicts).toEqual(['pan: 45 of 45 degrees, on time'])
    expect(c.score).toBeGreaterThan(0.95)
  })

  it('lists the sideways travel of a dolly that follows a pan (it swings the camera right)', () => {
    // the pan on the first track turns the head; the dolly then travels along the turning view
    const d = designOfLayers([['pan-right', 0], ['dolly-in', 1]])
    expect(d.truckM.at(-1)).toBeGreaterThan(0.5)
    expect(compareMotion(d, asMeasured(d)).findings.map((f) => [f.channel, f.kinds])).toEqual([['pan', ['ok']], ['dolly', ['ok']], ['truck', ['ok']]])
  })

  it('in a layered pan + dolly, names only the dolly that came back as a zoom', () => {
    // the dolly on the first track travels along the starting view; the pan then turns the head
    const d = designOfLayers([['dolly-in', 0], ['pan-right', 1]])
    const n = d.frames.length - 1
    const faithful = compareMotion(d, asMeasured(d))
    expect(faithful.findings.map((f) => [f.channel, f.kinds])).toEqual([['pan', ['ok']], ['dolly', ['ok']]])
    const c = compareMotion(d, asMeasured(d, (f, i) => ({ ...f, parallax: false, travel: null, zoom: 1 + 0.3 * (i / n) })))
    expect(kindsOf(c)).toEqual({ pan: ['ok'], dolly: ['dolly-as-zoom'] })
    expect(c.score).toBeLessThan(faithful.score)
  })
})

describe('travelInWords', () => {
  it('names the components of the mean direction, largest first, and nothing without travel', () => {
    expect(travelInWords([null, [0, 0, 1], [0.1, 0, 0.99]])).toBe('forward')
    expect(travelInWords([[-0.8, 0, -0.6], [-0.8, 0.05, -0.6]])).toBe('left and back')
    expect(travelInWords([[0.05, 1, 0]])).toBe('up')
    expect(travelInWords([null, null])).toBe('')
  })
})
