import { describe, expect, it } from 'vitest'
import { chooseSource, listNumbers, sourceSummary } from './sources'

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
    expect(chooseSource('s2', [take({})])).toEqual({ kind: 'take', takeId: 't', route: 'kling' })
  })
  it('falls back to the previs otherwise', () => {
    expect(chooseSource('s2', [take({ chosen: false })])).toEqual({ kind: 'previs' })
    expect(chooseSource('s2', [take({ status: 'failed' })])).toEqual({ kind: 'previs' })
    expect(chooseSource('s2', [take({ video: null })])).toEqual({ kind: 'previs' })
    expect(chooseSource('s1', [take({})])).toEqual({ kind: 'previs' })
  })
})

describe('sourceSummary', () => {
  it('groups shots by source', () => {
    expect(listNumbers([1, 2, 4])).toBe('1, 2 & 4')
    expect(sourceSummary([{ kind: 'previs' }, { kind: 'take', takeId: 't', route: 'kling' }, { kind: 'previs' }], (r) => r.toUpperCase())).toEqual([
      'Shots 1 & 3: previs',
      'Shot 2: chosen take (KLING)',
    ])
  })
})
