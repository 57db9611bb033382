/**
 * Shared fast-check arbitraries for the camera core's property tests: preset parameters, start
 * framings (free and aimed at the subject), lenses, clip durations, easings and subject paths.
 * Every arbitrary produces only values the app itself accepts (inside each spec's declared range).
 */
import fc from 'fast-check'
import { type CameraPose, poseLookingAt } from '../core/camera/pose'
import { type BezierHandles, type Easing, EASING_NAMES, BEZIER_Y_MAX, BEZIER_Y_MIN } from '../core/math/easing'
import type { Vec3 } from '../core/math/vec3'
import { DEG_TO_RAD } from '../core/units'
import type { LensSetup } from '../timeline/model'
import type { NumberParamSpec, ParamSpec, ParamValue } from '../timeline/params'
import { type SubjectPath, type SubjectSpec, subjectAt } from '../timeline/subject'
import type { CameraPreset } from '../camera-presets/types'

// A failing property shrinks its counterexample; on these large scenarios shrinking can run for minutes.
// Stop it after 20 s and report the smallest counterexample found so far (passing runs take well under that).
fc.configureGlobal({ interruptAfterTimeLimit: 20_000 })

const UNIFORM_STEPS = 1_000_000_000

/**
 * A finite number in [min, max]: mostly spread evenly over the range (fc.double alone picks uniformly
 * among the representable doubles, so nearly all of its values would be tiny), sometimes one of the
 * edge cases fc.double favours (the bounds, zero, -0, values next to them).
 */
export const arbRange = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: UNIFORM_STEPS }).map((k) => Math.min(max, Math.max(min, min + ((max - min) * k) / UNIFORM_STEPS))), weight: 4 },
    { arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), weight: 1 },
  )

/** A value of one numeric parameter spec: inside min..max, an integer where the spec says so; the default now and then. */
export const arbNumberParam = (spec: NumberParamSpec): fc.Arbitrary<number> => {
  const range = spec.integer ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) }) : arbRange(spec.min, spec.max)
  return fc.oneof({ arbitrary: range, weight: 5 }, { arbitrary: fc.constant(spec.default), weight: 1 })
}

export const arbParamValue = (spec: ParamSpec): fc.Arbitrary<ParamValue> =>
  spec.kind === 'number' ? arbNumberParam(spec) : fc.constantFrom(...spec.options.map((o) => o.value))

/** A full, valid parameter set for a list of specs (every name present). */
export const arbParamsForSpecs = (specs: readonly ParamSpec[]): fc.Arbitrary<Record<string, ParamValue>> => {
  const model: Record<string, fc.Arbitrary<ParamValue>> = {}
  for (const spec of specs) model[spec.name] = arbParamValue(spec)
  return fc.record(model)
}

/** A full, valid parameter set for a preset. */
export const arbParams = (preset: CameraPreset): fc.Arbitrary<Record<string, ParamValue>> => arbParamsForSpecs(preset.params)

/** A free starting framing: position within +-20 m (y 0.2..15 m), yaw +-180, pitch +-60, roll +-30 degrees. */
export const arbStartFraming: fc.Arbitrary<CameraPose> = fc
  .record({
    x: arbRange(-20, 20),
    y: arbRange(0.2, 15),
    z: arbRange(-20, 20),
    yawDeg: arbRange(-180, 180),
    pitchDeg: arbRange(-60, 60),
    rollDeg: arbRange(-30, 30),
  })
  .map(({ x, y, z, yawDeg, pitchDeg, rollDeg }) => ({ position: [x, y, z] as Vec3, yawDeg, pitchDeg, rollDeg }))

/** Where an aimed camera stands relative to the subject point (azimuth is measured from the subject's facing). */
export interface AimPlacement {
  readonly distanceM: number
  readonly azimuthDeg: number
  readonly elevationDeg: number
  readonly rollDeg: number
}

/** Distance 1.5..30 m, azimuth and elevation within +-60 degrees, roll within +-30 (or 0 when `level`). */
export const arbAimPlacement = (opts: { level?: boolean } = {}): fc.Arbitrary<AimPlacement> =>
  fc.record({
    distanceM: arbRange(1.5, 30),
    azimuthDeg: arbRange(-60, 60),
    elevationDeg: arbRange(-60, 60),
    rollDeg: opts.level ? fc.constant(0) : arbRange(-30, 30),
  })

