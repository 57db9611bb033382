import { describe, expect, it } from 'vitest'
import { ProgressMeter, frameTimestamp, frameTiming, previsBitrate } from './timing'

describe('frameTiming', () => {
  it('a 2 s shot at 24 fps is 48 frames lasting 2.0 s', () => {
    expect(frameTiming(2, 24)).toEqual({ frameCount: 48, fps: 24, durationS: 2 })
  })
  it('samples as the trajectory export does (round, at least one frame)', () => {
    expect(frameTiming(1.01, 30).frameCount).toBe(30)
    expect(frameTiming(0.001, 24).frameCount).toBe(1)
    expect(frameTiming(5, 23.976).durationS).toBeCloseTo(120 / 23.976, 12)
  })
})

describe('frameTimestamp', () => {
  it('frame i starts at i / fps and lasts 1 / fps, so the last frame ends at frameCount / fps', () => {
    expect(frameTimestamp(0, 24)).toEqual({ timestamp: 0, duration: 1 / 24 })
    const last = frameTimestamp(47, 24)
    expect(last.timestamp + last.duration).toBeCloseTo(2, 12)
  })
})

describe('previsBitrate', () => {
  it('grows with pixels and frame rate within 1-40 Mbit/s', () => {
    expect(previsBitrate(1280, 720, 24)).toBeGreaterThan(3e6)
    expect(previsBitrate(1920, 1080, 24)).toBeGreaterThan(previsBitrate(1280, 720, 24))
    expect(previsBitrate(16, 16, 1)).toBe(1e6)
    expect(previsBitrate(2520, 1080, 60)).toBeLessThanOrEqual(40e6)
  })
})

describe('ProgressMeter', () => {
  it('measures frames per second since the start and the time left', () => {
    const m = new ProgressMeter(48, 1000)
    expect(m.at(0, 1000)).toEqual({ framesDone: 0, frameCount: 48, framesPerSecond: 0, secondsLeft: null })
    const p = m.at(12, 3000) // 12 frames in 2 s
    expect(p.framesPerSecond).toBeCloseTo(6, 12)
    expect(p.secondsLeft).toBeCloseTo(6, 12) // 36 frames at 6 fps
    expect(m.at(48, 9000).secondsLeft).toBe(0)
  })
})
