import { describe, expect, it } from 'vitest'
import { asMeasured, designOf, designOfLayers } from '../compare/testing'
import type { CameraDirection, MotionFrame } from '../compare/types'
import { CLEAN_BOUNDS, validationFailures } from './bounds'
import { angleBetweenDeg, channelErrors } from './errors'
import { VALIDATION_MOVES } from './moves'

const move = (id: string) => VALIDATION_MOVES.find((m) => m.id === id)!
const rotateAboutUp = (v: CameraDirection, deg: number): CameraDirection => {
  const a = (deg * Math.PI) / 180
  return [v[0] * Math.cos(a) + v[2] * Math.sin(a), v[1], -v[0] * Math.sin(a) + v[2] * Math.cos(a)]
}

describe('angleBetweenDeg', () => {
  it('is 0 for the same direction, 90 across, 180 opposite, whatever the lengths', () => {
    expect(angleBetweenDeg([0, 0, 1], [0, 0, 3])).toBeCloseTo(0, 9)
    expect(angleBetweenDeg([1, 0, 0], [0, 2, 0])).toBeCloseTo(90, 9)
    expect(angleBetweenDeg([1, 0, 0], [-1, 0, 0])).toBeCloseTo(180, 9)
    expect(angleBetweenDeg([1, 0, 0], [1, 1, 0])).toBeCloseTo(45, 9)
  })
})