/** A pose at `placement` from `point`, aimed exactly at `point` with poseLookingAt. `headingDeg` is the azimuth origin. */
export const aimedPose = (point: Vec3, placement: AimPlacement, headingDeg = 0): CameraPose => {
  const az = (headingDeg + placement.azimuthDeg) * DEG_TO_RAD
  const el = placement.elevationDeg * DEG_TO_RAD
  const d = placement.distanceM
  const from: Vec3 = [point[0] + d * Math.cos(el) * Math.sin(az), point[1] + d * Math.sin(el), point[2] + d * Math.cos(el) * Math.cos(az)]
  return poseLookingAt(from, point, placement.rollDeg)
}

/** A starting framing aimed exactly at where `subject` stands at t = 0. */
export const aimedFramingFor = (subject: SubjectSpec, placement: AimPlacement): CameraPose =>
  aimedPose(subjectAt(subject, 0, 1).point, placement, subject.facingDeg)

/** An arbitrary framing aimed exactly at the subject point at t = 0. */
export const arbAimedFraming = (subject: SubjectSpec, opts: { level?: boolean } = {}): fc.Arbitrary<CameraPose> =>
  arbAimPlacement(opts).map((p) => aimedFramingFor(subject, p))

/** Focal length 8..300 mm on a full-frame sensor; focus follows the subject or sits at a fixed distance. */
export const arbLens: fc.Arbitrary<LensSetup> = fc
  .record({
    focalLengthMm: arbRange(8, 300),
    focusDistanceM: fc.option(arbRange(0.3, 100), { nil: null }),
    fStop: fc.constantFrom(1.2, 1.4, 2, 2.8, 4, 5.6, 8, 11, 16, 22),
  })
  .map(({ focalLengthMm, focusDistanceM, fStop }) => ({
    focalLengthMm,
    sensorId: 'full-frame' as const,
    sensorWidthMm: 36,
    sensorHeightMm: 24,
    focusDistanceM,
    fStop,
  }))

/** A clip duration, seconds (from a snap move to a long take). */
export const arbDuration: fc.Arbitrary<number> = arbRange(0.1, 12)

export const arbNamedEasing: fc.Arbitrary<Easing> = fc.constantFrom(...EASING_NAMES).map((name) => ({ kind: 'named' as const, name }))

/** Valid custom bezier handles: x in [0,1], y in [BEZIER_Y_MIN, BEZIER_Y_MAX] (so the curve may overshoot). */
export const arbBezierHandles: fc.Arbitrary<BezierHandles> = fc.tuple(
  arbRange(0, 1),
  arbRange(BEZIER_Y_MIN, BEZIER_Y_MAX),
  arbRange(0, 1),
  arbRange(BEZIER_Y_MIN, BEZIER_Y_MAX),
)

export const arbBezierEasing: fc.Arbitrary<Easing> = arbBezierHandles.map((handles) => ({ kind: 'bezier' as const, handles }))

export const arbEasing: fc.Arbitrary<Easing> = fc.oneof(arbNamedEasing, arbBezierEasing)

/** Still, a straight walk, or an arc walk. */
export const arbSubjectPath: fc.Arbitrary<SubjectPath> = fc.oneof(
  fc.constant({ kind: 'still' as const }),
  arbRange(0, 15).map((distanceM) => ({ kind: 'line' as const, distanceM })),
  fc.record({ radiusM: arbRange(0.5, 20), sweepDeg: arbRange(-270, 270) }).map(({ radiusM, sweepDeg }) => ({ kind: 'arc' as const, radiusM, sweepDeg })),
)

/** A subject standing within +-10 m of the origin (ground at y 0..1 m), any facing, on `path` (random by default). */
export const arbSubject = (path: fc.Arbitrary<SubjectPath> = arbSubjectPath): fc.Arbitrary<SubjectSpec> =>
  fc
    .record({
      x: arbRange(-10, 10),
      y: arbRange(0, 1),
      z: arbRange(-10, 10),
      facingDeg: arbRange(-180, 180),
      aimHeightM: arbRange(0.2, 1.8),
      path,
    })
    .map(({ x, y, z, facingDeg, aimHeightM, path }) => ({
      groundPosition: [x, y, z] as Vec3,
      facingDeg,
      heightM: 1.8,
      aimHeightM,
      path,
    }))

export const arbStillSubject: fc.Arbitrary<SubjectSpec> = arbSubject(fc.constant({ kind: 'still' as const }))
