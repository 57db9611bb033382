/**
 * The arrow diagram of a shot's move, drawn over its start frame: 2D primitives in normalised frame
 * coordinates (x 0..1 left to right, y 0..1 top to bottom), from the shot evaluated at its first and
 * last frame (and between, so turns past 180 degrees add up):
 *
 * - travel: the camera's sideways and vertical travel, in the start frame's axes, drawn from the
 *   frame centre at the scale of the subject plane (a 1 m truck at 5 m moves the arrow as far as the
 *   subject plane slides by), kept inside the frame and long enough to see;
 * - arc: a camera that circles the subject (goes around it and turns with it) as part of an ellipse on
 *   the floor around the frame centre, instead of the straight travel arrow and the pan it implies;
 * - dolly: a change of the distance to the subject as four arrows at the edges, pointing in (in) or out (out);
 * - pan / tilt / roll: the change of yaw, pitch and roll as curved arrows (pan across the top, tilt
 *   down the right side, roll around the centre, counter-clockwise for a positive roll);
 * - zoom: a change of focal length as corner brackets of the end framing, with arrows from the frame
 *   corners in (zoom in) or from the brackets out (zoom out).
 *
 * A shot where nothing changes gets the one label HOLD. Renderers (canvas, PDF) draw these as they are.
 */
import { aspectValue, gateSize } from '../core/camera/lens'
import { rotateVec3 } from '../core/math/quat'
import { type Vec3, distance, dot, sub } from '../core/math/vec3'
import { angleDelta } from '../core/camera/pose'
import { evaluateShot } from '../timeline/evaluate'
import type { Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { panelTimes } from './frameTimes'

export type Point2 = readonly [number, number]
export type DiagramRole = 'travel' | 'dolly' | 'pan' | 'tilt' | 'roll' | 'zoom' | 'hold'

export type DiagramPrimitive =
  | { readonly kind: 'path'; readonly role: DiagramRole; readonly points: readonly Point2[]; readonly arrowHead: boolean }
  | { readonly kind: 'label'; readonly role: DiagramRole; readonly at: Point2; readonly text: string; readonly align: 'left' | 'center' | 'right' }

/** What the diagram shows, in numbers (start to last frame). */
export interface MoveSummary {
  /** Positive: the camera turned right. */
  readonly panRightDeg: number
  /** Positive: tilted up. */
  readonly tiltUpDeg: number
  /** The shot's roll change (positive: the camera turned counter-clockwise, the horizon's right side goes down). */
  readonly rollDeg: number
  /** End focal length over start. */
  readonly zoomRatio: number
  /** Camera travel in the start frame's axes, metres. */
  readonly rightM: number
  readonly upM: number
  readonly forwardM: number
  /** Distance from the camera to the subject point at the start. */
  readonly subjectDistanceM: number
  /** The subject distance at the last frame less at the start (negative: the camera came closer). */
  readonly distanceChangeM: number
  /** How far the camera went around the start subject point, seen from above (positive: to the camera's left), degrees. */
  readonly orbitLeftDeg: number
}

export interface ArrowDiagram {
  readonly primitives: readonly DiagramPrimitive[]
  readonly summary: MoveSummary
}

const SAMPLES = 48
/** The zoom's corner brackets: half the frame they span at their widest, and the length of their arms (frame fractions). */
const ZOOM_BRACKETS = { outerHalf: 0.45, arm: 0.06 } as const
/** Below these a change is not drawn. */
export const DIAGRAM_THRESHOLDS = { angleDeg: 1, zoomRatio: 0.03, travelOfDistance: 0.03 } as const

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))
const round = (x: number, step: number) => Number((Math.round(x / step) * step).toFixed(2))
const metres = (m: number) => `${round(Math.abs(m), Math.abs(m) < 10 ? 0.1 : 0.5)} m`
const degrees = (d: number) => `${Math.round(Math.abs(d))}°`

const arc = (n: number, f: (u: number) => Point2): Point2[] => Array.from({ length: n + 1 }, (_, i) => f(i / n))

