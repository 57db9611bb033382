import { describe, expect, it } from 'vitest'
import {
  EDGE_SCROLL_MAX_STEP_PX,
  EDGE_SCROLL_ZONE_PX,
  GUTTER_PX,
  edgeScrollStep,
  dragClipTiming,
  formatTimecode,
  insertionSlot,
  pxToTime,
  reorderIndex,
  scrollLeftForZoom,
  snapClipStart,
  snapPoint,
  snapThresholdS,
  timeToPx,
  wheelZoom,
  type SnapContext,
} from './timelineMath'
import { labelStep, minorStep, rulerTicks } from './rulerTicks'

const ctx = (edges: number[], over: Partial<SnapContext> = {}): SnapContext => ({ fps: 24, edges, pps: 100, edgeSnap: true, ...over })

describe('time <-> pixels', () => {
  it('round-trips and scales with zoom', () => {
    expect(timeToPx(2.5, 90)).toBe(225)
    expect(pxToTime(225, 90)).toBe(2.5)
    expect(snapThresholdS(100)).toBeCloseTo(0.08)
    expect(snapThresholdS(400)).toBeCloseTo(0.02)
  })

  it('zooms around the pointer: the time under it stays under it', () => {
    const scrollLeft = 300
    const anchor = 250
    const before = pxToTime(scrollLeft + anchor - GUTTER_PX, 100)
    const next = scrollLeftForZoom(scrollLeft, anchor, 100, 250)
    expect(pxToTime(next + anchor - GUTTER_PX, 250)).toBeCloseTo(before)
    expect(scrollLeftForZoom(0, 100, 100, 20)).toBe(0)
  })

  it('wheel zoom goes in with negative delta and stays in range', () => {
    expect(wheelZoom(100, -100, 20, 600)).toBeGreaterThan(100)
    expect(wheelZoom(100, 100, 20, 600)).toBeLessThan(100)
    expect(wheelZoom(590, -5000, 20, 600)).toBe(600)
  })
})

describe('snapping decisions', () => {
  it('snaps to an edge within 8 px, else to the frame grid', () => {
    expect(snapPoint(2.05, ctx([2]))).toEqual({ timeS: 2, snapLineS: 2 })
    const far = snapPoint(2.2, ctx([2]))
    expect(far.snapLineS).toBeNull()
    expect(far.timeS * 24).toBeCloseTo(Math.round(2.2 * 24))
  })

  it('Alt (edgeSnap off) snaps to frames only', () => {
    const r = snapPoint(2.03, ctx([2], { edgeSnap: false }))
    expect(r.snapLineS).toBeNull()
    expect(r.timeS).toBeCloseTo(49 / 24)
  })

  it('the threshold follows the zoom', () => {
    expect(snapPoint(2.05, ctx([2], { pps: 400 })).snapLineS).toBeNull()
  })

  it('a moving clip snaps by whichever edge is nearer', () => {
    // end (1.97 + 1 = 2.97) is 0.03 from 3; start is 0.03 from... nothing
    expect(snapClipStart(1.97, 1, ctx([3]))).toEqual({ timeS: 2, snapLineS: 3 })
    expect(snapClipStart(1.04, 1, ctx([1, 2.1]))).toEqual({ timeS: 1, snapLineS: 1 })
    expect(snapClipStart(-0.5, 1, ctx([])).timeS).toBe(0)
  })

  it('resizing from the start keeps the end fixed', () => {
    const r = dragClipTiming('start', { startS: 1, durationS: 2 }, -0.48, ctx([0.5]))
    expect(r.startS).toBe(0.5)
    expect(r.startS + r.durationS).toBe(3)
    expect(r.snapLineS).toBe(0.5)
  })

  it('resizing from the start never passes the end (whole-frame minimum)', () => {
    const r = dragClipTiming('start', { startS: 1, durationS: 2 }, 5, ctx([]))
    expect(r.durationS).toBeCloseTo(2 / 24)
    expect(r.startS + r.durationS).toBeCloseTo(3)
  })

  it('resizing from the end keeps the start fixed and snaps the end', () => {
    const r = dragClipTiming('end', { startS: 1, durationS: 2 }, 0.96, ctx([4]))
    expect(r).toMatchObject({ startS: 1, durationS: 3, snapLineS: 4 })
    expect(dragClipTiming('end', { startS: 1, durationS: 2 }, -9, ctx([])).durationS).toBeCloseTo(2 / 24)
  })

  it('moving keeps the duration and lands on frames', () => {
    const r = dragClipTiming('move', { startS: 0, durationS: 1.5 }, 1.31, ctx([]))
    expect(r.durationS).toBe(1.5)
    expect(r.startS * 24).toBeCloseTo(Math.round(1.31 * 24))
  })
})

