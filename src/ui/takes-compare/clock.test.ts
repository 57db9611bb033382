import { describe, expect, it } from 'vitest'
import { CompareClock, type FrameSource, type Follower } from './clock'
import { frameCentreS, frameTiming } from './transport'

/** Frames by hand: `advance(ms)` runs the pending frame callback at now + ms. */
const manualFrames = () => {
  let now = 0
  let pending: ((ms: number) => void) | null = null
  const source: FrameSource = {
    request: (cb) => {
      pending = cb
      return 1
    },
    cancel: () => {
      pending = null
    },
  }
  const advance = (ms: number) => {
    now += ms
    const cb = pending
    pending = null
    cb?.(now)
  }
  return { source, advance, pending: () => pending !== null }
}

const recorder = (busy = () => false) => {
  const calls: [number, boolean][] = []
  const f: Follower = { sync: (t, p) => calls.push([t, p]), busy }
  return { f, calls, last: () => calls[calls.length - 1] }
}

const timing = frameTiming(24, 48)

describe('compare clock', () => {
  it('starts paused on the centre of frame 0 and seeks followers there', () => {
    const clock = new CompareClock(timing, manualFrames().source)
    const r = recorder()
    clock.follow(r.f)
    expect(r.last()).toEqual([frameCentreS(0, timing), false])
  })
  it('steps, clamps and seeks to frame centres, reporting frames', () => {
    const clock = new CompareClock(timing, manualFrames().source)
    const r = recorder()
    const frames: number[] = []
    clock.follow(r.f)
    clock.onFrame((f) => frames.push(f))
    clock.step(1)
    clock.step(-5)
    clock.seekFrame(100)
    expect(frames).toEqual([0, 1, 0, 47])
    expect(r.last()[0]).toBeCloseTo(47.5 / 24, 12)
  })
  it('runs one clock while playing, loops at the end, pauses on a frame centre', () => {
    const m = manualFrames()
    const clock = new CompareClock(timing, m.source)
    const r = recorder()
    clock.follow(r.f)
    let changes = 0
    clock.subscribePlaying(() => changes++)
    clock.play()
    m.advance(16) // first frame: no time passes
    m.advance(500)
    expect(clock.getTimeS()).toBeCloseTo(0.5 / 24 + 0.25, 9) // one step is at most 0.25 s
    for (let i = 0; i < 8; i++) m.advance(250)
    expect(clock.getTimeS()).toBeLessThan(2)
    expect(clock.getTimeS()).toBeCloseTo((0.5 / 24 + 2.25) % 2, 9)
    expect(r.last()[1]).toBe(true)
    clock.pause()
    expect(m.pending()).toBe(false)
    expect(changes).toBe(2)
    expect(r.last()).toEqual([frameCentreS(clock.getFrame(), timing), false])
  })
  it('waits for a busy side', () => {
    const m = manualFrames()
    const clock = new CompareClock(timing, m.source)
    let busy = true
    clock.follow(recorder(() => busy).f)
    clock.play()
    m.advance(16)
    m.advance(100)
    expect(clock.getTimeS()).toBeCloseTo(0.5 / 24, 12)
    busy = false
    m.advance(100)
    expect(clock.getTimeS()).toBeCloseTo(0.5 / 24 + 0.1, 9)
  })
  it('stops following a removed side; dispose stops the loop', () => {
    const m = manualFrames()
    const clock = new CompareClock(timing, m.source)
    const r = recorder()
    const stop = clock.follow(r.f)
    stop()
    clock.step(3)
    expect(r.calls).toHaveLength(1)
    clock.play()
    clock.dispose()
    expect(m.pending()).toBe(false)
    expect(clock.isPlaying()).toBe(false)
  })
})
