import { describe, expect, it } from 'vitest'
import { detectCorners, DEFAULT_CORNER_OPTIONS } from './corners'
import { buildPyramid } from './image'
import { createThreadTracker } from './pointThreads'
import { pointCloud, renderFrame } from './testing/syntheticScene'
import type { GrayFrame } from './types'

const W = 160
const H = 90
const cloud = pointCloud({ count: 700, nearM: 6, farM: 6.01, halfAngleDeg: 50, seed: 2 })
/** The camera trucks right 2 cm a frame past a flat wall 6 m away: every point slides left by the same amount. */
const frameAt = (i: number): GrayFrame => renderFrame(cloud, { position: [0.02 * i, 0, 0], yawDeg: 0, pitchDeg: 0, rollDeg: 0, focalPx: 120 }, W, H, 40 + i, 1)
const shiftPx = (0.02 * 120) / 6

describe('points followed from frame to frame', () => {
  it('follows each point in consecutive frames, ends a thread after maxFrames and goes on from the same place', () => {
    const tracker = createThreadTracker({ maxFrames: 5, minSeparationPx: 4, maxLiving: 200, forwardBackwardMaxPx: 0.5 })
    const frames = Array.from({ length: 9 }, (_, i) => frameAt(i))
    const pyramids = frames.map((f) => buildPyramid({ width: f.widthPx, height: f.heightPx, data: Float32Array.from(f.luma) }, 3))
    const cornersOf = (i: number) => detectCorners({ width: W, height: H, data: Float32Array.from(frames[i].luma) }, DEFAULT_CORNER_OPTIONS)
    const prior = [1, 0, -shiftPx, 0, 1, 0, 0, 0, 1]
    tracker.begin(0, cornersOf(0))
    for (let i = 1; i < frames.length; i++) tracker.advance(i, pyramids[i - 1], pyramids[i], prior, () => [1, 0, 0, 1], cornersOf(i))
    const threads = tracker.threads()
    expect(threads.length).toBeGreaterThan(20)
    for (const t of threads) {
      expect(t.points.length).toBeGreaterThanOrEqual(2)
      expect(t.points.length).toBeLessThanOrEqual(5)
      // each step moves the point by the camera's shift, within a tenth of a pixel
      for (let k = 1; k < t.points.length; k++) {
        expect(t.points[k].x - t.points[k - 1].x).toBeCloseTo(-shiftPx, 0)
        expect(Math.abs(t.points[k].y - t.points[k - 1].y)).toBeLessThan(0.1)
      }
    }
    // a thread that reached five frames is followed by one that starts where it ended
    const full = threads.filter((t) => t.points.length === 5 && t.first === 0)
    expect(full.length).toBeGreaterThan(5)
    for (const t of full) {
      const end = t.points[4]
      expect(threads.some((u) => u.first === 4 && u.points[0] === end)).toBe(true)
    }
  })
})
