/**
 * What each move must and must not change, and which way it goes, in film terms. Property-based:
 * random parameters, framings, lenses, easings, durations and subjects; one clip per shot, evaluated
 * through the real timeline.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { depthAlongView, forwardVector } from '../core/camera/pose'
import { gateSize, imageHeightFraction } from '../core/camera/lens'
import type { Easing } from '../core/math/easing'
import { type Vec3, distance, sub } from '../core/math/vec3'
import { RAD_TO_DEG } from '../core/units'
import type { ShotFrame } from '../timeline/evaluate'
import type { LensSetup, Shot } from '../timeline/model'
import type { ParamValues } from '../timeline/params'
import type { SubjectSpec } from '../timeline/subject'
import { subjectAt } from '../timeline/subject'
import type { CameraPose } from '../core/camera/pose'
import {
  aimedFramingFor,
  arbAimPlacement,
  arbDuration,
  arbEasing,
  arbLens,
  arbNamedEasing,
  arbParams,
  arbRange,
  arbStartFraming,
  arbStillSubject,
  arbSubject,
  arbSubjectPath,
} from '../test/arbitraries'
import { aimError, buildShot, cameraAxes, evalAt, quatAngle, toCameraSpace, expectSameNumber } from '../test/shots'
import { PRESETS, compareLabels, getPreset } from './registry'
import type { CameraPreset } from './types'

// property runs stop shrinking after 20 s (src/test/arbitraries.ts); give them room on a loaded machine
vi.setConfig({ testTimeout: 60_000 })

const RUNS = 50

const preset = (id: string): CameraPreset => {
  const p = getPreset(id)
  if (!p || p.id !== id) throw new Error(`no preset ${id}`)
  return p
}

interface Setup {
  readonly start: CameraPose
  readonly lens?: LensSetup
  readonly subject?: SubjectSpec
  readonly params: ParamValues
  readonly durationS: number
  readonly easing: Easing
}

/** A shot with one clip of `id` covering the whole shot. */
const oneClip = (id: string, s: Setup): Shot =>
  buildShot({ start: s.start, lens: s.lens, subject: s.subject, clips: [{ preset: preset(id), params: s.params, durationS: s.durationS, easing: s.easing }] })

/** Times 0..duration (n + 1 of them). */
const times = (shot: Shot, n = 48): number[] => Array.from({ length: n + 1 }, (_, i) => (shot.durationS * i) / n)
const frames = (shot: Shot, n = 48): ShotFrame[] => times(shot, n).map((t) => evalAt(shot, t))

/** Any framing: free, or aimed at the (random) subject. */
const arbAnyStart = (subject: fc.Arbitrary<SubjectSpec>) =>
  fc.tuple(subject, fc.boolean(), arbStartFraming, arbAimPlacement()).map(([subj, aimed, free, placement]) => ({
    subject: subj,
    start: aimed ? aimedFramingFor(subj, placement) : free,
  }))

/** An aimed framing of a still subject. */
const arbAimedStill = (opts: { level?: boolean } = {}) =>
  fc.tuple(arbStillSubject, arbAimPlacement(opts)).map(([subject, placement]) => ({ subject, start: aimedFramingFor(subject, placement) }))

/** A full random setup for preset `id`: any framing, any subject path, any easing (overshooting beziers too). */
const arbSetup = (id: string, opts: { easing?: fc.Arbitrary<Easing>; subject?: fc.Arbitrary<SubjectSpec>; params?: fc.Arbitrary<ParamValues> } = {}) =>
  fc
    .record({
      where: arbAnyStart(opts.subject ?? arbSubject()),
      lens: arbLens,
      params: opts.params ?? arbParams(preset(id)),
      durationS: arbDuration,
      easing: opts.easing ?? arbEasing,
    })
    .map(({ where, lens, params, durationS, easing }) => ({ ...where, lens, params, durationS, easing }))

const property = <T,>(arb: fc.Arbitrary<T>, check: (v: T) => void, numRuns = RUNS) => fc.assert(fc.property(arb, check), { numRuns })

/** Exactly the same numbers (=== : 0 and -0 are the same position). */
const samePosition = (f: ShotFrame, p: Vec3) => expect(f.position.every((v, i) => v === p[i]), `${f.position} vs ${p}`).toBe(true)
const sameOrientation = (f: ShotFrame, o: CameraPose) =>
  expect(f.yawDeg === o.yawDeg && f.pitchDeg === o.pitchDeg && f.rollDeg === o.rollDeg, `${[f.yawDeg, f.pitchDeg, f.rollDeg]} vs ${[o.yawDeg, o.pitchDeg, o.rollDeg]}`).toBe(true)
