/**
 * Continuity across cuts: the last frame of shot k against the first frame of shot k + 1, checked for
 * a crossed 180-degree line, a jump cut and a flipped screen direction. Pure.
 *
 * Ground-plane vectors are (x, z) pairs of the world (+Y up); angles are degrees.
 */
import { gateSize, imageHeightFraction } from '../core/camera/lens'
import { depthAlongView } from '../core/camera/pose'
import { rotateVec3 } from '../core/math/quat'
import { type Vec3, dot, length, sub } from '../core/math/vec3'
import { DEG_TO_RAD, RAD_TO_DEG } from '../core/units'
import { type MoveRegistry, type Project, type Shot, type ShotFrame, evaluateShot, frameCount, subjectAt } from '../timeline'

/** Within this many degrees of the line of action (ahead of or behind the subject) the camera is on the line: a neutral angle, no side. */
export const LINE_TOLERANCE_DEG = 5
/** A change of angle on the subject below this is too small to justify a cut (the 30-degree rule). */
export const JUMP_CUT_ANGLE_DEG = 30
/** The subject's screen sizes on both sides of a cut must differ by at least this ratio (larger / smaller) for an axial cut. */
export const AXIAL_SIZE_RATIO = 1.2
/** Screen motion slower than this (frame widths per second) has no direction. */
export const MIN_SCREEN_SPEED = 0.02

export type ContinuityKind = 'crosses-line' | 'jump-cut' | 'screen-direction'

export interface ContinuityWarning {
  readonly kind: ContinuityKind
  /** 1-based: cut k is between shot k and shot k + 1. */
  readonly cutIndex: number
  readonly fromShotId: string
  readonly toShotId: string
  /** One sentence, with the numbers. */
  readonly message: string
  readonly numbers: Readonly<Record<string, number>>
}

/** One side of a cut: a shot and its frame there. */
interface CutSide {
  readonly shot: Shot
  readonly frame: ShotFrame
}

type Ground = readonly [number, number]

const round1 = (x: number) => Math.round(x * 10) / 10
const round2 = (x: number) => Math.round(x * 100) / 100

/** The shot's last sampled frame (t = (frameCount − 1) / fps). */
export const lastFrame = (shot: Shot, registry: MoveRegistry): ShotFrame =>
  evaluateShot(shot, (frameCount(shot.durationS, shot.fps) - 1) / shot.fps, registry)

/** True when the subject walks (a line or arc of non-zero length). */
export const isWalking = (shot: Shot): boolean => {
  const p = shot.subject.path
  if (shot.durationS <= 0) return false
  if (p.kind === 'line') return p.distanceM !== 0
  if (p.kind === 'arc') return p.radiusM > 0 && p.sweepDeg !== 0
  return false
}

/** The subject's walking velocity (m per second of scene time) at a frame, by a central difference. */
export const subjectVelocityMps = (shot: Shot, frame: ShotFrame): Vec3 => {
  const d = shot.durationS
  const h = d * 1e-3
  const t0 = Math.max(0, frame.sceneTimeS - h)
  const t1 = Math.min(d, frame.sceneTimeS + h)
  if (!(t1 > t0)) return [0, 0, 0]
  const a = subjectAt(shot.subject, t0, d).ground
  const b = subjectAt(shot.subject, t1, d).ground
  return [(b[0] - a[0]) / (t1 - t0), 0, (b[2] - a[2]) / (t1 - t0)]
}

/** The line of action on the ground: a walking subject's direction of travel, else its facing. Unit (x, z). */
export const lineOfAction = (shot: Shot, frame: ShotFrame): Ground => {
  if (isWalking(shot)) {
    const v = subjectVelocityMps(shot, frame)
    const n = Math.hypot(v[0], v[2])
    if (n > 1e-9) return [v[0] / n, v[2] / n]
  }
  const h = frame.subject.facingDeg * DEG_TO_RAD
  return [Math.sin(h), Math.cos(h)]
}

/**
 * Bearing of the camera from the subject, measured on the ground from the line of action: positive on
 * the subject's left (the sign of the cross product line × subject→camera about +Y), in (−180, 180].
 * Null when the camera stands right above or below the subject.
 */
