/**
 * Decompose a sampled camera path into camera-relative motion per time span: pan, tilt, roll,
 * truck, pedestal, dolly, zoom, orbit about the subject, height angle, subject tracking, focus,
 * subject turn, a speed profile and shake energy. Pure; works on frames only, so it measures what
 * the camera does, whatever moves produced it.
 */
import { horizontalForwardVector, horizontalRightVector, wrapDegrees } from '../../core/camera/pose'
import { type Vec3, distance, dot, rotateAboutY, sub } from '../../core/math/vec3'
import { DEG_TO_RAD, RAD_TO_DEG } from '../../core/units'
import type { ShotFrame } from '../../timeline'
import { type MotionChannels, type MotionSegment, type ShakeEnergy, type SpeedShape, ZERO_CHANNELS } from './types'

/** Perceptual scales: how much of each channel counts as "one unit" of visible change. */
export const ANGLE_UNIT_DEG = 20
export const TRAVEL_UNIT_OF_DISTANCE = 0.25
export const ZOOM_UNIT = Math.log(1.5)

const azimuthDeg = (p: readonly number[], pivot: Vec3) => Math.atan2(p[0] - pivot[0], p[2] - pivot[2]) * RAD_TO_DEG
const elevationDeg = (p: readonly number[], pivot: Vec3) => Math.atan2(p[1] - pivot[1], Math.hypot(p[0] - pivot[0], p[2] - pivot[2])) * RAD_TO_DEG

/** Focus distance over the camera-to-subject distance (1 = the subject is in focus). */
const focusOnSubject = (f: ShotFrame): number => f.focusDistanceM / Math.max(1e-6, distance(f.subject.point, f.position))

/** Unwrapped angle changes from frame a to frame b (each a sum of wrapped frame-to-frame steps). */
interface AngleChanges {
  readonly yaw: number
  readonly azimuth: number
  readonly roll: number
  readonly facing: number
}

/** Add the wrapped step from frame i - 1 to frame i. */
const addAngleStep = (turns: { -readonly [K in keyof AngleChanges]: number }, frames: readonly ShotFrame[], i: number): void => {
  const p = frames[i]
  const q = frames[i - 1]
  turns.yaw += wrapDegrees(p.yawDeg - q.yawDeg)
  turns.azimuth += wrapDegrees(azimuthDeg(p.position, p.subject.point) - azimuthDeg(q.position, q.subject.point))
  turns.roll += wrapDegrees(p.rollDeg - q.rollDeg)
  turns.facing += wrapDegrees(p.subject.facingDeg - q.subject.facingDeg)
}

/** Channels from frame fa to frame fb, given the unwrapped angle changes between them. */
const channelsOf = (fa: ShotFrame, fb: ShotFrame, turns: AngleChanges): MotionChannels => {
  const pivot = fa.subject.point
  const subjectTravel = sub(fb.subject.point, fa.subject.point)
  const subjectTravelM = Math.hypot(...subjectTravel)
  const yawChange = turns.yaw
  const azChange = turns.azimuth
  const horizontalDistance = Math.hypot(fa.position[0] - pivot[0], fa.position[2] - pivot[2])

  // follow: the camera travels with the subject (then its own motion is measured relative to it)
  let followM = 0
  if (subjectTravelM > 0.05) {
    const offBy = Math.hypot(...sub(sub(fb.position, fa.position), subjectTravel))
    if (offBy < 0.5 * subjectTravelM) followM = subjectTravelM
  }
  const endPosition = followM > 0 ? sub(fb.position, subjectTravel) : fb.position
  // orbit: the camera circles the subject and turns with its travel
  const orbiting = horizontalDistance > 0.05 && Math.abs(azChange) > 1 && Math.abs(yawChange - azChange) <= 0.5 * Math.abs(azChange) + 2
  const orbitRotation = orbiting ? azChange : 0
  const afterOrbit = rotateAboutY(fa.position, pivot, orbitRotation * DEG_TO_RAD)
  const headingAfterOrbit = { yawDeg: fa.yawDeg + orbitRotation, pitchDeg: 0, rollDeg: 0 }
  const residual = sub(endPosition, afterOrbit)
  return {
    panDeg: yawChange - orbitRotation,
    tiltDeg: fb.pitchDeg - fa.pitchDeg,
    rollDeg: turns.roll,
    truckM: dot(residual, horizontalRightVector(headingAfterOrbit)),
    pedestalM: residual[1],
    dollyM: dot(residual, horizontalForwardVector(headingAfterOrbit)),
    zoomRatio: fb.focalLengthMm / fa.focalLengthMm,
    orbitDeg: -orbitRotation,
    elevationDeg: elevationDeg(fb.position, fb.subject.point) - elevationDeg(fa.position, pivot),
    followM,
    // relative to the subject: focus that follows the subject through a dolly is no focus pull
    focusRatio: focusOnSubject(fb) / Math.max(1e-9, focusOnSubject(fa)),
    subjectSpinDeg: subjectTravelM < 0.05 ? turns.facing : 0,
  }
}