const wrap = (a: number) => ((((a + 180) % 360) + 360) % 360) - 180
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)

// ---------------------------------------------------------------------------------------------

describe('rotations on the head keep the camera where it is (exactly)', () => {
  it.each(['pan-left', 'pan-right', 'tilt-up', 'tilt-down', 'roll', 'whip-pan', 'dutch-angle'])('%s', (id) => {
    property(arbSetup(id), (s) => {
      const shot = oneClip(id, s)
      for (const f of frames(shot)) {
        samePosition(f, s.start.position)
        expect(f.focalLengthMm).toBe(s.lens.focalLengthMm)
      }
    })
  })
})

describe('travelling moves keep the orientation (exactly)', () => {
  it.each(['truck-left', 'truck-right', 'pedestal-up', 'pedestal-down', 'dolly-in', 'dolly-out', 'push-in', 'pull-out', 'double-dolly', 'super-dolly-in', 'super-dolly-out', 'through-object-in', 'through-object-out'])('%s', (id) => {
    property(arbSetup(id), (s) => {
      const shot = oneClip(id, s)
      for (const f of frames(shot)) {
        sameOrientation(f, s.start)
        expect(f.focalLengthMm).toBe(s.lens.focalLengthMm)
      }
    })
  })
})

describe('zooms change the focal length only, by exactly their ratio', () => {
  it.each([
    ['zoom-in', 1],
    ['zoom-out', -1],
    ['crash-zoom-in', 1],
    ['crash-zoom-out', -1],
  ] as const)('%s', (id, sign) => {
    property(arbSetup(id, { easing: arbNamedEasing }), (s) => {
      const shot = oneClip(id, s)
      const fs = frames(shot)
      for (const f of fs) {
        samePosition(f, s.start.position)
        sameOrientation(f, s.start)
      }
      const ratio = Number(s.params.ratio)
      const f0 = s.lens.focalLengthMm
      const end = fs[fs.length - 1].focalLengthMm
      expect(relErr(end, sign > 0 ? f0 * ratio : f0 / ratio)).toBeLessThan(1e-12)
      // monotone, in the move's direction (named easings never go backwards)
      for (let i = 1; i < fs.length; i++) expect(sign * (fs[i].focalLengthMm - fs[i - 1].focalLengthMm)).toBeGreaterThanOrEqual(-1e-12 * f0)
    })
  })

  it('zoom-in ratio 2 doubles a 35 mm lens to 70 mm', () => {
    const shot = oneClip('zoom-in', { start: { position: [0, 1.6, 5], yawDeg: 0, pitchDeg: 0, rollDeg: 0 }, params: { ratio: 2 }, durationS: 3, easing: { kind: 'named', name: 'ease-in-out' } })
    expect(evalAt(shot, 3).focalLengthMm).toBe(70)
    // even in log space: halfway through a symmetric easing the lens is at sqrt(2) x
    expect(evalAt(shot, 1.5).focalLengthMm).toBeCloseTo(35 * Math.SQRT2, 9)
  })
})