describe('channelErrors', () => {
  it('reads a perfect measurement as no error, with every moving channel signed right', () => {
    const d = designOf('pan-right', { angle: 30 })
    const e = channelErrors(d, asMeasured(d).frames)
    expect(e.rotationDeg).toEqual({ pan: 0, tilt: 0, roll: 0 })
    expect(e.zoomRelative).toBe(0)
    expect(e.travel).toBeNull()
    expect(e.signs.map((s) => [s.channel, s.designed, s.ok])).toContainEqual(['pan', 1, true])
    expect(e.signs.every((s) => s.ok)).toBe(true)
  })

  it('takes the worst frame for rotation and zoom, not the end', () => {
    const d = designOf('pan-right', { angle: 30 })
    const m = asMeasured(d, (f, i) => (i === 10 ? { ...f, panDeg: f.panDeg + 1.5, tiltDeg: f.tiltDeg - 0.4, zoom: f.zoom * 1.03 } : f)).frames
    const e = channelErrors(d, m)
    expect(e.rotationDeg.pan).toBeCloseTo(1.5, 9)
    expect(e.rotationDeg.tilt).toBeCloseTo(0.4, 9)
    expect(e.rotationDeg.roll).toBe(0)
    expect(e.zoomRelative).toBeCloseTo(0.03, 9)
    expect(e.end.pan.measured).toBeCloseTo(e.end.pan.designed, 9)
    expect(validationFailures(move('pan'), e, CLEAN_BOUNDS)).toEqual([`pan: pan is off by 1.50° (bound 1°)`, 'pan: zoom is off by 3.0 % (bound 2.0 %)'])
  })

  it('flags a reversed pan and a reversed zoom as wrong signs', () => {
    const pan = designOf('pan-left', { angle: 30 })
    const e = channelErrors(pan, asMeasured(pan, (f) => ({ ...f, panDeg: -f.panDeg })).frames)
    expect(e.signs.find((s) => s.channel === 'pan')).toEqual({ channel: 'pan', designed: -1, measured: 1, ok: false })
    const zoom = designOf('zoom-in', { ratio: 1.5 })
    const z = channelErrors(zoom, asMeasured(zoom, (f) => ({ ...f, zoom: 1 / f.zoom })).frames)
    expect(z.signs.find((s) => s.channel === 'zoom')).toEqual({ channel: 'zoom', designed: 1, measured: -1, ok: false })
    expect(z.zoomRelative).toBeGreaterThan(0.5)
  })

  it('averages the travel angle over the frames where both travel, and counts the share found', () => {
    const d = designOf('dolly-in', { distance: 1.5 })
    const travelling = d.frames.filter((f) => f.travel).length
    expect(travelling).toBeGreaterThan(20)
    // every other travelling frame found, turned 8 degrees to the right of the design
    let k = 0
    const m = asMeasured(d, (f): MotionFrame => {
      if (!f.travel) return f
      return k++ % 2 === 0 ? { ...f, travel: rotateAboutUp(f.travel, 8) } : { ...f, parallax: false, travel: null }
    }).frames
    const e = channelErrors(d, m)
    expect(e.travel?.designedFrames).toBe(travelling)
    expect(e.travel?.foundShare).toBeCloseTo(Math.ceil(travelling / 2) / travelling, 9)
    expect(e.travel?.meanAngleDeg).toBeCloseTo(8, 6)
    expect(e.signs.find((s) => s.channel === 'forward')?.ok).toBe(true)
    expect(e.signs.some((s) => s.channel === 'right')).toBe(false)
  })

  it('flags travel the wrong way, travel never found, and parallax where the design holds still', () => {
    const d = designOf('truck-right', { distance: 1 })
    const back = channelErrors(d, asMeasured(d, (f) => (f.travel ? { ...f, travel: [-f.travel[0], f.travel[1], f.travel[2]] } : f)).frames)
    expect(back.signs.find((s) => s.channel === 'right')).toMatchObject({ designed: 1, measured: -1, ok: false })
    expect(back.travel?.meanAngleDeg).toBeCloseTo(180, 6)
    const none = channelErrors(d, asMeasured(d, (f) => ({ ...f, parallax: false, travel: null })).frames)
    expect(none.travel?.foundShare).toBe(0)
    expect(none.travel?.meanAngleDeg).toBeNaN()
    expect(none.signs.find((s) => s.channel === 'right')).toMatchObject({ measured: 0, ok: false })
    const failures = validationFailures(move('truck'), none, CLEAN_BOUNDS)
    expect(failures).toContain('truck: travel found in 0 % of the travelling frames (at least 50 %)')
    expect(failures).toContain('truck: the direction of travel is off by NaN° on average (bound 10°)')
    const still = designOf('pan-right', { angle: 30 })
    const spurious = channelErrors(still, asMeasured(still, (f, i) => (i > 5 ? { ...f, parallax: true, travel: [0, 0, 1] } : f)).frames)
    expect(spurious.falseTravelFrames).toBe(still.frames.length - 6)
  })

  it('checks the travel sign of each axis a layered move travels along, and leaves a dolly zoom’s zoom unbounded', () => {
    const d = designOfLayers([
      ['pan-right', 0],
      ['dolly-in', 1],
    ])
    const e = channelErrors(d, asMeasured(d).frames)
    // the camera turns 45 degrees while it dollies: in its own axes the travel also leans sideways
    expect(e.signs.map((s) => s.channel).sort()).toEqual(['forward', 'pan', 'right'])
    expect(e.signs.every((s) => s.ok)).toBe(true)
    const dz = designOf('dolly-zoom-in')
    const held = channelErrors(dz, asMeasured(dz, (f) => ({ ...f, zoom: 1 })).frames)
    expect(held.zoomRelative).toBeGreaterThan(0.1)
    expect(validationFailures(move('dolly-zoom'), held, CLEAN_BOUNDS)).toEqual([])
    expect(validationFailures(move('zoom'), held, CLEAN_BOUNDS).some((f) => f.startsWith('zoom: zoom is off'))).toBe(true)
  })

  it('compares the shorter of the two and refuses empty input', () => {
    const d = designOf('tilt-up', { angle: 15 })
    expect(channelErrors(d, asMeasured(d).frames.slice(0, 10)).frames).toBe(10)
    expect(() => channelErrors(d, [])).toThrow(/no frames/)
  })
})