/** Channels of the motion from frame a to frame b. */
export const channelsBetween = (frames: readonly ShotFrame[], a: number, b: number): MotionChannels => {
  if (b <= a) return ZERO_CHANNELS
  const turns = { yaw: 0, azimuth: 0, roll: 0, facing: 0 }
  for (let i = a + 1; i <= b; i++) {
    addAngleStep(turns, frames, i)
  }
  return channelsOf(frames[a], frames[b], turns)
}

/** channelsBetween(frames, a, i) for every i in a..b, in one pass. */
export const channelsFrom = (frames: readonly ShotFrame[], a: number, b: number): MotionChannels[] => {
  const out: MotionChannels[] = [ZERO_CHANNELS]
  const turns = { yaw: 0, azimuth: 0, roll: 0, facing: 0 }
  for (let i = a + 1; i <= b; i++) {
    addAngleStep(turns, frames, i)
    out.push(channelsOf(frames[a], frames[i], turns))
  }
  return out
}

/**
 * Shake in a span: the RMS difference between the path as designed and the same path without its
 * shake moves (handheld). Measured structurally, so a fast whip pan never reads as shake.
 */
export const shakeBetween = (frames: readonly ShotFrame[], steady: readonly ShotFrame[] | undefined, a: number, b: number): ShakeEnergy => {
  if (!steady || b <= a) return { positionM: 0, rotationDeg: 0 }
  let pos = 0
  let rot = 0
  for (let i = a; i <= b; i++) {
    const f = frames[i]
    const g = steady[i]
    pos += (f.position[0] - g.position[0]) ** 2 + (f.position[1] - g.position[1]) ** 2 + (f.position[2] - g.position[2]) ** 2
    rot += (wrapDegrees(f.yawDeg - g.yawDeg) ** 2 + (f.pitchDeg - g.pitchDeg) ** 2 + wrapDegrees(f.rollDeg - g.rollDeg) ** 2) / 3
  }
  const n = b - a + 1
  return { positionM: Math.sqrt(pos / n), rotationDeg: Math.sqrt(rot / n) }
}

/** Frame-to-frame motion over frames a..b in perceptual units (travel, turn and zoom summed): entry j is frame a + j to a + j + 1. */
export const speedSteps = (frames: readonly ShotFrame[], a: number, b: number): number[] => {
  const d0 = Math.max(0.3, distance(frames[a].subject.point, frames[a].position))
  const step: number[] = []
  for (let i = a + 1; i <= b; i++) {
    const p = frames[i]
    const q = frames[i - 1]
    const move = distance(p.position, q.position) / (TRAVEL_UNIT_OF_DISTANCE * d0)
    const turn = (Math.abs(wrapDegrees(p.yawDeg - q.yawDeg)) + Math.abs(p.pitchDeg - q.pitchDeg) + Math.abs(wrapDegrees(p.rollDeg - q.rollDeg))) / ANGLE_UNIT_DEG
    const zoom = Math.abs(Math.log(p.focalLengthMm / q.focalLengthMm)) / ZOOM_UNIT
    step.push(move + turn + zoom)
  }
  return step
}

/** How the speed is distributed over a span. */
export const speedBetween = (frames: readonly ShotFrame[], a: number, b: number, durationS: number): { speed: SpeedShape; peakToMean: number } => {
  const n = b - a
  if (n < 3) return { speed: 'hold', peakToMean: 1 }
  const step = speedSteps(frames, a, b)
  const total = step.reduce((s, x) => s + x, 0)
  if (total < 1e-3) return { speed: 'hold', peakToMean: 1 }
  const mean = total / step.length
  const peakToMean = Math.max(...step) / mean
  const third = Math.max(1, Math.floor(step.length / 3))
  const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)
  const first = avg(step.slice(0, third))
  const middle = avg(step.slice(third, step.length - third))
  const last = avg(step.slice(step.length - third))
  let speed: SpeedShape = 'constant'
  if (durationS <= 0.6 && total > 1) speed = 'snap'
  else if (middle > 1.3 * first && middle > 1.3 * last) speed = 'ease-in-out'
  else if (last > 1.5 * first) speed = 'ease-in'
  else if (first > 1.5 * last) speed = 'ease-out'
  return { speed, peakToMean }
}

/** One span, measured on the steady path (shake moves removed) with shake from the difference. */
export const segmentBetween = (
  frames: readonly ShotFrame[],
  steady: readonly ShotFrame[] | undefined,
  a: number,
  b: number,
  times: { startS: number; endS: number },
  moves: MotionSegment['moves'],
): MotionSegment => {
  const path = steady ?? frames
  const { speed, peakToMean } = speedBetween(path, a, b, times.endS - times.startS)
  const fa = path[a]
  return {
    ...times,
    moves,
    channels: channelsBetween(path, a, b),
    shake: shakeBetween(frames, steady, a, b),
    speed,
    peakToMean,
    subjectDistanceM: distance(fa.subject.point, fa.position),
  }
}
