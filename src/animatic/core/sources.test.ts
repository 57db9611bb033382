import { describe, expect, it } from 'vitest'
import { chainTimeAt, chooseSource, listNumbers, sourceSummary, takeTimeAt } from './sources'

const take = (o: Partial<Parameters<typeof chooseSource>[1][number]>) => ({
  id: 't',
  shotId: 's2',
  chosen: true,
  status: 'succeeded',
  route: 'kling',
  video: { width: 640, height: 360, durationS: 1 },
  ...o,
})

describe('chooseSource', () => {
  it('uses the chosen take when it has succeeded with a video', () => {
    expect(chooseSource('s2', [take({})])).toEqual({ kind: 'take', takeId: 't', route: 'kling', videoDurationS: 1 })
  })
  it('falls back to the previs otherwise', () => {
    expect(chooseSource('s2', [take({ chosen: false })])).toEqual({ kind: 'previs' })
    expect(chooseSource('s2', [take({ status: 'failed' })])).toEqual({ kind: 'previs' })
    expect(chooseSource('s2', [take({ video: null })])).toEqual({ kind: 'previs' })
    expect(chooseSource('s1', [take({})])).toEqual({ kind: 'previs' })
  })
})

describe('a chosen chained generation', () => {
  // a 6 s shot sent to Kling as two 3 s parts, each made as a 5 s clip
  const part = (n: number, o: Partial<Parameters<typeof chooseSource>[1][number]> = {}) =>
    take({ id: `p${n}`, chosen: n === 1, chain: { id: 'c', part: n, parts: 2, startS: (n - 1) * 3, durationS: 3 }, video: { width: 640, height: 360, durationS: 5 }, ...o })

  it('plays every part in order when they have all finished, whichever part was chosen', () => {
    const parts = [
      { takeId: 'p1', startS: 0, durationS: 3, videoDurationS: 5 },
      { takeId: 'p2', startS: 3, durationS: 3, videoDurationS: 5 },
    ]
    expect(chooseSource('s2', [part(2), part(1)])).toEqual({ kind: 'chain', route: 'kling', parts })
    expect(chooseSource('s2', [part(1, { chosen: false }), part(2, { chosen: true })])).toEqual({ kind: 'chain', route: 'kling', parts })
  })

  it('falls back to the previs, saying why, while a part is missing or not finished (part 2 alone would play from the shot’s start)', () => {
    expect(chooseSource('s2', [part(1), part(2, { status: 'running', video: null })])).toEqual({ kind: 'previs', note: 'part 2 of 2 of its chosen chained generation is not finished' })
    expect(chooseSource('s2', [part(1)])).toEqual({ kind: 'previs', note: 'part 2 of 2 of its chosen chained generation is deleted' })
    expect(chooseSource('s2', [part(1, { status: 'failed' }), part(2)])).toMatchObject({ kind: 'previs', note: expect.stringMatching(/^part 1 of 2/) })
  })

  it('fits each part’s video to its window of the shot', () => {
    const parts = [
      { takeId: 'p1', startS: 0, durationS: 3, videoDurationS: 5 },
      { takeId: 'p2', startS: 3, durationS: 3, videoDurationS: 6 },
    ]
    expect(chainTimeAt(parts, 0)).toEqual({ part: 0, videoTimeS: 0 })
    expect(chainTimeAt(parts, 1.5)).toEqual({ part: 0, videoTimeS: 2.5 })
    expect(chainTimeAt(parts, 3)).toEqual({ part: 1, videoTimeS: 0 })
    expect(chainTimeAt(parts, 4.5)).toEqual({ part: 1, videoTimeS: 3 })
    // the end of the shot, and past it, is the last part's end
    expect(chainTimeAt(parts, 6)).toEqual({ part: 1, videoTimeS: 6 })
    expect(chainTimeAt(parts, 7)).toEqual({ part: 1, videoTimeS: 6 })
  })
})

describe('a chosen take longer or shorter than its shot', () => {
  it('plays 1:1 when it is as long as the shot to half a frame, else is fitted to the shot', () => {
    // a 6 s shot at 24 fps
    expect(takeTimeAt(6, 6.01, 3, 24)).toBe(3)
    expect(takeTimeAt(6, 8, 3, 24)).toBe(4)
    expect(takeTimeAt(6, 8, 6, 24)).toBe(8)
    expect(takeTimeAt(6, 4, 3, 24)).toBe(2)
  })
})

describe('sourceSummary', () => {
  it('groups shots by source', () => {
    expect(listNumbers([1, 2, 4])).toBe('1, 2 & 4')
    expect(sourceSummary([{ kind: 'previs' }, { kind: 'take', takeId: 't', route: 'kling', videoDurationS: 1 }, { kind: 'previs' }], (r) => r.toUpperCase())).toEqual([
      'Shots 1 & 3: previs',
      'Shot 2: chosen take (KLING)',
    ])
    expect(
      sourceSummary([
        { kind: 'chain', route: 'kling', parts: [] },
        { kind: 'previs', note: 'part 2 of 2 of its chosen chained generation is not finished' },
      ]),
    ).toEqual(['Shot 1: chosen chain of 0 parts (kling)', 'Shot 2: previs (part 2 of 2 of its chosen chained generation is not finished)'])
  })
})
