/**
 * The subject: a figure standing on the ground that moves aim at. It may stand still or walk a
 * line or an arc at constant speed over the shot (scene time 0..shot duration).
 */
import type { Vec3 } from '../core/math/vec3'
import type { Degrees, Meters, Seconds } from '../core/units'
import { DEG_TO_RAD, RAD_TO_DEG, clamp } from '../core/units'

export type SubjectPath =
  | { readonly kind: 'still' }
  /** Walk `distanceM` straight ahead (along the facing direction). */
  | { readonly kind: 'line'; readonly distanceM: Meters }
  /** Walk an arc of `radiusM`, turning `sweepDeg` (positive turns to the subject's left). */
  | { readonly kind: 'arc'; readonly radiusM: Meters; readonly sweepDeg: Degrees }

/** What the subject is: a standing figure, or a vehicle (car rigs and chases). Schema 5; absent means a figure. */
export type SubjectForm = 'figure' | 'vehicle'
export const SUBJECT_FORMS: readonly SubjectForm[] = ['figure', 'vehicle']

export interface SubjectSpec {
  /** Where the figure stands at t = 0 (y is the ground height). */
  readonly groundPosition: Vec3
  /** Heading of the figure; 0 faces +Z, positive turns it to its left (towards +X), a positive rotation about +Y. */
  readonly facingDeg: Degrees
  readonly heightM: Meters
  /** Height of the subject point (where moves aim) above the ground. */
  readonly aimHeightM: Meters
  readonly path: SubjectPath
  /** Absent: a figure (every document before schema 5). Moves aim at the subject point either way. */
  readonly form?: SubjectForm
}

export const DEFAULT_SUBJECT: SubjectSpec = {
  groundPosition: [0, 0, 0],
  facingDeg: 0,
  heightM: 1.8,
  aimHeightM: 1.5,
  path: { kind: 'still' },
}

export interface SubjectState {
  readonly ground: Vec3
  /** The subject point moves aim at. */
  readonly point: Vec3
  readonly facingDeg: Degrees
}

/** Where the subject is at scene time `timeS` of a shot lasting `durationS` (time is clamped). */
export const subjectAt = (spec: SubjectSpec, timeS: Seconds, durationS: Seconds): SubjectState => {
  const u = durationS > 0 ? clamp(timeS / durationS, 0, 1) : 0
  const h = spec.facingDeg * DEG_TO_RAD
  const fx = Math.sin(h)
  const fz = Math.cos(h)
  const [gx, gy, gz] = spec.groundPosition
  let ground: Vec3 = spec.groundPosition
  let facingDeg = spec.facingDeg
  const path = spec.path
  if (path.kind === 'line') {
    const s = path.distanceM * u
    ground = [gx + fx * s, gy, gz + fz * s]
  } else if (path.kind === 'arc' && path.radiusM > 0) {
    // Turning left by angle a along a circle of radius r: forward r*sin(a), left r*(1-cos(a)).
    const a = path.sweepDeg * DEG_TO_RAD * u
    const forward = path.radiusM * Math.sin(Math.abs(a))
    const side = path.radiusM * (1 - Math.cos(a)) * Math.sign(a)
    // the subject's left, for a heading h (facing (sin h, 0, cos h)), is (cos h, 0, -sin h)
    ground = [gx + fx * forward + fz * side, gy, gz + fz * forward - fx * side]
    facingDeg = spec.facingDeg + a * RAD_TO_DEG
  }
  return { ground, point: [ground[0], ground[1] + spec.aimHeightM, ground[2]], facingDeg }
}
