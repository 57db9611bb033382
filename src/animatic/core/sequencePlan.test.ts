import { describe, expect, it } from 'vitest'
import { animaticDimensions, letterbox, locateFrame, planSequence, sequenceDuration, sequenceTime, shotStartOnSequence } from './sequencePlan'

const shots = [
  { id: 'a', name: 'A', durationS: 0.5, fps: 24 },
  { id: 'b', name: 'B', durationS: 1.25, fps: 24 },
  { id: 'c', name: 'C', durationS: 2, fps: 24 },
]

describe('planSequence', () => {
  it('puts shots end to end: total frames is the sum of each shot’s frames', () => {
    const plan = planSequence(shots)
    expect(plan.fps).toBe(24)
    expect(plan.fpsNote).toBeNull()
    expect(plan.shots.map((s) => s.frameCount)).toEqual([12, 30, 48])
    expect(plan.shots.map((s) => s.firstFrame)).toEqual([0, 12, 42])
    expect(plan.shots.map((s) => s.sequenceStartS)).toEqual([0, 0.5, 1.75])
    expect(plan.totalFrames).toBe(90)
    expect(plan.durationS).toBeCloseTo(90 / 24)
  })

  it('uses the first shot’s fps for mixed rates and says so', () => {
    const plan = planSequence([
      { id: 'a', name: 'A', durationS: 1, fps: 12 },
      { id: 'b', name: 'B', durationS: 1, fps: 30 },
    ])
    expect(plan.fps).toBe(12)
    expect(plan.shots.map((s) => s.frameCount)).toEqual([12, 12])
    expect(plan.fpsNote).toContain('12, 30 fps')
  })

  it('gives a very short shot at least one frame', () => {
    expect(planSequence([{ id: 'a', name: 'A', durationS: 0.001, fps: 24 }]).totalFrames).toBe(1)
  })

  it('refuses an empty sequence', () => {
    expect(() => planSequence([])).toThrow()
  })
})

describe('sequence clock', () => {
  it('a shot starts at the sum of the earlier durations', () => {
    expect(shotStartOnSequence(shots, 'c')).toBe(1.75)
    expect(sequenceTime(shots, 'b', 0.25)).toBe(0.75)
    expect(sequenceDuration(shots)).toBe(3.75)
  })

  it('locates output frames in their shots', () => {
    const plan = planSequence(shots)
    expect(locateFrame(plan, 0)).toMatchObject({ shot: { shotId: 'a' }, frameInShot: 0 })
    expect(locateFrame(plan, 11)).toMatchObject({ shot: { shotId: 'a' }, frameInShot: 11 })
    expect(locateFrame(plan, 12)).toMatchObject({ shot: { shotId: 'b' }, frameInShot: 0 })
    expect(locateFrame(plan, 89)).toMatchObject({ shot: { shotId: 'c' }, frameInShot: 47 })
  })
})

describe('output size', () => {
  it('follows the aspect with even sides', () => {
    expect(animaticDimensions(16 / 9, 360)).toEqual({ width: 640, height: 360 })
    expect(animaticDimensions(2.39, 720)).toEqual({ width: 1720, height: 720 })
    expect(animaticDimensions(9 / 16, 360)).toEqual({ width: 360, height: 640 })
  })
  it('letterboxes a wider picture and pillarboxes a narrower one', () => {
    expect(letterbox(640, 360, 2)).toEqual({ x: 0, y: 20, w: 640, h: 320 })
    expect(letterbox(640, 360, 1)).toEqual({ x: 140, y: 0, w: 360, h: 360 })
    expect(letterbox(0, 360, 1)).toEqual({ x: 0, y: 0, w: 0, h: 0 })
  })
})