describe('orbits keep their distance to the subject and keep it aimed', () => {
  it.each(['orbit-left', 'orbit-right', 'orbit-360', 'arc', 'bullet-time', 'robo-arm', 'rotation-3d'])('%s: constant distance from any framing', (id) => {
    property(arbSetup(id, { subject: arbStillSubject }), (s) => {
      const shot = oneClip(id, s)
      const point = subjectAt(s.subject, 0, 1).point
      const d0 = distance(s.start.position, point)
      for (const f of frames(shot)) expect(relErr(distance(f.position, point), d0)).toBeLessThan(1e-9)
    })
  })

  it.each(['orbit-left', 'orbit-right', 'orbit-360', 'arc', 'bullet-time', 'robo-arm', 'rotation-3d'])('%s: an aimed start stays aimed', (id) => {
    property(
      fc.record({ where: arbAimedStill(), lens: arbLens, params: arbParams(preset(id)), durationS: arbDuration, easing: arbEasing }),
      ({ where, lens, params, durationS, easing }) => {
        const shot = oneClip(id, { ...where, lens, params, durationS, easing })
        const point = subjectAt(where.subject, 0, 1).point
        for (const f of frames(shot)) expect(aimError(f, point)).toBeLessThan(1e-9)
      },
    )
  })

  it('orbit-360 ends where it began', () => {
    property(arbSetup('orbit-360', { subject: arbStillSubject, easing: arbNamedEasing }), (s) => {
      const shot = oneClip('orbit-360', s)
      const end = evalAt(shot, shot.durationS)
      expect(distance(end.position, s.start.position)).toBeLessThan(1e-9)
      expect(quatAngle(end.quaternion, evalAt(shot, 0).quaternion)).toBeLessThan(1e-9)
    })
  })

  it('arc never carries the camera over the top of (or under) the subject, so its head never flips', () => {
    // A rise of up to 60 degrees from a start up to 60 degrees high would pass the pole; a level-horizon
    // head passing the pole turns 180 degrees in an instant. The arc stops short of it instead.
    property(
      fc.record({
        where: arbAimedStill({ level: true }),
        params: arbParams(preset('arc')),
        durationS: arbDuration,
        easing: arbNamedEasing,
      }),
      ({ where, params, durationS, easing }) => {
        const shot = oneClip('arc', { ...where, params, durationS, easing })
        const point = subjectAt(where.subject, 0, 1).point
        const fs = frames(shot, 400)
        for (let i = 1; i < fs.length; i++) {
          expect(quatAngle(fs[i - 1].quaternion, fs[i].quaternion) * RAD_TO_DEG).toBeLessThan(5)
          expect(aimError(fs[i], point)).toBeLessThan(1e-9)
        }
      },
    )
  })

  it('regression: arc rising 60 degrees from 45 degrees up used to flip the camera over the top', () => {
    const subject: SubjectSpec = { groundPosition: [0, 0, 0], facingDeg: 0, heightM: 1.8, aimHeightM: 1.5, path: { kind: 'still' } }
    const start = aimedFramingFor(subject, { distanceM: 5, azimuthDeg: 0, elevationDeg: 45, rollDeg: 0 })
    const shot = oneClip('arc', { start, subject, params: { angle: 0, direction: 'left', elevation: 60 }, durationS: 4, easing: { kind: 'named', name: 'linear' } })
    let prev = evalAt(shot, 0)
    let maxTurn = 0
    let maxAimError = 0
    for (let i = 1; i <= 4000; i++) {
      const f = evalAt(shot, i / 1000)
      maxTurn = Math.max(maxTurn, quatAngle(prev.quaternion, f.quaternion) * RAD_TO_DEG)
      maxAimError = Math.max(maxAimError, aimError(f, [0, 1.5, 0]))
      prev = f
    }
    expect(maxTurn).toBeLessThan(1) // per millisecond; it used to turn 180 degrees at once
    expect(maxAimError).toBeLessThan(1e-9)
  })
})

