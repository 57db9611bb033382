/**
 * The cubic-bezier editor's geometry: handle space (x = time 0..1, y = progress, may overshoot)
 * to SVG pixels and back, clamping, and the named-curve select value. Pure.
 */
import { BEZIER_Y_MAX, BEZIER_Y_MIN, EASING_NAMES, NAMED_EASINGS, type BezierHandles, type Easing, type EasingName } from '../../core/math/easing'

export interface BezierView {
  readonly width: number
  readonly height: number
  /** Horizontal padding in pixels (x 0..1 spans width - 2 * padX). */
  readonly padX: number
  /** Progress shown at the top and bottom edges. */
  readonly yTop: number
  readonly yBottom: number
}

const Y_MARGIN = 0.18

/** A view that shows 0..1 plus any overshooting handle, with a margin. */
export const fitBezierView = (h: BezierHandles, width: number, height: number, padX = 14): BezierView => ({
  width,
  height,
  padX,
  yTop: Math.max(1, h[1], h[3]) + Y_MARGIN,
  yBottom: Math.min(0, h[1], h[3]) - Y_MARGIN,
})

export const toSvg = (v: BezierView, x: number, y: number): [number, number] => [
  v.padX + x * (v.width - 2 * v.padX),
  ((v.yTop - y) / (v.yTop - v.yBottom)) * v.height,
]

export const fromSvg = (v: BezierView, px: number, py: number): [number, number] => [
  (px - v.padX) / (v.width - 2 * v.padX),
  v.yTop - (py / v.height) * (v.yTop - v.yBottom),
]

const round3 = (n: number): number => Math.round(n * 1000) / 1000

/** Keep a handle where the curve stays a function of time: x in 0..1, y within the allowed overshoot. */
export const clampHandle = (x: number, y: number): [number, number] => [
  round3(Math.min(1, Math.max(0, x))),
  round3(Math.min(BEZIER_Y_MAX, Math.max(BEZIER_Y_MIN, y))),
]

/** Replace handle 0 (x1, y1) or 1 (x2, y2), clamped. */
export const withHandle = (h: BezierHandles, which: 0 | 1, x: number, y: number): BezierHandles => {
  const [cx, cy] = clampHandle(x, y)
  return which === 0 ? [cx, cy, h[2], h[3]] : [h[0], h[1], cx, cy]
}

/** The curve as an SVG cubic path: the bezier's control points are the handles themselves. */
export const bezierPath = (v: BezierView, h: BezierHandles): string => {
  const p = (x: number, y: number) => toSvg(v, x, y).map((n) => n.toFixed(2)).join(' ')
  return `M${p(0, 0)} C${p(h[0], h[1])} ${p(h[2], h[3])} ${p(1, 1)}`
}

export const CUSTOM_EASING = 'custom'

/** The easing select's value: the curve's name, or "custom" for handles of one's own. */
export const easingSelectValue = (e: Easing): EasingName | typeof CUSTOM_EASING => (e.kind === 'named' ? e.name : CUSTOM_EASING)

/** The named curve with exactly these handles, if any. */
export const namedEasingFor = (h: readonly number[]): EasingName | undefined =>
  EASING_NAMES.find((n) => NAMED_EASINGS[n].every((v, i) => Math.abs(v - h[i]) < 1e-9))

/** "ease-in-out-cubic" -> "Ease in out cubic". */
export const easingLabel = (name: EasingName): string => {
  const text = name.replace(/-/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
