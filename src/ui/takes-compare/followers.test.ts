import { describe, expect, it } from 'vitest'
import { liveFollower } from './followers'
import { designFrameCount, frameTiming } from './transport'

const recorder = () => {
  const drawn: number[] = []
  return { drawn, renderer: { draw: (t: number) => void drawn.push(t), resize: () => undefined, dispose: () => undefined } }
}

describe('the live lens view beside a take', () => {
  it('draws the design frame of the clock’s time, holding at the end', () => {
    const { drawn, renderer } = recorder()
    const f = liveFollower(renderer, frameTiming(12, designFrameCount(6, 12)))
    f.sync(0, false)
    f.sync(1.5, false)
    f.sync(20, false)
    expect(drawn).toEqual([0, 1.5, 71 / 12])
  })

  it('beside part 2 of a chained generation (3–4.5 s of the shot) starts at 3 s and holds at the part’s end', () => {
    const { drawn, renderer } = recorder()
    const f = liveFollower(renderer, frameTiming(12, designFrameCount(4.5, 12)), 3)
    f.sync(0, false)
    f.sync(1, false)
    f.sync(5, false)
    f.redraw()
    expect(drawn).toEqual([3, 4, 53 / 12, 53 / 12])
  })
})