describe('dolly zoom holds the subject size', () => {
  it.each(['dolly-zoom-in', 'dolly-zoom-out'])('%s keeps focal length / subject depth, and the image height of a 1.8 m figure, constant', (id) => {
    property(
      fc.record({ where: arbAimedStill(), lens: arbLens, params: arbParams(preset(id)), durationS: arbDuration, easing: arbEasing }),
      ({ where, lens, params, durationS, easing }) => {
        const shot = oneClip(id, { ...where, lens, params, durationS, easing })
        const point = subjectAt(where.subject, 0, 1).point
        const gate = gateSize(lens.sensorWidthMm, lens.sensorHeightMm, 16 / 9)
        const f0 = evalAt(shot, 0)
        const ratio0 = f0.focalLengthMm / depthAlongView(f0, point)
        const height0 = imageHeightFraction(1.8, depthAlongView(f0, point), f0.focalLengthMm, gate.heightMm)
        for (const f of frames(shot)) {
          const depth = depthAlongView(f, point)
          expect(depth).toBeGreaterThan(0)
          expect(f.focalLengthMm).toBeGreaterThan(0)
          expect(relErr(f.focalLengthMm / depth, ratio0)).toBeLessThan(1e-9)
          expect(relErr(imageHeightFraction(1.8, depth, f.focalLengthMm, gate.heightMm), height0)).toBeLessThan(1e-3)
          sameOrientation(f, where.start)
        }
      },
    )
  })

  it('dolly-zoom-in moves towards the subject and widens; dolly-zoom-out the reverse', () => {
    property(fc.record({ where: arbAimedStill(), amount: arbRange(0.05, 0.8), lens: arbLens }), ({ where, amount, lens }) => {
      const point = subjectAt(where.subject, 0, 1).point
      const d0 = distance(where.start.position, point)
      const easing: Easing = { kind: 'named', name: 'ease-in-out' }
      const zin = evalAt(oneClip('dolly-zoom-in', { ...where, lens, params: { amount }, durationS: 2, easing }), 2)
      expect(distance(zin.position, point)).toBeLessThan(d0)
      expect(zin.focalLengthMm).toBeLessThan(lens.focalLengthMm)
      const zout = evalAt(oneClip('dolly-zoom-out', { ...where, lens, params: { amount }, durationS: 2, easing }), 2)
      expect(distance(zout.position, point)).toBeGreaterThan(d0)
      expect(zout.focalLengthMm).toBeGreaterThan(lens.focalLengthMm)
    })
  })

  it('regression: an overshooting easing never drives the focal length to zero or below', () => {
    const where = { subject: { groundPosition: [0, 0, 0] as Vec3, facingDeg: 0, heightM: 1.8, aimHeightM: 1.5, path: { kind: 'still' as const } }, start: { position: [0, 1.5, 6] as Vec3, yawDeg: 0, pitchDeg: 0, rollDeg: 0 } }
    const overshoot: Easing = { kind: 'bezier', handles: [0.3, 2, 0.7, 2] }
    const undershoot: Easing = { kind: 'bezier', handles: [0.3, -1, 0.7, -1] }
    for (const [id, amount, easing] of [
      ['dolly-zoom-in', 0.8, overshoot],
      ['dolly-zoom-out', 4, undershoot],
    ] as const) {
      const shot = oneClip(id, { ...where, params: { amount }, durationS: 2, easing })
      for (const f of frames(shot, 200)) {
        expect(f.focalLengthMm, `${id} at ${f.timeS}`).toBeGreaterThan(0)
        expect(depthAlongView(f, [0, 1.5, 0])).toBeGreaterThan(0)
        expect(relErr(f.focalLengthMm / depthAlongView(f, [0, 1.5, 0]), 35 / 6)).toBeLessThan(1e-9)
      }
    }
  })

  it('regression: a subject walking past the lens plane does not make the dolly zoom jump', () => {
    // found by the continuity property: the depth fell back to the (much larger) distance below 1 mm
    const shot = oneClip('dolly-zoom-in', {
      start: { position: [0, 0.2, 0], yawDeg: 0, pitchDeg: 0, rollDeg: 0 },
      lens: { focalLengthMm: 8, sensorId: 'full-frame', sensorWidthMm: 36, sensorHeightMm: 24, focusDistanceM: null, fStop: 1.2 },
      subject: { groundPosition: [0, 0, 0], facingDeg: 0, heightM: 1.8, aimHeightM: 0.2842589238675049, path: { kind: 'arc', radiusM: 0.5, sweepDeg: -196.4886454204589 } },
      params: { amount: 0.5 },
      durationS: 4,
      easing: { kind: 'named', name: 'ease-in-out' },
    })
    let prev = evalAt(shot, 0)
    let maxStep = 0
    let maxZoomStep = 0
    for (let i = 1; i <= 40000; i++) {
      const f = evalAt(shot, i / 10000)
      maxStep = Math.max(maxStep, distance(f.position, prev.position))
      maxZoomStep = Math.max(maxZoomStep, Math.abs(Math.log(f.focalLengthMm / prev.focalLengthMm)))
      prev = f
    }
    expect(maxStep).toBeLessThan(0.01) // metres per 0.1 ms; it used to jump by metres
    expect(maxZoomStep).toBeLessThan(0.01)
  })
})

