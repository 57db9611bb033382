import { describe, expect, it } from 'vitest'
import { createClip, getPreset } from '../camera-presets'
import { createShot } from '../timeline/defaults'
import type { Shot } from '../timeline/model'
import { PATH_SAMPLES_PER_SECOND, clipBoundaryTimes, computePathData } from './pathData'

const withClips = (shot: Shot, ids: string[]): Shot => {
  let t = 0
  const clips = ids.map((id, i) => {
    const c = createClip(getPreset(id)!, `c${i}`, t)
    t += c.durationS
    return c
  })
  return { ...shot, durationS: Math.max(shot.durationS, t), tracks: [{ id: 't1', clips }] }
}

describe('path gizmo data', () => {
  it('samples a still camera as a slow (blue) path with a tick per second', () => {
    const d = computePathData(createShot('s', 'Shot 1'))
    expect(d.positions.length / 3).toBe(5 * PATH_SAMPLES_PER_SECOND + 1)
    expect(d.ticks.length / 3).toBe(6)
    expect(d.maxSpeed).toBe(0)
    expect(d.colors[2]).toBeGreaterThan(d.colors[0]) // blue
    expect(d.ghosts).toEqual([])
  })

  it('colours a moving camera and puts ghosts at clip boundaries', () => {
    const shot = withClips(createShot('s', 'Shot 1'), ['dolly-in', 'orbit-left'])
    const times = clipBoundaryTimes(shot)
    expect(times.length).toBe(3) // the shared boundary is one ghost
    const d = computePathData(shot)
    expect(d.ghosts.map((g) => g.timeS)).toEqual(times)
    expect(d.maxSpeed).toBeGreaterThan(0)
    const fastest = d.speeds.indexOf(Math.max(...d.speeds))
    expect(d.colors[fastest * 3]).toBeGreaterThan(d.colors[fastest * 3 + 2]) // red over blue
  })
})