export const bearingFromLineDeg = (line: Ground, subject: Vec3, camera: Vec3): number | null => {
  const vx = camera[0] - subject[0]
  const vz = camera[2] - subject[2]
  if (Math.hypot(vx, vz) < 1e-6) return null
  const crossY = line[1] * vx - line[0] * vz
  const along = line[0] * vx + line[1] * vz
  return Math.atan2(crossY, along) * RAD_TO_DEG
}

/** How far the bearing is from the line itself, ahead or behind: 0..90 degrees. */
export const offLineDeg = (bearingDeg: number): number => Math.min(Math.abs(bearingDeg), 180 - Math.abs(bearingDeg))

/** The camera's side of the line: +1 left, −1 right, 0 on the line (within LINE_TOLERANCE_DEG) or undefined. */
export const sideOfLine = (bearingDeg: number | null): -1 | 0 | 1 => {
  if (bearingDeg === null || offLineDeg(bearingDeg) < LINE_TOLERANCE_DEG) return 0
  return bearingDeg > 0 ? 1 : -1
}

const sideBearing = (s: CutSide) => bearingFromLineDeg(lineOfAction(s.shot, s.frame), s.frame.subject.point, s.frame.position)

/**
 * The subject → camera direction in the subject's own frame (its facing turned to +Z), so that the
 * angle between two of them is the change of angle on the subject; equal to the world angle when the
 * subject faces the same way on both sides of the cut.
 */
export const viewDirectionOnSubject = (frame: ShotFrame): Vec3 => {
  const d = sub(frame.position, frame.subject.point)
  const n = length(d)
  if (n < 1e-9) return [0, 0, 0]
  const h = -frame.subject.facingDeg * DEG_TO_RAD
  const c = Math.cos(h)
  const s = Math.sin(h)
  // rotation about +Y by h: x' = x cos h + z sin h, z' = −x sin h + z cos h
  return [(d[0] * c + d[2] * s) / n, d[1] / n, (-d[0] * s + d[2] * c) / n]
}

/** Angle between the two cameras' directions on the subject, degrees (0..180). */
export const angleChangeDeg = (a: ShotFrame, b: ShotFrame): number => {
  const c = dot(viewDirectionOnSubject(a), viewDirectionOnSubject(b))
  return Math.acos(Math.max(-1, Math.min(1, c))) * RAD_TO_DEG
}

/**
 * The subject's screen size: its height over the frame height, from the focal length, the gate
 * (the shot's aspect on its sensor) and the subject's depth along the view. Null when it is behind the camera.
 */
export const subjectScreenSize = (shot: Shot, frame: ShotFrame): number | null => {
  const depthM = depthAlongView(frame, frame.subject.point)
  if (!(depthM > 1e-6)) return null
  const gate = gateSize(shot.lens.sensorWidthMm, shot.lens.sensorHeightMm, aspectOf(shot))
  return imageHeightFraction(shot.subject.heightM, depthM, frame.focalLengthMm, gate.heightMm)
}

const aspectOf = (shot: Shot) => {
  const [w, h] = shot.aspect.split(':').map(Number)
  return w / h
}

/** The camera's right vector (with roll) and view direction, in world space. */
const cameraAxes = (frame: ShotFrame) => ({
  right: rotateVec3(frame.quaternion, [1, 0, 0]),
  forward: rotateVec3(frame.quaternion, [0, 0, -1]),
})

/**
 * How fast the walking subject moves across the frame, frame widths per second: positive to screen
 * right. The subject's velocity projected into the camera's image plane at its point (camera held still).
 */
export const screenSpeedWidthsPerS = (shot: Shot, frame: ShotFrame): number => {
  const v = subjectVelocityMps(shot, frame)
  const { right, forward } = cameraAxes(frame)
  const d = sub(frame.subject.point, frame.position)
  const depth = dot(d, forward)
  if (!(depth > 1e-6)) return 0
  const x = dot(d, right) / depth
  // d/dt of (d·right)/(d·forward), as a tangent of the view, then in frame widths
  const dx = (dot(v, right) - x * dot(v, forward)) / depth
  const gate = gateSize(shot.lens.sensorWidthMm, shot.lens.sensorHeightMm, aspectOf(shot))
  return (dx * frame.focalLengthMm) / gate.widthMm
}

const cutLabel = (cutIndex: number, from: Shot, to: Shot) => `Cut ${cutIndex} (${from.name} → ${to.name})`

