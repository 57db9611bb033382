import { describe, expect, it } from 'vitest'
import {
  clampFrame,
  clampWipe,
  correctDrift,
  designFrameCount,
  durationOf,
  frameAtS,
  frameCentreS,
  frameCounterText,
  frameStartS,
  frameTiming,
  heldTimeS,
  isHolding,
  liveTimeS,
  loopTimeS,
  stepFrame,
  timecodeOfFrame,
  wipeAtPointer,
  wipeClipPath,
} from './transport'

const t24 = frameTiming(24, 48) // 2 s

describe('frame grid', () => {
  it('sanitises a grid', () => {
    expect(frameTiming(0, 0)).toEqual({ fps: 24, frameCount: 1 })
    expect(frameTiming(Number.NaN, 10.4)).toEqual({ fps: 24, frameCount: 10 })
    expect(durationOf(t24)).toBe(2)
  })
  it('counts design frames as the timeline samples them', () => {
    expect(designFrameCount(2, 24)).toBe(48)
    expect(designFrameCount(0.01, 24)).toBe(1)
    expect(designFrameCount(4.17, 23.976)).toBe(100)
  })
  it('maps frames to the centre and start of their interval and back', () => {
    expect(frameCentreS(0, t24)).toBeCloseTo(0.5 / 24, 12)
    expect(frameCentreS(47, t24)).toBeCloseTo(47.5 / 24, 12)
    expect(frameStartS(12, t24)).toBe(0.5)
    for (let i = 0; i < 48; i++) {
      expect(frameAtS(frameCentreS(i, t24), t24)).toBe(i)
      expect(frameAtS(frameStartS(i, t24), t24)).toBe(i)
      expect(frameAtS((i + 1) / 24 - 1e-4, t24)).toBe(i)
    }
  })
  it('clamps to the grid', () => {
    expect(clampFrame(-3, t24)).toBe(0)
    expect(clampFrame(99, t24)).toBe(47)
    expect(clampFrame(4.6, t24)).toBe(5)
    expect(clampFrame(Number.NaN, t24)).toBe(0)
    expect(frameAtS(-1, t24)).toBe(0)
    expect(frameAtS(10, t24)).toBe(47)
    expect(frameCentreS(100, t24)).toBeCloseTo(47.5 / 24, 12)
  })
  it('steps without wrapping', () => {
    expect(stepFrame(0, -1, t24)).toBe(0)
    expect(stepFrame(0, 1, t24)).toBe(1)
    expect(stepFrame(47, 1, t24)).toBe(47)
    expect(stepFrame(40, 24, t24)).toBe(47)
    expect(stepFrame(10, -24, t24)).toBe(0)
  })
  it('loops past the end', () => {
    expect(loopTimeS(1.5, t24)).toBe(1.5)
    expect(loopTimeS(2, t24)).toBe(0)
    expect(loopTimeS(2.25, t24)).toBeCloseTo(0.25, 12)
    expect(loopTimeS(-0.1, t24)).toBe(0)
  })
  it('handles a 23.976 grid', () => {
    const ntsc = frameTiming(24000 / 1001, 100)
    for (const i of [0, 1, 50, 99]) expect(frameAtS(frameCentreS(i, ntsc), ntsc)).toBe(i)
  })
})

describe('a shorter side holds its last frame', () => {
  const short = frameTiming(24, 24) // 1 s
  it('follows the clock within its length', () => {
    expect(heldTimeS(0.4, short)).toBe(0.4)
    expect(isHolding(0.4, short)).toBe(false)
  })
  it('holds the centre of its last frame past it', () => {
    expect(heldTimeS(1.7, short)).toBeCloseTo(23.5 / 24, 12)
    expect(isHolding(1.7, short)).toBe(true)
    expect(frameAtS(heldTimeS(1.7, short), short)).toBe(23)
  })
  it('the live design draws the start of the frame showing', () => {
    const design = frameTiming(24, 48)
    expect(liveTimeS(frameCentreS(5, design), design)).toBe(5 / 24)
    expect(liveTimeS(3, design)).toBe(47 / 24)
  })
})

describe('drift correction', () => {
  it('leaves drift within half a frame alone', () => {
    expect(correctDrift(1.01, 1, 24)).toEqual({ seek: false, rate: 1 })
    expect(correctDrift(1 - 0.49 / 24, 1, 24)).toEqual({ seek: false, rate: 1 })
  })
  it('nudges the rate for a few frames of drift, towards the clock', () => {
    const ahead = correctDrift(1.1, 1, 24)
    const behind = correctDrift(0.9, 1, 24)
    expect(ahead.seek).toBe(false)
    expect(ahead.rate).toBeLessThan(1)
    expect(behind.rate).toBeGreaterThan(1)
    expect(behind.rate).toBeLessThanOrEqual(1.5)
  })
  it('seeks when far off (a loop, a stall)', () => {
    expect(correctDrift(1.9, 0.1, 24)).toEqual({ seek: true, rate: 1 })
    expect(correctDrift(0.5, 1, 60).seek).toBe(true)
  })
})

describe('wipe', () => {
  it('clamps and follows the pointer', () => {
    expect(clampWipe(-1)).toBe(0)
    expect(clampWipe(2)).toBe(1)
    expect(clampWipe(Number.NaN)).toBe(0.5)
    expect(wipeAtPointer(150, 100, 200)).toBe(0.25)
    expect(wipeAtPointer(50, 100, 200)).toBe(0)
    expect(wipeAtPointer(400, 100, 200)).toBe(1)
    expect(wipeAtPointer(150, 100, 0)).toBe(0.5)
  })
  it('clips the take to the left of the divider', () => {
    expect(wipeClipPath(0.25)).toBe('inset(0 75.000% 0 0)')
    expect(wipeClipPath(1)).toBe('inset(0 0.000% 0 0)')
  })
})

describe('labels', () => {
  it('counts frames from 0 and writes timecode', () => {
    expect(frameCounterText(0, t24)).toBe('frame 0 / 48')
    expect(frameCounterText(99, t24)).toBe('frame 47 / 48')
    expect(timecodeOfFrame(0, 24)).toBe('00:00')
    expect(timecodeOfFrame(30, 24)).toBe('01:06')
    expect(timecodeOfFrame(24 * 61 + 2, 24)).toBe('1:01:02')
    expect(timecodeOfFrame(24, 23.976)).toBe('01:00')
  })
})
