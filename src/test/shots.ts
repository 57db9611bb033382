/** Test helpers: build shots from presets, evaluate them, and measure frames in camera terms. */
import { expect } from 'vitest'
import type { CameraPose } from '../core/camera/pose'
import { forwardVector, wrapDegrees } from '../core/camera/pose'
import type { Easing } from '../core/math/easing'
import { type Quat, quatMultiply, rotateVec3 } from '../core/math/quat'
import { type Vec3, cross, dot, length, sub } from '../core/math/vec3'
import { RAD_TO_DEG } from '../core/units'
import { presetRegistry } from '../camera-presets/registry'
import type { CameraPreset } from '../camera-presets/types'
import { type ShotFrame, evaluateShot } from '../timeline/evaluate'
import type { Clip, LensSetup, Shot } from '../timeline/model'
import type { ParamValues } from '../timeline/params'
import { DEFAULT_LENS } from '../timeline/defaults'
import { EMPTY_PROMPT } from '../timeline/prompt'
import { DEFAULT_SUBJECT, type SubjectSpec } from '../timeline/subject'

export interface ClipPlan {
  readonly preset: CameraPreset
  readonly params?: ParamValues
  readonly startS?: number
  readonly durationS?: number
  readonly easing?: Easing
  /** Track index (0-based); tracks are created as needed. */
  readonly track?: number
}

export interface ShotPlan {
  readonly start: CameraPose
  readonly lens?: LensSetup
  readonly subject?: SubjectSpec
  readonly clips: readonly ClipPlan[]
  /** Defaults to the end of the last clip. */
  readonly durationS?: number
  readonly fps?: number
}

let clipCounter = 0

export const buildClip = (plan: ClipPlan, id = `clip:${++clipCounter}`): Clip => ({
  id,
  presetId: plan.preset.id,
  presetVersion: plan.preset.version,
  startS: plan.startS ?? 0,
  durationS: plan.durationS ?? plan.preset.defaultDurationS,
  params: { ...(plan.params ?? {}) },
  easing: plan.easing ?? plan.preset.defaultEasing,
})

export const buildShot = (plan: ShotPlan): Shot => {
  const clips = plan.clips.map((c) => ({ clip: buildClip(c), track: c.track ?? 0 }))
  const trackCount = Math.max(1, ...clips.map((c) => c.track + 1))
  const tracks = Array.from({ length: trackCount }, (_, i) => ({
    id: `track:${i + 1}`,
    clips: clips
      .filter((c) => c.track === i)
      .map((c) => c.clip)
      .sort((a, b) => a.startS - b.startS),
  }))
  const end = clips.reduce((e, c) => Math.max(e, c.clip.startS + c.clip.durationS), 0)
  return {
    id: 'shot:test',
    name: 'Test shot',
    durationS: plan.durationS ?? Math.max(end, 0.05),
    fps: plan.fps ?? 24,
    aspect: '16:9',
    start: plan.start,
    lens: plan.lens ?? DEFAULT_LENS,
    subject: plan.subject ?? DEFAULT_SUBJECT,
    prompt: EMPTY_PROMPT,
    tracks,
  }
}

export const evalAt = (shot: Shot, t: number): ShotFrame => evaluateShot(shot, t, presetRegistry)

/** Deep copy (a fresh object graph, so no cached preparation is shared; keeps -0). */
export const cloneShot = (shot: Shot): Shot => structuredClone(shot)

/** Express a world point in the camera's own frame (x right, y up, z backwards; visible points have z < 0). */
export const toCameraSpace = (frame: { position: Vec3; quaternion: Quat }, point: Vec3): Vec3 => {
  const q = frame.quaternion
  const inv: Quat = [-q[0], -q[1], -q[2], q[3]]
  return rotateVec3(inv, sub(point, frame.position))
}

/** The camera's local axes in world space. */
export const cameraAxes = (q: Quat): { right: Vec3; up: Vec3; forward: Vec3 } => ({
  right: rotateVec3(q, [1, 0, 0]),
  up: rotateVec3(q, [0, 1, 0]),
  forward: rotateVec3(q, [0, 0, -1]),
})

