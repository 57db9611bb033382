import { describe, expect, it } from 'vitest'
import { LANE_PAD_PX, ROW_PX, laneAtY, laneHeight, layoutLanes, stackClips } from './laneLayout'

const clip = (id: string, startS: number, durationS: number) => ({ id, startS, durationS })

describe('lane stacking', () => {
  it('keeps clips in sequence on one row (touching edges do not overlap)', () => {
    const { rows, rowCount } = stackClips([clip('a', 0, 2), clip('b', 2, 1), clip('c', 3.5, 1)])
    expect(rowCount).toBe(1)
    expect([...rows.values()]).toEqual([0, 0, 0])
  })

  it('stacks overlapping clips into sub-rows and reuses freed rows', () => {
    const { rows, rowCount } = stackClips([clip('a', 0, 3), clip('b', 1, 3), clip('c', 2, 1), clip('d', 3, 1)])
    expect(rowCount).toBe(3)
    expect(rows.get('a')).toBe(0)
    expect(rows.get('b')).toBe(1)
    expect(rows.get('c')).toBe(2)
    expect(rows.get('d')).toBe(0)
  })

  it('does not depend on the order clips are listed in', () => {
    expect(stackClips([clip('b', 1, 3), clip('a', 0, 3)]).rows.get('a')).toBe(0)
  })

  it('an empty track still has one row', () => {
    expect(stackClips([]).rowCount).toBe(1)
  })
})

describe('lanes layout', () => {
  const tracks = [
    { id: 't1', clips: [clip('a', 0, 3), clip('b', 1, 3)] },
    { id: 't2', clips: [clip('c', 0, 1)] },
  ]

  it('gives taller lanes to stacked tracks and places clips by row', () => {
    const l = layoutLanes(tracks)
    expect(l.lanes.map((x) => x.height)).toEqual([laneHeight(2), laneHeight(1)])
    expect(l.lanes[1].top).toBe(laneHeight(2))
    expect(l.clips.get('b')).toEqual({ trackId: 't1', row: 1, top: LANE_PAD_PX + ROW_PX })
    expect(l.clips.get('c')?.top).toBe(laneHeight(2) + LANE_PAD_PX)
    expect(l.height).toBe(laneHeight(2) + laneHeight(1))
    expect(layoutLanes(tracks)).toBe(l)
  })

  it('finds the lane under a y position', () => {
    const l = layoutLanes(tracks)
    expect(laneAtY(l, -1)).toBe(-1)
    expect(laneAtY(l, 0)).toBe(0)
    expect(laneAtY(l, laneHeight(2) - 1)).toBe(0)
    expect(laneAtY(l, laneHeight(2))).toBe(1)
    expect(laneAtY(l, l.height + 5)).toBe(2)
  })
})