/** The 180-degree line: the camera changes side of the line of action. */
export const checkLine = (cutIndex: number, a: CutSide, b: CutSide): ContinuityWarning | null => {
  const before = sideBearing(a)
  const after = sideBearing(b)
  const sa = sideOfLine(before)
  const sb = sideOfLine(after)
  if (sa === 0 || sb === 0 || sa === sb || before === null || after === null) return null
  const side = (s: number) => (s > 0 ? 'left' : 'right')
  const offBefore = round1(offLineDeg(before))
  const offAfter = round1(offLineDeg(after))
  return {
    kind: 'crosses-line',
    cutIndex,
    fromShotId: a.shot.id,
    toShotId: b.shot.id,
    message: `${cutLabel(cutIndex, a.shot, b.shot)} crosses the line of action: the camera moves from the subject's ${side(sa)} (${offBefore}°) to its ${side(sb)} (${offAfter}°), so the subject appears to flip direction.`,
    numbers: { bearingBeforeDeg: round1(before), bearingAfterDeg: round1(after), offLineBeforeDeg: offBefore, offLineAfterDeg: offAfter, toleranceDeg: LINE_TOLERANCE_DEG },
  }
}

/** A jump cut: under 30° of change in angle while the screen size changes by less than a fifth. */
export const checkJumpCut = (cutIndex: number, a: CutSide, b: CutSide): ContinuityWarning | null => {
  const sizeA = subjectScreenSize(a.shot, a.frame)
  const sizeB = subjectScreenSize(b.shot, b.frame)
  if (sizeA === null || sizeB === null) return null
  const angleDeg = angleChangeDeg(a.frame, b.frame)
  const ratio = Math.max(sizeA, sizeB) / Math.min(sizeA, sizeB)
  if (angleDeg >= JUMP_CUT_ANGLE_DEG || ratio >= AXIAL_SIZE_RATIO) return null
  const pct = (x: number) => `${Math.round(x * 100)}%`
  return {
    kind: 'jump-cut',
    cutIndex,
    fromShotId: a.shot.id,
    toShotId: b.shot.id,
    message: `${cutLabel(cutIndex, a.shot, b.shot)} is a jump cut: the angle on the subject changes by only ${round1(angleDeg)}° (under ${JUMP_CUT_ANGLE_DEG}°) and its height on screen goes from ${pct(sizeA)} to ${pct(sizeB)} of the frame (under a fifth's change).`,
    numbers: { angleChangeDeg: round1(angleDeg), sizeBefore: round2(sizeA), sizeAfter: round2(sizeB), sizeRatio: round2(ratio) },
  }
}

/** Screen direction: a walking subject's screen-horizontal motion changes sign across the cut. */
export const checkScreenDirection = (cutIndex: number, a: CutSide, b: CutSide): ContinuityWarning | null => {
  if (!isWalking(a.shot) || !isWalking(b.shot)) return null
  const va = screenSpeedWidthsPerS(a.shot, a.frame)
  const vb = screenSpeedWidthsPerS(b.shot, b.frame)
  if (Math.abs(va) < MIN_SCREEN_SPEED || Math.abs(vb) < MIN_SCREEN_SPEED || Math.sign(va) === Math.sign(vb)) return null
  const dir = (v: number) => (v > 0 ? 'right' : 'left')
  return {
    kind: 'screen-direction',
    cutIndex,
    fromShotId: a.shot.id,
    toShotId: b.shot.id,
    message: `${cutLabel(cutIndex, a.shot, b.shot)} flips screen direction: the subject walks screen ${dir(va)} at ${Math.abs(round2(va))} frame widths/s before the cut and screen ${dir(vb)} at ${Math.abs(round2(vb))} after it.`,
    numbers: { screenSpeedBefore: round2(va), screenSpeedAfter: round2(vb) },
  }
}

/** Every continuity warning of the project's cuts, in cut order (line, jump cut, screen direction within a cut). */
export const checkContinuity = (project: Project, registry: MoveRegistry): ContinuityWarning[] => {
  const out: ContinuityWarning[] = []
  for (let k = 0; k + 1 < project.shots.length; k++) {
    const from = project.shots[k]
    const to = project.shots[k + 1]
    const a: CutSide = { shot: from, frame: lastFrame(from, registry) }
    const b: CutSide = { shot: to, frame: evaluateShot(to, 0, registry) }
    for (const check of [checkLine, checkJumpCut, checkScreenDirection]) {
      const w = check(k + 1, a, b)
      if (w) out.push(w)
    }
  }
  return out
}
