import { describe, expect, it } from 'vitest'
import { IDENTITY3 } from './linalg'
import { refineTravel, travellingStretches, type StreamedPose } from './refineTravel'

const pose = (parallax: boolean, extra: Partial<StreamedPose> = {}): StreamedPose => ({ r: [...IDENTITY3], zoom: 1, parallax, focalChanged: false, travel: null, ...extra })
const options = { focalPx: 300, cx: 159.5, cy: 89.5, anchorFrames: 12, robustScalePx: 0.5, turnSmoothness: 100, travelSmoothness: 1, iterations: 10, travelSpanFrames: 3 }

describe('the travelling stretches of a clip', () => {
  it('are the runs of frames with parallax (frame 0 never travels)', () => {
    const flags = [true, true, true, false, true, false, false, true, true]
    expect(travellingStretches(flags.map((p) => pose(p)))).toEqual([
      [1, 2],
      [4, 4],
      [7, 8],
    ])
  })

  it('a stretch read as a dolly zoom at most of its poses keeps the streaming reading; one with no direction found is left too', () => {
    const forward = { from: 0, centreDirection: [0, 0, 1] }
    const dollyZoom = [pose(false), ...Array.from({ length: 5 }, (_, i) => pose(true, { travel: forward, focalChanged: i !== 2 }))]
    expect(refineTravel(dollyZoom, [], [], options).every((r) => r === null)).toBe(true)
    const noDirection = [pose(false), ...Array.from({ length: 5 }, () => pose(true))]
    expect(refineTravel(noDirection, [], [], options).every((r) => r === null)).toBe(true)
  })

  it('with nothing tracked, a refitted stretch keeps its poses and reports the found direction of travel at every frame', () => {
    const right = { from: 0, centreDirection: [1, 0, 0] }
    const poses = [pose(false), ...Array.from({ length: 5 }, (_, i) => pose(true, { travel: i % 2 === 0 ? right : null }))]
    const refined = refineTravel(poses, [], [], options)
    expect(refined[0]).toBeNull()
    for (const r of refined.slice(1)) {
      expect(r!.panDeg).toBeCloseTo(0, 9)
      // OpenCV x right is the contract's right
      expect(r!.travel![0]).toBeCloseTo(1, 6)
    }
  })
})