/** Angle between two (not necessarily unit) vectors, radians, accurate for tiny angles. */
export const angleBetween = (a: Vec3, b: Vec3): number => Math.atan2(length(cross(a, b)), dot(a, b))

/** Angle between the view direction of `frame` and the direction to `point`, radians. */
export const aimError = (frame: { position: Vec3; yawDeg: number; pitchDeg: number; rollDeg: number }, point: Vec3): number =>
  angleBetween(forwardVector(frame), sub(point, frame.position))

/** Orientation change between two frames, degrees (sign-agnostic in the quaternion). */
export const rotationDeltaDeg = (a: ShotFrame, b: ShotFrame): number => quatAngle(a.quaternion, b.quaternion) * RAD_TO_DEG

/** Angle of the rotation taking `a` to `b`, radians; accurate down to ~1e-16 (unlike acos of the dot product). */
export const quatAngle = (a: Quat, b: Quat): number => {
  const d = quatMultiply([-a[0], -a[1], -a[2], a[3]], b)
  return 2 * Math.atan2(Math.hypot(d[0], d[1], d[2]), Math.abs(d[3]))
}

export const positionDelta = (a: ShotFrame, b: ShotFrame): number =>
  Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2])

/** Largest change between two frames in every channel that a jump would show in (metres and degrees alike). */
export const frameDelta = (a: ShotFrame, b: ShotFrame): { pos: number; rot: number; euler: number; focalLog: number } => ({
  pos: positionDelta(a, b),
  rot: rotationDeltaDeg(a, b),
  // yaw and roll modulo whole turns: moves that re-aim at the subject report the yaw they turn to in
  // (-180, 180] around the start, so a subject circling the camera wraps it by 360 (same pose)
  euler: Math.max(Math.abs(wrapDegrees(a.yawDeg - b.yawDeg)), Math.abs(a.pitchDeg - b.pitchDeg), Math.abs(wrapDegrees(a.rollDeg - b.rollDeg))),
  focalLog: Math.abs(Math.log(a.focalLengthMm / b.focalLengthMm)),
})

export const isFiniteFrame = (f: ShotFrame): boolean =>
  [
    ...f.position,
    f.yawDeg,
    f.pitchDeg,
    f.rollDeg,
    ...f.quaternion,
    f.focalLengthMm,
    f.focusDistanceM,
    f.fStop,
    f.sceneTimeS,
    ...f.subject.point,
    f.subject.facingDeg,
  ].every(Number.isFinite)

/** Compact description of a frame for failure messages. */
export const describeFrame = (f: ShotFrame): string =>
  `t=${f.timeS} pos=[${f.position.map((v) => v.toFixed(6)).join(', ')}] ypr=[${f.yawDeg.toFixed(6)}, ${f.pitchDeg.toFixed(6)}, ${f.rollDeg.toFixed(6)}] f=${f.focalLengthMm} focus=${f.focusDistanceM}`

/**
 * Presets that re-aim at the subject with a level horizon: singular where the subject point lies on
 * the vertical through the camera (a head must turn 180 degrees at once there). The continuity
 * properties leave scenarios at that pole out (one list for every suite that needs it).
 */
export const AIM_HOLDING_PRESETS: ReadonlySet<string> = new Set([
  'aerial-reveal', 'arc', 'crane-down', 'crane-up', 'crane-over-head', 'tracking',
  'action-run', 'aerial-pullback', 'birds-eye', 'car-chase', 'head-tracking', 'hero-cam', 'jib-down', 'jib-up', 'object-pov', 'robo-arm', 'rotation-3d', 'worms-eye',
])

/** Exact equality of two numbers, where -0 and 0 are the same value (a pose component that is
 * zero may come out of the maths as either; `toBe` tells them apart). */
export const expectSameNumber = (actual: number, expected: number, what = ''): void =>
  expect(actual === expected, `${what}${actual} vs ${expected}`).toBe(true)