describe('moves go the way their names say', () => {
  it.each([
    ['pan-left', 1],
    ['pan-right', -1],
  ] as const)('%s brings a point on that side of the frame towards the centre', (id, side) => {
    property(
      fc.record({ start: arbStartFraming.map((p) => ({ ...p, rollDeg: 0 })), angle: arbRange(5, 170), durationS: arbDuration, easing: arbNamedEasing }),
      ({ start, angle, durationS, easing }) => {
        const shot = oneClip(id, { start, params: { angle }, durationS, easing })
        const dir = forwardVector({ ...start, yawDeg: start.yawDeg + side * angle })
        const point: Vec3 = [start.position[0] + 10 * dir[0], start.position[1] + 10 * dir[1], start.position[2] + 10 * dir[2]]
        const fs = frames(shot)
        // at the start the point is on the named side of the frame (camera-space x < 0 is left)
        expect(Math.sign(toCameraSpace(fs[0], point)[0])).toBe(-side)
        // it comes towards the centre and ends there
        for (let i = 1; i < fs.length; i++) expect(aimError(fs[i], point)).toBeLessThanOrEqual(aimError(fs[i - 1], point) + 1e-12)
        expect(aimError(fs[fs.length - 1], point)).toBeLessThan(1e-9)
      },
    )
  })

  it.each([
    ['truck-left', -1],
    ['truck-right', 1],
  ] as const)('%s travels sideways to that side of the camera, level, by exactly its distance', (id, side) => {
    property(
      fc.record({ start: arbStartFraming, distanceM: arbRange(0.1, 30), durationS: arbDuration, easing: arbNamedEasing }),
      ({ start, distanceM, durationS, easing }) => {
        const shot = oneClip(id, { start, params: { distance: distanceM }, durationS, easing })
        const fs = frames(shot)
        for (const f of fs.slice(1)) {
          const local = toCameraSpace(fs[0], f.position)
          if (distance(f.position, start.position) > 1e-9) expect(Math.sign(local[0])).toBe(side)
          expectSameNumber(f.position[1], start.position[1]) // horizontal: no rise, even with the camera tilted or rolled
        }
        expect(Math.abs(distance(fs[fs.length - 1].position, start.position) - distanceM)).toBeLessThan(1e-9)
      },
    )
  })

  it.each([
    ['orbit-left', -1],
    ['orbit-right', 1],
  ] as const)('%s moves the camera to its own side at every step', (id, side) => {
    property(
      fc.record({ where: arbAimedStill({ level: true }), angle: arbRange(5, 360), durationS: arbDuration, easing: arbNamedEasing }),
      ({ where, angle, durationS, easing }) => {
        const shot = oneClip(id, { ...where, params: { angle }, durationS, easing })
        const fs = frames(shot, 96)
        for (let i = 1; i < fs.length; i++) {
          const step = toCameraSpace(fs[i - 1], fs[i].position)
          if (distance(fs[i].position, fs[i - 1].position) > 1e-9) expect(Math.sign(step[0])).toBe(side)
        }
      },
    )
  })

  it.each([
    ['tilt-up', 1],
    ['tilt-down', -1],
  ] as const)('%s turns the view direction %s', (id, sign) => {
    property(
      fc.record({ start: arbStartFraming, angle: arbRange(1, 170), durationS: arbDuration, easing: arbNamedEasing }),
      ({ start, angle, durationS, easing }) => {
        const shot = oneClip(id, { start, params: { angle }, durationS, easing })
        const fs = frames(shot)
        for (let i = 1; i < fs.length; i++) {
          expect(sign * (fs[i].pitchDeg - fs[i - 1].pitchDeg)).toBeGreaterThanOrEqual(0)
          // while the lens has not passed the vertical, the view direction itself rises (falls)
          if (Math.abs(fs[i].pitchDeg) <= 90) expect(sign * (forwardVector(fs[i])[1] - forwardVector(fs[i - 1])[1])).toBeGreaterThanOrEqual(-1e-15)
        }
        expect(fs[fs.length - 1].pitchDeg).toBeCloseTo(start.pitchDeg + sign * angle, 9)
      },
    )
  })

  it.each([
    ['pedestal-up', 1],
    ['pedestal-down', -1],
  ] as const)('%s moves straight %s by exactly its height', (id, sign) => {
    property(
      fc.record({ start: arbStartFraming, height: arbRange(0.05, 20), durationS: arbDuration, easing: arbNamedEasing }),
      ({ start, height, durationS, easing }) => {
        const shot = oneClip(id, { start, params: { height }, durationS, easing })
        const fs = frames(shot)
        for (let i = 1; i < fs.length; i++) {
          expect(sign * (fs[i].position[1] - fs[i - 1].position[1])).toBeGreaterThanOrEqual(0)
          expectSameNumber(fs[i].position[0], start.position[0])
          expectSameNumber(fs[i].position[2], start.position[2])
        }
        expect(fs[fs.length - 1].position[1] - start.position[1]).toBeCloseTo(sign * height, 9)
      },
    )
  })

  it.each([
    ['crane-up', 1],
    ['crane-down', -1],
  ] as const)('%s travels on the jib arc (rises or sinks by L sin(angle)) and keeps an aimed subject aimed', (id, sign) => {
    property(
      fc.record({
        where: arbAimedStill(),
        armLength: arbRange(0.5, 15),
        angle: arbRange(1, 80),
        durationS: arbDuration,
        easing: arbNamedEasing,
      }),
      ({ where, armLength, angle, durationS, easing }) => {
        const point = subjectAt(where.subject, 0, 1).point
        const shot = oneClip(id, { ...where, params: { armLength, angle, aim: 'subject' }, durationS, easing })
        const fs = frames(shot)
        // the camera may not carry the aimed subject straight overhead (the level head is singular there)
        fc.pre(fs.every((f) => Math.hypot(f.position[0] - point[0], f.position[2] - point[2]) > 1e-3))
        for (let i = 1; i < fs.length; i++) {
          expect(sign * (fs[i].position[1] - fs[i - 1].position[1])).toBeGreaterThanOrEqual(-1e-12)
          expect(aimError(fs[i], point)).toBeLessThan(1e-9)
        }
        expect(fs[fs.length - 1].position[1] - where.start.position[1]).toBeCloseTo(sign * armLength * Math.sin((angle * Math.PI) / 180), 9)
      },
    )
  })

  it('crane-up draws back from the subject as the arm lifts; with the head locked the orientation never changes', () => {
    property(
      fc.record({ where: arbAimedStill({ level: true }), armLength: arbRange(0.5, 15), angle: arbRange(1, 80), lens: arbLens }),
      ({ where, armLength, angle, lens }) => {
        const point = subjectAt(where.subject, 0, 1).point
        const easing: Easing = { kind: 'named', name: 'ease-in-out' }
        const horizontal = (p: readonly number[]) => Math.hypot(p[0] - point[0], p[2] - point[2])
        const up = oneClip('crane-up', { ...where, lens, params: { armLength, angle, aim: 'subject' }, durationS: 3, easing })
        expect(horizontal(evalAt(up, 3).position)).toBeGreaterThan(horizontal(where.start.position))
        const locked = oneClip('crane-up', { ...where, lens, params: { armLength, angle, aim: 'locked' }, durationS: 3, easing })
        for (const f of frames(locked)) sameOrientation(f, where.start)
        expect(evalAt(locked, 3).position[1]).toBeGreaterThan(where.start.position[1])
      },
    )
  })

  it('top-down ends straight above the subject, looking straight down, horizon level', () => {
    property(arbSetup('top-down'), (s) => {
      const shot = oneClip('top-down', s)
      const end = evalAt(shot, shot.durationS)
      const point = subjectAt(s.subject, shot.durationS, shot.durationS).point
      const h = Number(s.params.height)
      expect(distance(end.position, [point[0], point[1] + h, point[2]])).toBeLessThan(1e-9)
      expect(end.pitchDeg).toBeCloseTo(-90, 9)
      expect(end.rollDeg).toBeCloseTo(0, 9)
      const fwd = cameraAxes(end.quaternion).forward
      expect(fwd[1]).toBeCloseTo(-1, 9)
    })
  })

  it('rack-focus changes only the focus distance, pulls it monotonically and lands on the target', () => {
    property(arbSetup('rack-focus', { easing: arbNamedEasing }), (s) => {
      const shot = oneClip('rack-focus', s)
      const fs = frames(shot)
      const target = Number(s.params.focusDistance)
      for (const f of fs) {
        samePosition(f, s.start.position)
        sameOrientation(f, s.start)
        expect(f.focalLengthMm).toBe(s.lens.focalLengthMm)
      }
      expect(relErr(fs[fs.length - 1].focusDistanceM, target)).toBeLessThan(1e-9)
      if (s.subject.path.kind === 'still') {
        const from = fs[0].focusDistanceM
        for (let i = 1; i < fs.length; i++) expect(Math.sign(target - from) * (fs[i].focusDistanceM - fs[i - 1].focusDistanceM)).toBeGreaterThanOrEqual(-1e-12 * target)
      }
    })
  })

  it('lazy-susan turns only the subject, by exactly its angle', () => {
    property(arbSetup('lazy-susan', { subject: arbStillSubject, easing: arbNamedEasing }), (s) => {
      const shot = oneClip('lazy-susan', s)
      const fs = frames(shot)
      for (const f of fs) {
        samePosition(f, s.start.position)
        sameOrientation(f, s.start)
        expect(f.focalLengthMm).toBe(s.lens.focalLengthMm)
        expect(distance(f.subject.point, subjectAt(s.subject, 0, 1).point)).toBe(0)
      }
      expect(fs[fs.length - 1].subject.facingDeg - s.subject.facingDeg).toBeCloseTo(Number(s.params.angle), 9)
    })
  })

  it('tracking with follow 1 keeps the camera-to-subject offset (and the framing) while the subject walks a line', () => {
    property(
      fc.record({
        subject: arbSubject(arbRange(0.5, 15).map((distanceM) => ({ kind: 'line' as const, distanceM }))),
        aimed: fc.boolean(),
        free: arbStartFraming,
        placement: arbAimPlacement(),
        durationS: arbDuration,
        easing: arbEasing,
      }),
      ({ subject, aimed, free, placement, durationS, easing }) => {
        const start = aimed ? aimedFramingFor(subject, placement) : free
        const shot = oneClip('tracking', { start, subject, params: { follow: 1 }, durationS, easing })
        const offset0 = sub(start.position, subjectAt(subject, 0, 1).point)
        for (const f of frames(shot)) {
          const offset = sub(f.position, f.subject.point)
          expect(distance(offset, offset0)).toBeLessThan(1e-9)
          expect(Math.abs(f.yawDeg - start.yawDeg)).toBeLessThan(1e-9)
          expect(Math.abs(f.pitchDeg - start.pitchDeg)).toBeLessThan(1e-9)
          if (aimed) expect(aimError(f, f.subject.point)).toBeLessThan(1e-9)
        }
      },
    )
  })

  it('tracking with follow 0 stays put and pans to keep an aimed subject aimed', () => {
    property(
      fc.record({ subject: arbSubject(arbSubjectPath), placement: arbAimPlacement(), durationS: arbDuration }),
      ({ subject, placement, durationS }) => {
        const start = aimedFramingFor(subject, placement)
        const shot = oneClip('tracking', { start, subject, params: { follow: 0 }, durationS, easing: { kind: 'named', name: 'linear' } })
        const fs = frames(shot)
        fc.pre(fs.every((f) => Math.hypot(f.position[0] - f.subject.point[0], f.position[2] - f.subject.point[2]) > 1e-3))
        for (const f of fs) {
          samePosition(f, start.position)
          expect(aimError(f, f.subject.point)).toBeLessThan(1e-9)
        }
      },
    )
  })

  it('bullet-time with time rate 0 freezes the walking subject while the camera orbits it', () => {
    property(
      fc.record({
        subject: arbSubject(fc.oneof(arbRange(1, 15).map((distanceM) => ({ kind: 'line' as const, distanceM })), arbSubjectPath)),
        free: arbStartFraming,
        lead: arbRange(0.2, 2),
        durationS: arbRange(0.5, 6),
        angle: arbRange(10, 360),
        direction: fc.constantFrom('left', 'right'),
        easing: arbNamedEasing,
      }),
      ({ subject, free, lead, durationS, angle, direction, easing }) => {
        const shot = buildShot({
          start: free,
          subject,
          clips: [{ preset: preset('bullet-time'), params: { angle, direction, timeRate: 0 }, startS: lead, durationS, easing }],
          durationS: lead + durationS + 1,
        })
        const frozen = subjectAt(subject, lead, shot.durationS).point
        const d0 = distance(free.position, frozen)
        for (let i = 0; i <= 24; i++) {
          const f = evalAt(shot, lead + (durationS * i) / 24)
          expect(f.sceneTimeS).toBeCloseTo(lead, 12)
          expect(distance(f.subject.point, frozen)).toBeLessThan(1e-12)
          expect(relErr(distance(f.position, frozen), d0)).toBeLessThan(1e-9)
        }
        // the camera really went round, by the sweep, in its direction (signed angle about +Y, seen from above)
        const v0 = sub(free.position, frozen)
        const v1 = sub(evalAt(shot, lead + durationS).position, frozen)
        fc.pre(Math.hypot(v0[0], v0[2]) > 1e-3)
        const turned = Math.atan2(v0[2] * v1[0] - v0[0] * v1[2], v0[0] * v1[0] + v0[2] * v1[2]) * RAD_TO_DEG
        const expected = wrap((direction === 'left' ? -1 : 1) * angle)
        expect(Math.abs(wrap(turned - expected))).toBeLessThan(1e-6)
        // after the move, time runs again from where it stopped
        expect(evalAt(shot, lead + durationS + 0.5).sceneTimeS).toBeCloseTo(lead + 0.5, 12)
      },
    )
  })

  it('fpv-drone banks into its turn (left turn: left side down) and turns by exactly its heading change', () => {
    property(
      fc.record({
        start: arbStartFraming.map((p) => ({ ...p, pitchDeg: 0, rollDeg: 0 })),
        speed: arbRange(0.5, 40),
        turn: fc.oneof(arbRange(-270, -5), arbRange(5, 270)),
        climb: arbRange(-30, 30),
        bank: arbRange(0.1, 2),
        durationS: arbRange(0.5, 12),
        easing: arbNamedEasing,
      }),
      ({ start, speed, turn, climb, bank, durationS, easing }) => {
        const shot = oneClip('fpv-drone', { start, params: { speed, turn, climb, bank }, durationS, easing })
        const mid = evalAt(shot, durationS / 2)
        expect(Math.sign(mid.rollDeg)).toBe(Math.sign(turn))
        // roll > 0 lifts the camera's right side: the camera leans into a left (positive) turn
        expect(Math.sign(cameraAxes(mid.quaternion).right[1])).toBe(Math.sign(turn))
        // bank = atan(v * omega / g) times the bank factor, at its peak mid-move
        const omega = ((turn * Math.PI) / 180) / durationS
        expect(mid.rollDeg).toBeCloseTo(Math.atan((speed * omega) / 9.81) * RAD_TO_DEG * bank, 9)
        const end = evalAt(shot, durationS)
        expect(end.yawDeg - start.yawDeg).toBeCloseTo(turn, 9)
        expect(end.rollDeg).toBeCloseTo(0, 9)
        // a left turn ends up to the camera's left of where a straight flight would
        expect(Math.sign(toCameraSpace(evalAt(shot, 0), end.position)[0])).toBe(-Math.sign(turn))
        expect(end.position[1] - start.position[1]).toBeCloseTo(climb, 9)
      },
    )
  })
})

