import { describe, expect, it } from 'vitest'
import { createAdaptiveResolution } from './adaptiveResolution'

const INTERVAL = 1000 / 24
/** Feeds `n` frames from `t0`, the gap after frame i being `gapMs` (or `gapMs(i)`); returns the scales it announced and the last time. */
const feed = (a: ReturnType<typeof createAdaptiveResolution>, n: number, gapMs: number | ((i: number) => number), t0 = 0) => {
  const changes: number[] = []
  let t = t0
  for (let i = 0; i < n; i++) {
    const c = a.frameDrawn(t, INTERVAL)
    if (c !== null) changes.push(c)
    t += typeof gapMs === 'number' ? gapMs : gapMs(i)
  }
  return { changes, t }
}

describe('adaptive resolution while playing', () => {
  it('keeps full resolution while frames come at the shot rate', () => {
    const a = createAdaptiveResolution()
    expect(a.start()).toBe(1)
    expect(feed(a, 100, INTERVAL).changes).toEqual([])
    expect(a.scale).toBe(1)
  })

  it('steps down one window at a time while frames come somewhat late, never below the last scale', () => {
    const a = createAdaptiveResolution()
    a.start()
    // frames every 1.3 intervals: each full window of 8 gaps steps down once
    const { changes } = feed(a, 100, 1.3 * INTERVAL)
    expect(changes).toEqual([0.75, 0.5])
    expect(a.scale).toBe(0.5)
  })

  it('goes straight to the smallest scale when frames come far behind (one resize, not one per window)', () => {
    const a = createAdaptiveResolution()
    a.start()
    // frames every 2 intervals: the first window's median gap is over 1.5 intervals
    const first = feed(a, 9, 2 * INTERVAL)
    expect(first.changes).toEqual([0.5])
    expect(feed(a, 60, 2 * INTERVAL, first.t).changes).toEqual([])
    expect(a.scale).toBe(0.5)
  })

  it('far behind again after a scale kept up, it goes back to that scale, not the smallest', () => {
    const a = createAdaptiveResolution()
    a.start()
    // a little late at full resolution, then 0.75 keeps up
    const first = feed(a, 9, 1.3 * INTERVAL)
    expect(first.changes).toEqual([0.75])
    feed(a, 20, INTERVAL, first.t + 200)
    // the next playback tries full resolution again and finds it far behind
    expect(a.start()).toBe(1)
    expect(feed(a, 9, 2 * INTERVAL).changes).toEqual([0.75])
  })

  it('judges the new scale only on frames after the change', () => {
    const a = createAdaptiveResolution()
    a.start()
    const slow = feed(a, 9, 1.3 * INTERVAL)
    expect(slow.changes).toEqual([0.75])
    // at 0.75 the frames keep up: no further step, even though the gap over the resize was long
    expect(feed(a, 60, INTERVAL, slow.t + 200).changes).toEqual([])
    expect(a.scale).toBe(0.75)
  })

  it('an occasional late frame (under a fifth of a window) does not step down', () => {
    const a = createAdaptiveResolution()
    a.start()
    expect(feed(a, 48, (i) => (i % 10 === 0 ? 3 * INTERVAL : INTERVAL)).changes).toEqual([])
  })

  it('remembers what kept up and starts the next playback one step above it', () => {
    const a = createAdaptiveResolution()
    a.start()
    feed(a, 100, 1.3 * INTERVAL)
    expect(a.start()).toBe(0.75)
    // this time 0.75 keeps up: remembered, and the next playback tries full resolution again
    feed(a, 30, INTERVAL)
    expect(a.start()).toBe(1)
  })
})

describe('adaptive resolution: dropped frames', () => {
  it('steps down when a fifth of a window drops a frame, though the median keeps time', () => {
    const a = createAdaptiveResolution()
    a.start()
    // 3 of 8 gaps are a dropped frame
    expect(feed(a, 9, (i) => (i % 3 === 0 ? 2 * INTERVAL : INTERVAL)).changes).toEqual([0.75])
  })
})
