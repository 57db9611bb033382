/**
 * Easing curves: progress u in [0,1] -> eased progress. Every named curve is a CSS-style
 * cubic bezier, so the bezier editor can start from any of them and one solver serves all.
 * Invariant: ease(0) = 0 and ease(1) = 1 exactly, and the curve is continuous.
 */
export type BezierHandles = readonly [x1: number, y1: number, x2: number, y2: number]

export const NAMED_EASINGS = {
  linear: [0, 0, 1, 1],
  ease: [0.25, 0.1, 0.25, 1],
  'ease-in': [0.42, 0, 1, 1],
  'ease-out': [0, 0, 0.58, 1],
  'ease-in-out': [0.42, 0, 0.58, 1],
  'ease-in-cubic': [0.32, 0, 0.67, 0],
  'ease-out-cubic': [0.33, 1, 0.68, 1],
  'ease-in-out-cubic': [0.65, 0, 0.35, 1],
  'ease-in-quart': [0.5, 0, 0.75, 0],
  'ease-out-quart': [0.25, 1, 0.5, 1],
  'ease-in-out-quart': [0.76, 0, 0.24, 1],
  'ease-out-expo': [0.16, 1, 0.3, 1],
  'ease-in-out-expo': [0.87, 0, 0.13, 1],
} as const satisfies Record<string, BezierHandles>

export type EasingName = keyof typeof NAMED_EASINGS
export const EASING_NAMES = Object.keys(NAMED_EASINGS) as EasingName[]

/** How a clip's progress is shaped: a named curve, or custom cubic-bezier handles. */
export type Easing = { readonly kind: 'named'; readonly name: EasingName } | { readonly kind: 'bezier'; readonly handles: BezierHandles }

export const namedEasing = (name: EasingName): Easing => ({ kind: 'named', name })

/** Bezier handle limits: x must stay in [0,1] so the curve is a function of time; y may overshoot. */
export const BEZIER_Y_MIN = -1
export const BEZIER_Y_MAX = 2

export const easingHandles = (e: Easing): BezierHandles => (e.kind === 'named' ? NAMED_EASINGS[e.name] : e.handles)

const bez = (a1: number, a2: number, t: number): number => {
  // 1D cubic bezier with P0 = 0, P3 = 1
  const mt = 1 - t
  return 3 * mt * mt * t * a1 + 3 * mt * t * t * a2 + t * t * t
}
const bezSlope = (a1: number, a2: number, t: number): number => {
  const mt = 1 - t
  return 3 * mt * mt * a1 + 6 * mt * t * (a2 - a1) + 3 * t * t * (1 - a2)
}

/** Evaluate cubic-bezier(x1,y1,x2,y2) at progress u (solve x(t) = u, return y(t)). */
export const evaluateBezier = (h: BezierHandles, u: number): number => {
  if (!(u > 0)) return 0
  if (u >= 1) return 1
  const x1 = h[0]
  const y1 = h[1]
  const x2 = h[2]
  const y2 = h[3]
  if (x1 === y1 && x2 === y2) return u
  // Newton, then bisection fallback; x(t) is monotone because x1, x2 lie in [0,1].
  // Both stop on the error in t, not in x: where x(t) is flat (x1 = 0, x2 = 1, or an inflection with
  // zero slope) a tiny error in x is a large one in t, and stopping on x made the curve jump there.
  let t = u
  for (let i = 0; i < 8; i++) {
    const err = bez(x1, x2, t) - u
    if (err === 0) return bez(y1, y2, t)
    const d = bezSlope(x1, x2, t)
    if (Math.abs(d) < 1e-6) break
    const step = err / d
    t -= step
    if (t < 0 || t > 1) break
    if (Math.abs(step) < 1e-15) return bez(y1, y2, t)
  }
  let lo = 0
  let hi = 1
  for (let i = 0; i < 64; i++) {
    t = (lo + hi) / 2
    if (bez(x1, x2, t) < u) lo = t
    else hi = t
  }
  return bez(y1, y2, (lo + hi) / 2)
}

export const evaluateEasing = (e: Easing, u: number): number => evaluateBezier(easingHandles(e), u)

export const isValidBezier = (h: readonly number[]): h is BezierHandles =>
  h.length === 4 &&
  h.every(Number.isFinite) &&
  h[0] >= 0 && h[0] <= 1 && h[2] >= 0 && h[2] <= 1 &&
  h[1] >= BEZIER_Y_MIN && h[1] <= BEZIER_Y_MAX && h[3] >= BEZIER_Y_MIN && h[3] <= BEZIER_Y_MAX