export const moveSummary = (shot: Shot, registry: MoveRegistry): MoveSummary => {
  const endS = panelTimes(shot).endS
  const frames = Array.from({ length: SAMPLES + 1 }, (_, i) => evaluateShot(shot, (endS * i) / SAMPLES, registry))
  const f0 = frames[0]
  const f1 = frames[frames.length - 1]
  const right = rotateVec3(f0.quaternion, [1, 0, 0])
  const centre = f0.subject.point
  const bearing = (p: Vec3) => (Math.atan2(p[0] - centre[0], p[2] - centre[2]) * 180) / Math.PI
  let yaw = 0
  let pitch = 0
  let roll = 0
  let around = 0
  for (let i = 1; i < frames.length; i++) {
    yaw += angleDelta(frames[i - 1].yawDeg, frames[i].yawDeg)
    pitch += angleDelta(frames[i - 1].pitchDeg, frames[i].pitchDeg)
    roll += angleDelta(frames[i - 1].rollDeg, frames[i].rollDeg)
    around += angleDelta(bearing(frames[i - 1].position), bearing(frames[i].position))
  }
  // a growing bearing moves the camera along (cos b, 0, −sin b): to its left when that points against its right
  const b0 = (bearing(f0.position) * Math.PI) / 180
  const leftward = Math.cos(b0) * right[0] - Math.sin(b0) * right[2] < 0 ? 1 : -1
  const up = rotateVec3(f0.quaternion, [0, 1, 0])
  const forward = rotateVec3(f0.quaternion, [0, 0, -1])
  const travel: Vec3 = sub(f1.position, f0.position)
  return {
    panRightDeg: -yaw,
    tiltUpDeg: pitch,
    rollDeg: roll,
    zoomRatio: f1.focalLengthMm / f0.focalLengthMm,
    rightM: dot(travel, right),
    upM: dot(travel, up),
    forwardM: dot(travel, forward),
    subjectDistanceM: distance(f0.position, f0.subject.point),
    distanceChangeM: distance(f1.position, f1.subject.point) - distance(f0.position, f0.subject.point),
    orbitLeftDeg: around * leftward,
  }
}

/** The camera circles the subject (an arc, an orbit): it goes around by a few degrees and turns with it. */
export const isOrbit = (s: MoveSummary): boolean => Math.abs(s.orbitLeftDeg) >= 5 && Math.abs(s.panRightDeg - s.orbitLeftDeg) < 0.5 * Math.abs(s.orbitLeftDeg)

/** The lateral travel path of the camera in the start frame, at the subject plane's scale, from the centre. */
const travelPath = (shot: Shot, registry: MoveRegistry, s: MoveSummary): Point2[] => {
  const endS = panelTimes(shot).endS
  const f0 = evaluateShot(shot, 0, registry)
  const right = rotateVec3(f0.quaternion, [1, 0, 0])
  const up = rotateVec3(f0.quaternion, [0, 1, 0])
  const gate = gateSize(shot.lens.sensorWidthMm, shot.lens.sensorHeightMm, aspectValue(shot.aspect))
  const d = Math.max(0.5, s.subjectDistanceM)
  const halfW = (d * gate.widthMm) / (2 * f0.focalLengthMm)
  const halfH = (d * gate.heightMm) / (2 * f0.focalLengthMm)
  const raw: Point2[] = arc(16, (u) => {
    const p = sub(evaluateShot(shot, endS * u, registry).position, f0.position)
    return [(0.5 * dot(p, right)) / halfW, (-0.5 * dot(p, up)) / halfH]
  })
  // fit: the farthest point between 0.12 and 0.4 of the frame from the centre
  const reach = Math.max(...raw.map(([x, y]) => Math.hypot(x, y)))
  const k = reach > 0.4 ? 0.4 / reach : reach < 0.12 ? 0.12 / reach : 1
  return raw.map(([x, y]) => [0.5 + x * k, 0.5 + y * k])
}