describe('formatting and reordering', () => {
  it('formats SS:FF timecode', () => {
    expect(formatTimecode(0, 24)).toBe('00:00')
    expect(formatTimecode(1.5, 24)).toBe('01:12')
    expect(formatTimecode(75 + 2 / 30, 30)).toBe('1:15:02')
  })

  it('maps a drop gap to moveShot indices', () => {
    expect(insertionSlot([50, 150, 250], 10)).toBe(0)
    expect(insertionSlot([50, 150, 250], 200)).toBe(2)
    expect(reorderIndex(0, 3)).toBe(2)
    expect(reorderIndex(2, 0)).toBe(0)
    expect(reorderIndex(1, 1)).toBe(1)
    expect(reorderIndex(1, 2)).toBe(1)
  })
})

describe('ruler ticks', () => {
  it('labels whole seconds when zoomed out and frames when zoomed in', () => {
    expect(labelStep(90, 24)).toEqual({ seconds: 1 })
    expect(labelStep(20, 24)).toEqual({ seconds: 5 })
    expect(labelStep(600, 24)).toEqual({ frames: 3 })
    expect(minorStep(600, 24, { frames: 3 })).toEqual({ frames: 1 })
    expect(minorStep(20, 24, { seconds: 5 })).toEqual({ seconds: 1 })
  })

  it('produces sorted ticks with labels on the grid', () => {
    const ticks = rulerTicks(0, 2, 90, 24)
    const labels = ticks.filter((t) => t.kind === 'label').map((t) => t.label)
    expect(labels).toEqual(['0s', '1s', '2s'])
    expect(ticks.every((t, i) => i === 0 || t.timeS > ticks[i - 1].timeS)).toBe(true)
    expect(ticks.some((t) => t.kind === 'minor')).toBe(true)
    expect(rulerTicks(0, 1, 600, 24).find((t) => t.label === '0:12')?.timeS).toBeCloseTo(0.5)
  })
})

describe('edgeScrollStep', () => {
  it('scrolls left in the left band and right in the right band, faster nearer the edge, not in between', () => {
    const [left, right] = [100, 900]
    expect(edgeScrollStep(500, left, right)).toBe(0)
    expect(edgeScrollStep(left + EDGE_SCROLL_ZONE_PX + 1, left, right)).toBe(0)
    const near = edgeScrollStep(left + 30, left, right)
    const nearer = edgeScrollStep(left + 5, left, right)
    expect(near).toBeLessThan(0)
    expect(nearer).toBeLessThan(near)
    expect(edgeScrollStep(left - 200, left, right)).toBe(-EDGE_SCROLL_MAX_STEP_PX)
    expect(edgeScrollStep(right - 5, left, right)).toBeGreaterThan(edgeScrollStep(right - 30, left, right))
    expect(edgeScrollStep(right + 200, left, right)).toBe(EDGE_SCROLL_MAX_STEP_PX)
  })

  it('keeps the bands to a quarter of a narrow view each, and never scrolls a view of no width', () => {
    expect(edgeScrollStep(150, 100, 200)).toBe(0)
    expect(edgeScrollStep(120, 100, 200)).toBeLessThan(0)
    expect(edgeScrollStep(100, 100, 100)).toBe(0)
  })
})
