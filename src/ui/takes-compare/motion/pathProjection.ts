/**
 * The path view's drawing maths, pure: an orthographic view of world space (three.js conventions:
 * y up, a camera looks down its -z) from above and behind the design's first camera, projected to
 * SVG coordinates (x right, y down), with path strings for polylines, a camera frustum and a ground grid.
 */
import { type Quat, rotateVec3 } from '../../../core/math/quat'
import { type Vec3, add, cross, dot, normalize } from '../../../core/math/vec3'
import { DEG_TO_RAD } from '../../../core/units'

/** Screen axes of an orthographic view, in world space. */
export interface ViewBasis {
  readonly right: Vec3
  readonly up: Vec3
}

export type Point2 = readonly [number, number]

const WORLD_UP: Vec3 = [0, 1, 0]

/**
 * Looking the way the camera at `start` looks (on the ground plane), turned by `azimuthDeg` about the
 * vertical (> 0: the view swings to the right around the scene), tilted down by `elevationDeg`.
 */
export const viewFromBehind = (start: Quat, elevationDeg = 35, azimuthDeg = 0): ViewBasis => {
  const f = rotateVec3(start, [0, 0, -1])
  const flat = Math.hypot(f[0], f[2]) > 1e-6 ? normalize([f[0], 0, f[2]]) : ([0, 0, -1] as Vec3)
  const a = azimuthDeg * DEG_TO_RAD
  // turn the heading about +y (counter-clockwise seen from above)
  const heading: Vec3 = [flat[0] * Math.cos(a) + flat[2] * Math.sin(a), 0, -flat[0] * Math.sin(a) + flat[2] * Math.cos(a)]
  const e = Math.min(89, Math.max(-89, elevationDeg)) * DEG_TO_RAD
  const look: Vec3 = [heading[0] * Math.cos(e), -Math.sin(e), heading[2] * Math.cos(e)]
  const right = normalize(cross(look, WORLD_UP))
  return { right, up: cross(right, look) }
}

/** A world point on the SVG plane (y down). */
export const project = (p: Vec3, view: ViewBasis): Point2 => [dot(p, view.right), -dot(p, view.up)]

const num = (x: number): string => (Math.abs(x) < 1e-9 ? '0' : x.toFixed(4))

/** An SVG path string through the points ('' for none). */
export const polylineD = (points: readonly Point2[]): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p[0])} ${num(p[1])}`).join(' ')

/**
 * A camera marker: a pyramid from the camera's position to a frame `size` metres ahead (16:9), with
 * a small tick on the frame's top edge (which way is up: roll shows).
 */
export const frustumD = (position: Vec3, quaternion: Quat, size: number, view: ViewBasis): string => {
  const w = size * 0.6
  const h = size * 0.34
  const local: Vec3[] = [
    [-w, h, -size],
    [w, h, -size],
    [w, -h, -size],
    [-w, -h, -size],
  ]
  const corners = local.map((c) => project(add(position, rotateVec3(quaternion, c)), view))
  const apex = project(position, view)
  const tick = project(add(position, rotateVec3(quaternion, [0, h * 1.7, -size])), view)
  const p = (q: Point2) => `${num(q[0])} ${num(q[1])}`
  const edges = corners.map((c) => `M${p(apex)} L${p(c)}`).join(' ')
  return `${edges} M${p(corners[0])} L${p(corners[1])} L${p(corners[2])} L${p(corners[3])} Z M${p(corners[0])} L${p(tick)} L${p(corners[1])}`
}

/** A viewBox `[x, y, width, height]` around the points, padded by `padShare` of its size and at least `minSize` wide and tall. */
export const fitBox = (points: readonly Point2[], padShare = 0.12, minSize = 1): [number, number, number, number] => {
  if (points.length === 0) return [-minSize / 2, -minSize / 2, minSize, minSize]
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue
    x0 = Math.min(x0, x)
    x1 = Math.max(x1, x)
    y0 = Math.min(y0, y)
    y1 = Math.max(y1, y)
  }
  if (!Number.isFinite(x0)) return [-minSize / 2, -minSize / 2, minSize, minSize]
  const width = Math.max(minSize, x1 - x0) * (1 + 2 * padShare)
  const height = Math.max(minSize, y1 - y0) * (1 + 2 * padShare)
  return [(x0 + x1) / 2 - width / 2, (y0 + y1) / 2 - height / 2, width, height]
}

/** A step of 1, 2 or 5 times a power of ten near `span / lines`. */
export const niceStep = (span: number, lines = 8): number => {
  const raw = Math.max(1e-6, span / lines)
  const p = 10 ** Math.floor(Math.log10(raw))
  const m = raw / p
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p
}

/** Grid lines on the ground plane (y = `groundY`) covering the points' x / z extent with a margin. */
export const groundGridD = (points: readonly Vec3[], groundY: number, view: ViewBasis): string => {
  if (points.length === 0) return ''
  let x0 = Infinity
  let x1 = -Infinity
  let z0 = Infinity
  let z1 = -Infinity
  for (const p of points) {
    x0 = Math.min(x0, p[0])
    x1 = Math.max(x1, p[0])
    z0 = Math.min(z0, p[2])
    z1 = Math.max(z1, p[2])
  }
  const margin = Math.max(1, 0.5 * Math.max(x1 - x0, z1 - z0))
  const step = niceStep(Math.max(x1 - x0, z1 - z0) + 2 * margin)
  const gx0 = Math.floor((x0 - margin) / step) * step
  const gx1 = Math.ceil((x1 + margin) / step) * step
  const gz0 = Math.floor((z0 - margin) / step) * step
  const gz1 = Math.ceil((z1 + margin) / step) * step
  const lines: string[] = []
  for (let x = gx0; x <= gx1 + step / 2; x += step) lines.push(polylineD([project([x, groundY, gz0], view), project([x, groundY, gz1], view)]))
  for (let z = gz0; z <= gz1 + step / 2; z += step) lines.push(polylineD([project([gx0, groundY, z], view), project([gx1, groundY, z], view)]))
  return lines.join(' ')
}