export const arrowDiagram = (shot: Shot, registry: MoveRegistry): ArrowDiagram => {
  const s = moveSummary(shot, registry)
  const out: DiagramPrimitive[] = []
  const aspect = aspectValue(shot.aspect)
  const d = Math.max(0.5, s.subjectDistanceM)
  const t = DIAGRAM_THRESHOLDS

  const orbit = isOrbit(s)
  const lateral = Math.hypot(s.rightM, s.upM)
  if (orbit) {
    // the classic arc: part of an ellipse on the floor around the subject, from the camera's side (the bottom)
    const sweep = (clamp(Math.abs(s.orbitLeftDeg), 30, 320) * Math.PI) / 180
    const dir = s.orbitLeftDeg > 0 ? -1 : 1 // screen x of the way the camera goes
    const points = arc(24, (u): Point2 => [0.5 + dir * 0.3 * Math.sin(sweep * u), 0.66 + 0.12 * Math.cos(sweep * u)])
    out.push({ kind: 'path', role: 'travel', points, arrowHead: true })
    const rise = Math.abs(s.upM) / d >= t.travelOfDistance ? ` + ${s.upM > 0 ? 'UP' : 'DOWN'} ${metres(s.upM)}` : ''
    out.push({ kind: 'label', role: 'travel', at: [0.5, 0.87], text: `ARC ${s.orbitLeftDeg > 0 ? 'L' : 'R'} ${degrees(s.orbitLeftDeg)}${rise}`, align: 'center' })
  } else if (lateral / d >= t.travelOfDistance) {
    const points = travelPath(shot, registry, s)
    out.push({ kind: 'path', role: 'travel', points, arrowHead: true })
    const words = [
      Math.abs(s.rightM) >= 0.3 * lateral ? `TRUCK ${s.rightM > 0 ? 'R' : 'L'}` : '',
      Math.abs(s.upM) >= 0.3 * lateral ? `PED ${s.upM > 0 ? 'UP' : 'DOWN'}` : '',
    ].filter(Boolean)
    const [ex, ey] = points[points.length - 1]
    const below = ey < 0.82
    out.push({ kind: 'label', role: 'travel', at: [ex, clamp(below ? ey + 0.07 : ey - 0.07, 0.05, 0.95)], text: `${words.join(' + ')} ${metres(lateral)}`, align: ex > 0.75 ? 'right' : ex < 0.25 ? 'left' : 'center' })
  }

  // the bottom corners' labels (dolly left, zoom right) start clear of the zoom's corner brackets and arrows
  const zoomed = Math.abs(s.zoomRatio - 1) >= t.zoomRatio
  const cornerLabelInset = zoomed ? 0.5 - ZOOM_BRACKETS.outerHalf + ZOOM_BRACKETS.arm + 0.03 : 0.04

  // a dolly changes the distance to the subject (an arc keeps it)
  if (Math.abs(s.distanceChangeM) / d >= t.travelOfDistance) {
    const inward = s.distanceChangeM < 0
    const edges: [Point2, Point2][] = [
      [[0.03, 0.5], [0.13, 0.5]],
      [[0.97, 0.5], [0.87, 0.5]],
      [[0.5, 0.04], [0.5, 0.14]],
      [[0.5, 0.96], [0.5, 0.86]],
    ]
    for (const [outer, inner] of edges) out.push({ kind: 'path', role: 'dolly', points: inward ? [outer, inner] : [inner, outer], arrowHead: true })
    out.push({ kind: 'label', role: 'dolly', at: [cornerLabelInset, 0.93], text: `DOLLY ${inward ? 'IN' : 'OUT'} ${metres(s.distanceChangeM)}`, align: 'left' })
  }

  // an arc turns the camera with it: only a pan beyond that is drawn
  const pan = orbit ? s.panRightDeg - s.orbitLeftDeg : s.panRightDeg
  if (Math.abs(pan) >= (orbit ? 5 : t.angleDeg)) {
    const w = clamp((Math.abs(pan) / 90) * 0.5, 0.2, 0.6)
    const dir = pan > 0 ? 1 : -1
    out.push({ kind: 'path', role: 'pan', points: arc(16, (u) => [0.5 + dir * w * (u - 0.5), 0.27 - 0.07 * Math.sin(Math.PI * u)]), arrowHead: true })
    out.push({ kind: 'label', role: 'pan', at: [0.5, 0.15], text: `PAN ${dir > 0 ? 'R' : 'L'} ${degrees(pan)}`, align: 'center' })
  }

  if (Math.abs(s.tiltUpDeg) >= t.angleDeg) {
    const h = clamp((Math.abs(s.tiltUpDeg) / 45) * 0.5, 0.2, 0.6)
    const dir = s.tiltUpDeg > 0 ? -1 : 1 // screen y grows downwards
    out.push({ kind: 'path', role: 'tilt', points: arc(16, (u) => [0.8 + 0.05 * Math.sin(Math.PI * u), 0.5 + dir * h * (u - 0.5)]), arrowHead: true })
    out.push({ kind: 'label', role: 'tilt', at: [0.77, 0.5], text: `TILT ${s.tiltUpDeg > 0 ? 'UP' : 'DOWN'} ${degrees(s.tiltUpDeg)}`, align: 'right' })
  }

  if (Math.abs(s.rollDeg) >= t.angleDeg) {
    const r = 0.13
    const sweep = (clamp(Math.abs(s.rollDeg) * 2, 60, 300) * Math.PI) / 180
    const dir = s.rollDeg > 0 ? 1 : -1 // positive roll: counter-clockwise on screen
    const a0 = Math.PI / 2 - (dir * sweep) / 2
    out.push({ kind: 'path', role: 'roll', points: arc(24, (u) => [0.5 + (r / aspect) * Math.cos(a0 + dir * sweep * u), 0.5 - r * Math.sin(a0 + dir * sweep * u)]), arrowHead: true })
    out.push({ kind: 'label', role: 'roll', at: [0.5, 0.5 + r + 0.06], text: `ROLL ${degrees(s.rollDeg)} ${dir > 0 ? 'CCW' : 'CW'}`, align: 'center' })
  }

  if (zoomed) {
    const zoomIn = s.zoomRatio > 1
    const scale = clamp(zoomIn ? 1 / s.zoomRatio : s.zoomRatio, 0.25, 0.9)
    const { outerHalf, arm } = ZOOM_BRACKETS
    const innerHalf = 0.5 * scale * (outerHalf / 0.5)
    const bracketHalf = zoomIn ? innerHalf : outerHalf
    const fromHalf = zoomIn ? outerHalf : innerHalf
    for (const [sx, sy] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      const cx = 0.5 + sx * bracketHalf
      const cy = 0.5 + sy * bracketHalf
      out.push({ kind: 'path', role: 'zoom', points: [[cx - sx * arm, cy], [cx, cy], [cx, cy - sy * arm]], arrowHead: false })
      // the arrow stops short of the bracket's corner, on the frame-corner side (zoom in) or the centre side (zoom out)
      const from: Point2 = [0.5 + sx * fromHalf, 0.5 + sy * fromHalf]
      const back = zoomIn ? 0.03 : -0.03
      const to: Point2 = [cx + sx * back, cy + sy * back]
      if (Math.abs(bracketHalf - fromHalf) > 0.06) out.push({ kind: 'path', role: 'zoom', points: [from, to], arrowHead: true })
    }
    out.push({ kind: 'label', role: 'zoom', at: [1 - cornerLabelInset, 0.93], text: `ZOOM ${zoomIn ? 'IN' : 'OUT'} ×${round(s.zoomRatio >= 1 ? s.zoomRatio : 1 / s.zoomRatio, 0.1)}`, align: 'right' })
  }

  if (out.length === 0) out.push({ kind: 'label', role: 'hold', at: [0.04, 0.08], text: 'HOLD', align: 'left' })
  return { primitives: out, summary: s }
}

/** The colour each role is drawn in (CSS hex), shared by every renderer. */
export const ROLE_COLOURS: Readonly<Record<DiagramRole, string>> = {
  travel: '#fbbf24',
  dolly: '#f97316',
  pan: '#38bdf8',
  tilt: '#a78bfa',
  roll: '#f472b6',
  zoom: '#4ade80',
  hold: '#e5e5e5',
}
