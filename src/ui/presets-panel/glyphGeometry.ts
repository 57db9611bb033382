/**
 * Geometry helpers for the preset pictograms: SVG path strings on a 24 x 24 grid (y down).
 * Angles are in degrees, counter-clockwise on screen, 0 pointing right.
 */
export type Pt = readonly [number, number]

const r2 = (n: number): string => String(Number(n.toFixed(2)))
const DEG = Math.PI / 180

/** An open polyline through the points. */
export const polyline = (points: readonly Pt[]): string => 'M' + points.map(([x, y]) => `${r2(x)} ${r2(y)}`).join(' L')

/** Two short barbs at `tip`, pointing along from -> tip. */
export const arrowHead = (from: Pt, tip: Pt, size = 3, spreadDeg = 32): string => {
  const dx = from[0] - tip[0]
  const dy = from[1] - tip[1]
  const len = Math.hypot(dx, dy) || 1
  const barb = (sign: number): Pt => {
    const a = sign * spreadDeg * DEG
    const bx = (dx * Math.cos(a) - dy * Math.sin(a)) / len
    const by = (dx * Math.sin(a) + dy * Math.cos(a)) / len
    return [tip[0] + bx * size, tip[1] + by * size]
  }
  return polyline([barb(1), tip, barb(-1)])
}

/** A straight arrow; `double` adds a second head behind the first (a fast move). */
export const arrow = (from: Pt, to: Pt, double = false): string => {
  const head = arrowHead(from, to)
  if (!double) return `${polyline([from, to])} ${head}`
  const len = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1
  const back: Pt = [to[0] - ((to[0] - from[0]) / len) * 2.5, to[1] - ((to[1] - from[1]) / len) * 2.5]
  return `${polyline([from, to])} ${head} ${arrowHead(from, back)}`
}

/** Points along an elliptical arc from angle a0 to a1 (either direction, any span). */
export const arcPoints = (cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, segments = 24): Pt[] =>
  Array.from({ length: segments + 1 }, (_, i) => {
    const a = (a0 + ((a1 - a0) * i) / segments) * DEG
    return [cx + rx * Math.cos(a), cy - ry * Math.sin(a)] as Pt
  })

export const arc = (cx: number, cy: number, rx: number, ry: number, a0: number, a1: number): string => polyline(arcPoints(cx, cy, rx, ry, a0, a1))

/** An elliptical arc with an arrowhead at its end (a0 -> a1). */
export const arcArrow = (cx: number, cy: number, rx: number, ry: number, a0: number, a1: number): string => {
  const pts = arcPoints(cx, cy, rx, ry, a0, a1)
  return `${polyline(pts)} ${arrowHead(pts[pts.length - 3], pts[pts.length - 1])}`
}

/** A closed rectangle of size w x h centred on (cx, cy), turned by `deg`. */
export const rotatedRect = (cx: number, cy: number, w: number, h: number, deg: number): string => {
  const a = -deg * DEG
  const corners: Pt[] = [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ]
  const pts = corners.map(([x, y]): Pt => [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)])
  return `${polyline(pts)} Z`
}

/** Four corner brackets of a frame (a viewfinder). */
export const frameCorners = (x0: number, y0: number, x1: number, y1: number, len = 3): string =>
  [
    polyline([[x0, y0 + len], [x0, y0], [x0 + len, y0]]),
    polyline([[x1 - len, y0], [x1, y0], [x1, y0 + len]]),
    polyline([[x1, y1 - len], [x1, y1], [x1 - len, y1]]),
    polyline([[x0 + len, y1], [x0, y1], [x0, y1 - len]]),
  ].join(' ')

/** All numbers in a path string, as [x, y] pairs (for bounds checks). */
export const pathPoints = (d: string): Pt[] => {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number)
  const out: Pt[] = []
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i], nums[i + 1]])
  return out
}
