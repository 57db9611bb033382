import { describe, expect, it } from 'vitest'
import { BEZIER_Y_MAX, BEZIER_Y_MIN, NAMED_EASINGS, isValidBezier, namedEasing } from '../../core/math/easing'
import { CUSTOM_EASING, bezierPath, clampHandle, easingLabel, easingSelectValue, fitBezierView, fromSvg, namedEasingFor, toSvg, withHandle } from './bezierModel'

describe('bezier editor geometry', () => {
  const view = fitBezierView([0.42, 0, 0.58, 1], 180, 140)

  it('puts (0,0) bottom-left and (1,1) top-right inside the box', () => {
    const [x0, y0] = toSvg(view, 0, 0)
    const [x1, y1] = toSvg(view, 1, 1)
    expect(x0).toBe(14)
    expect(x1).toBe(166)
    expect(y0).toBeGreaterThan(y1)
    expect(y1).toBeGreaterThan(0)
    expect(y0).toBeLessThan(140)
  })
  it('round-trips pixels and handle space', () => {
    const [px, py] = toSvg(view, 0.3, 0.8)
    const [x, y] = fromSvg(view, px, py)
    expect(x).toBeCloseTo(0.3, 10)
    expect(y).toBeCloseTo(0.8, 10)
  })
  it('widens the view to show overshooting handles', () => {
    const v = fitBezierView([0.3, -0.6, 0.7, 1.6], 180, 140)
    expect(toSvg(v, 0.3, -0.6)[1]).toBeLessThan(140)
    expect(toSvg(v, 0.7, 1.6)[1]).toBeGreaterThan(0)
  })
  it('clamps handles to a valid curve', () => {
    expect(clampHandle(-0.2, 5)).toEqual([0, BEZIER_Y_MAX])
    expect(clampHandle(1.4, -9)).toEqual([1, BEZIER_Y_MIN])
    const h = withHandle([0.42, 0, 0.58, 1], 1, 2, 3)
    expect(h).toEqual([0.42, 0, 1, 2])
    expect(isValidBezier(h)).toBe(true)
  })
  it('draws the curve as one cubic from (0,0) to (1,1)', () => {
    expect(bezierPath(view, [0, 0, 1, 1])).toMatch(/^M14\.00 [\d.]+ C[\d. ]+ 166\.00 [\d.]+$/)
  })
})

describe('easing select', () => {
  it('names named curves and calls handles custom', () => {
    expect(easingSelectValue(namedEasing('ease-in'))).toBe('ease-in')
    expect(easingSelectValue({ kind: 'bezier', handles: [0.1, 0.2, 0.3, 0.4] })).toBe(CUSTOM_EASING)
    expect(namedEasingFor(NAMED_EASINGS['ease-out-expo'])).toBe('ease-out-expo')
    expect(namedEasingFor([0.1, 0.2, 0.3, 0.4])).toBeUndefined()
    expect(easingLabel('ease-in-out-cubic')).toBe('Ease in out cubic')
  })
})