describe('handheld', () => {
  const arbHandheld = fc.record({
    start: arbStartFraming,
    positionAmplitude: arbRange(0.5, 20),
    rotationAmplitude: arbRange(0.2, 5),
    frequency: arbRange(0.1, 6),
    seed: fc.integer({ min: 0, max: 99999 }),
    durationS: arbRange(1, 10),
  })
  const handheldParams = (h: { positionAmplitude: number; rotationAmplitude: number; frequency: number; seed: number }) => ({
    positionAmplitude: h.positionAmplitude,
    rotationAmplitude: h.rotationAmplitude,
    frequency: h.frequency,
    seed: h.seed,
  })

  it('the same seed gives the identical take; another seed a different one', () => {
    property(fc.tuple(arbHandheld, fc.integer({ min: 0, max: 99999 })), ([h, other]) => {
      fc.pre(other !== h.seed)
      const make = (seed: number) =>
        oneClip('handheld', { start: h.start, params: { ...handheldParams(h), seed }, durationS: h.durationS, easing: { kind: 'named', name: 'linear' } })
      const a = frames(make(h.seed), 24)
      expect(frames(make(h.seed), 24)).toStrictEqual(a)
      const b = frames(make(other), 24)
      const maxDiff = Math.max(...a.map((f, i) => Math.max(distance(f.position, b[i].position), Math.abs(f.yawDeg - b[i].yawDeg))))
      expect(maxDiff).toBeGreaterThan(1e-6)
    })
  })

  it('stays within a few times its amplitudes and settles back to the start framing at the end', () => {
    property(arbHandheld, (h) => {
      const shot = oneClip('handheld', { start: h.start, params: handheldParams(h), durationS: h.durationS, easing: { kind: 'named', name: 'linear' } })
      for (const f of frames(shot, 96)) {
        // each noise channel is a unit-RMS sum of four sines: its peak is below 2 sqrt(2)
        for (let i = 0; i < 3; i++) expect(Math.abs(f.position[i] - h.start.position[i])).toBeLessThan((2.9 * h.positionAmplitude) / 100)
        expect(Math.abs(f.yawDeg - h.start.yawDeg)).toBeLessThan(2.9 * h.rotationAmplitude)
        expect(Math.abs(f.pitchDeg - h.start.pitchDeg)).toBeLessThan(2.9 * h.rotationAmplitude)
        expect(Math.abs(f.rollDeg - h.start.rollDeg)).toBeLessThan(2.9 * h.rotationAmplitude)
      }
      const end = evalAt(shot, h.durationS)
      samePosition(end, h.start.position)
      sameOrientation(end, h.start)
    })
  })
})

describe('library order', () => {
  it('labels sort as the locale would (compareLabels instead of localeCompare, for startup)', () => {
    const labels = PRESETS.map((p) => p.label)
    expect([...labels].sort(compareLabels)).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')))
  })
})
