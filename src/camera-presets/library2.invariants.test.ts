/**
 * What the moves named after the rival tools' vocabulary (issue 13) must do, in film terms.
 * Property-based like invariants.test.ts: random parameters, framings, lenses, easings and subjects;
 * one clip per shot, evaluated through the real timeline.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { type CameraPose, forwardVector, horizontalRightVector } from '../core/camera/pose'
import type { Easing } from '../core/math/easing'
import { type Vec3, distance, sub } from '../core/math/vec3'
import type { ShotFrame } from '../timeline/evaluate'
import type { LensSetup, Shot } from '../timeline/model'
import type { ParamValues } from '../timeline/params'
import { type SubjectSpec, subjectAt } from '../timeline/subject'
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
import { aimError, buildShot, evalAt, toCameraSpace, expectSameNumber } from '../test/shots'
import { ROBO_ARM_MAX_HOLD_SHARE } from './presets/robo-arm'
import { PRESETS, getPreset } from './registry'
import type { CameraPreset } from './types'

vi.setConfig({ testTimeout: 60_000 })

const RUNS = 40
const linear: Easing = { kind: 'named', name: 'linear' }

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

const oneClip = (id: string, s: Setup): Shot =>
  buildShot({ start: s.start, lens: s.lens, subject: s.subject, clips: [{ preset: preset(id), params: s.params, durationS: s.durationS, easing: s.easing }] })
const frames = (shot: Shot, n = 48): ShotFrame[] => Array.from({ length: n + 1 }, (_, i) => evalAt(shot, (shot.durationS * i) / n))
const property = <T,>(arb: fc.Arbitrary<T>, check: (v: T) => void, numRuns = RUNS) => fc.assert(fc.property(arb, check), { numRuns })
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)
const sameOrientation = (f: ShotFrame, o: CameraPose) => {
  expectSameNumber(f.yawDeg, o.yawDeg)
  expectSameNumber(f.pitchDeg, o.pitchDeg)
  expectSameNumber(f.rollDeg, o.rollDeg)
}
const samePose = (a: ShotFrame, b: ShotFrame, tol = 1e-12) => {
  expect(distance(a.position, b.position)).toBeLessThanOrEqual(tol)
  for (const k of ['yawDeg', 'pitchDeg', 'rollDeg'] as const) expect(Math.abs(a[k] - b[k])).toBeLessThanOrEqual(tol)
}
const horizontal = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[2] - b[2])
const arbAimedStill = (opts: { level?: boolean } = {}) =>
  fc.tuple(arbStillSubject, arbAimPlacement(opts)).map(([subject, placement]) => ({ subject, start: aimedFramingFor(subject, placement) }))
const arbAnyStart = (subject: fc.Arbitrary<SubjectSpec>) =>
  fc.tuple(subject, fc.boolean(), arbStartFraming, arbAimPlacement()).map(([subj, aimed, free, placement]) => ({ subject: subj, start: aimed ? aimedFramingFor(subj, placement) : free }))

const NEW_IDS = [
  'snorricam', 'through-object-in', 'through-object-out', 'robo-arm', 'yoyo-zoom', 'double-dolly', 'super-dolly-in', 'super-dolly-out', 'jib-up', 'jib-down',
  'levitation', 'rotation-3d', 'hero-cam', 'object-pov', 'head-tracking', 'action-run', 'aerial-pullback', 'worms-eye', 'birds-eye', 'wiggle', 'incline', 'car-grip', 'car-chase',
]

describe('the library', () => {
  it('has every named move of issue 13 under its agreed id, each with a description and physical parameter units', () => {
    for (const id of NEW_IDS) {
      const p = preset(id)
      expect(p.description.length, id).toBeGreaterThan(60)
      for (const spec of p.params) if (spec.kind === 'number') expect(spec.unit, `${id}.${spec.name}`).toBeTruthy()
    }
  })
  it('declares a moving subject for exactly the follow moves, at a walking, running or driving pace', () => {
    const declared = PRESETS.filter((p) => p.subjectMoves).map((p) => [p.id, p.subjectMoves!.pace])
    expect(Object.fromEntries(declared)).toEqual({ tracking: 'walk', 'head-tracking': 'walk', 'action-run': 'run', 'car-grip': 'drive', 'car-chase': 'drive' })
    const speed = (id: string) => preset(id).subjectMoves!.speedMps
    expect(speed('action-run')).toBeGreaterThan(speed('head-tracking'))
    expect(Math.min(speed('car-grip'), speed('car-chase'))).toBeGreaterThan(speed('action-run'))
  })
})

describe('rigged to the subject', () => {
  it('snorricam keeps the subject at a fixed place in the image whatever the subject does', () => {
    property(
      fc.record({ where: arbAnyStart(arbSubject()), lens: arbLens, params: arbParams(preset('snorricam')), durationS: arbDuration, easing: arbEasing }),
      ({ where, lens, params, durationS, easing }) => {
        const shot = oneClip('snorricam', { ...where, lens, params, durationS, easing })
        const fs = frames(shot)
        const at0 = toCameraSpace(fs[0], fs[0].subject.point)
        const scale = Math.max(1, Math.hypot(...at0))
        for (const f of fs) expect(distance(toCameraSpace(f, f.subject.point), at0) / scale).toBeLessThan(1e-9)
      },
    )
  })

  it('snorricam with the actor turning swings the world: the camera turns by the turn (no sway)', () => {
    property(
      fc.record({ where: arbAimedStill({ level: true }), turn: arbRange(-360, 360), durationS: arbDuration, easing: arbNamedEasing }),
      ({ where, turn, durationS, easing }) => {
        const shot = oneClip('snorricam', { ...where, params: { turn, sway: 0 }, durationS, easing })
        expect(evalAt(shot, durationS).yawDeg - where.start.yawDeg).toBeCloseTo(turn, 9)
      },
    )
  })

  it.each(['car-grip', 'snorricam'])('%s without shake or sway carries the camera rigidly with the subject on any path: a fixed offset in its own frame', (id) => {
    property(
      fc.record({ where: arbAnyStart(arbSubject(arbSubjectPath)), durationS: arbDuration, easing: arbEasing }),
      ({ where, durationS, easing }) => {
        const quiet: ParamValues = id === 'car-grip' ? { vibration: 0, buzz: 0 } : { turn: 0, sway: 0 }
        const shot = oneClip(id, { ...where, params: quiet, durationS, easing })
        const s0 = subjectAt(where.subject, 0, 1)
        const offset0 = sub(where.start.position, s0.point)
        for (const f of frames(shot)) {
          const turned = f.subject.facingDeg - s0.facingDeg
          // the offset seen in the subject's own frame (turned back by its turn) never changes
          const a = (-turned * Math.PI) / 180
          const o = sub(f.position, f.subject.point)
          const back: Vec3 = [o[0] * Math.cos(a) + o[2] * Math.sin(a), o[1], -o[0] * Math.sin(a) + o[2] * Math.cos(a)]
          expect(distance(back, offset0)).toBeLessThan(1e-9)
          expect(Math.abs(f.yawDeg - where.start.yawDeg - turned)).toBeLessThan(1e-9)
          expectSameNumber(f.pitchDeg, where.start.pitchDeg)
          expectSameNumber(f.rollDeg, where.start.rollDeg)
        }
      },
    )
  })
})

describe('follow moves with an operator or a road in them', () => {
  it.each(['head-tracking', 'action-run', 'car-chase'])('%s without shake and at full follow keeps the offset to a walking subject, like tracking', (id) => {
    property(
      fc.record({
        subject: arbSubject(arbRange(0.5, 40).map((distanceM) => ({ kind: 'line' as const, distanceM }))),
        placement: arbAimPlacement(),
        durationS: arbDuration,
        easing: arbEasing,
      }),
      ({ subject, placement, durationS, easing }) => {
        const start = aimedFramingFor(subject, placement)
        const quiet: ParamValues = id === 'car-chase' ? { vibration: 0, buzz: 0 } : { sway: 0, wobble: 0 }
        const shot = oneClip(id, { start, subject, params: { ...quiet, follow: 1 }, durationS, easing })
        const offset0 = sub(start.position, subjectAt(subject, 0, 1).point)
        for (const f of frames(shot)) {
          expect(distance(sub(f.position, f.subject.point), offset0)).toBeLessThan(1e-9)
          expect(aimError(f, f.subject.point)).toBeLessThan(1e-9)
        }
      },
    )
  })

  it.each(['head-tracking', 'action-run', 'car-chase', 'car-grip'])('%s shakes during the move and lands exactly on its steady path', (id) => {
    property(
      fc.record({ where: arbAnyStart(arbSubject()), durationS: arbRange(1, 10), seed: fc.integer({ min: 0, max: 99999 }) }),
      ({ where, durationS, seed }) => {
        const p = preset(id)
        const loud = Object.fromEntries(p.params.filter((s) => s.kind === 'number' && s.name !== 'follow').map((s) => [s.name, s.kind === 'number' ? s.default : 0]))
        const quiet = Object.fromEntries(Object.keys(loud).map((k) => [k, k === 'seed' ? seed : k === 'gait' || k === 'road' ? loud[k] : 0]))
        const shaky = oneClip(id, { ...where, params: { ...loud, seed }, durationS, easing: linear })
        const steady = oneClip(id, { ...where, params: quiet, durationS, easing: linear })
        samePose(evalAt(shaky, durationS), evalAt(steady, durationS), 1e-9)
        const diff = Math.max(...frames(shaky, 24).map((f, i) => distance(f.position, frames(steady, 24)[i].position)))
        expect(diff).toBeGreaterThan(1e-5)
      },
      20,
    )
  })
})

describe('timed moves', () => {
  it('robo-arm sweeps, lands, and holds dead still for its hold', () => {
    property(
      fc.record({ where: arbAimedStill({ level: true }), params: arbParams(preset('robo-arm')), durationS: arbRange(0.5, 10) }),
      ({ where, params, durationS }) => {
        const shot = oneClip('robo-arm', { ...where, params, durationS, easing: linear })
        const hold = Math.min(Number(params.hold), ROBO_ARM_MAX_HOLD_SHARE * durationS)
        const end = evalAt(shot, durationS)
        for (let i = 0; i <= 8; i++) samePose(evalAt(shot, durationS - hold + (hold * i) / 8), end, 1e-9)
        // constant distance to the subject and an aimed subject stays aimed
        const point = subjectAt(where.subject, 0, 1).point
        for (const f of frames(shot, 24)) expect(aimError(f, point)).toBeLessThan(1e-9)
        // it really moved before the hold
        if (Number(params.angle) > 1) expect(distance(end.position, where.start.position)).toBeGreaterThan(1e-6)
      },
    )
  })

  it('yoyo-zoom zooms in by its ratio and comes back to the focal length it started on, never moving the camera', () => {
    property(
      fc.record({ where: arbAnyStart(arbSubject()), lens: arbLens, params: arbParams(preset('yoyo-zoom')), durationS: arbDuration }),
      ({ where, lens, params, durationS }) => {
        const shot = oneClip('yoyo-zoom', { ...where, lens, params, durationS, easing: linear })
        for (const f of frames(shot)) {
          expect(f.position).toEqual(where.start.position)
          sameOrientation(f, where.start)
          expect(f.focalLengthMm).toBeGreaterThanOrEqual(lens.focalLengthMm * (1 - 1e-12))
          expect(f.focalLengthMm).toBeLessThanOrEqual(lens.focalLengthMm * Number(params.ratio) * (1 + 1e-12))
        }
        expect(relErr(evalAt(shot, durationS).focalLengthMm, lens.focalLengthMm)).toBeLessThan(1e-12)
        const firstPeak = durationS / (2 * Number(params.cycles))
        expect(relErr(evalAt(shot, firstPeak).focalLengthMm, lens.focalLengthMm * Number(params.ratio))).toBeLessThan(1e-9)
      },
    )
  })

  it('double-dolly pushes twice: half the distance, a dead stop, then the other half, along the lens axis', () => {
    property(
      fc.record({ start: arbStartFraming, distance: arbRange(0.1, 30), durationS: arbRange(0.5, 10) }),
      ({ start, distance: d, durationS }) => {
        const shot = oneClip('double-dolly', { start, params: { distance: d }, durationS, easing: linear })
        const along = (f: ShotFrame) => {
          const v = sub(f.position, start.position)
          const fwd = forwardVector(start)
          return v[0] * fwd[0] + v[1] * fwd[1] + v[2] * fwd[2]
        }
        const fs = frames(shot)
        for (let i = 1; i < fs.length; i++) expect(along(fs[i])).toBeGreaterThanOrEqual(along(fs[i - 1]) - 1e-9)
        expect(along(evalAt(shot, durationS / 2))).toBeCloseTo(d / 2, 9)
        expect(along(evalAt(shot, durationS))).toBeCloseTo(d, 9)
        // the beat between the pushes: almost no travel around the middle, much more in the middle of a push
        const h = durationS / 100
        const atBeat = along(evalAt(shot, durationS / 2 + h)) - along(evalAt(shot, durationS / 2 - h))
        const midPush = along(evalAt(shot, durationS / 4 + h)) - along(evalAt(shot, durationS / 4 - h))
        expect(atBeat).toBeLessThan(0.01 * midPush)
      },
    )
  })

  it.each([
    ['super-dolly-in', 1],
    ['super-dolly-out', -1],
  ] as const)('%s travels exactly its distance along the lens axis', (id, sign) => {
    property(fc.record({ start: arbStartFraming, distance: arbRange(0, 60), durationS: arbDuration, easing: arbNamedEasing }), ({ start, distance: d, durationS, easing }) => {
      const end = evalAt(oneClip(id, { start, params: { distance: d }, durationS, easing }), durationS)
      const v = sub(end.position, start.position)
      const fwd = forwardVector(start)
      expect(v[0] * fwd[0] + v[1] * fwd[1] + v[2] * fwd[2]).toBeCloseTo(sign * d, 9)
      expect(distance(end.position, start.position)).toBeCloseTo(d, 9)
    })
  })

  it.each([
    ['through-object-in', 1, 'openingAt'],
    ['through-object-out', -1, 'openingBehind'],
  ] as const)('%s passes exactly through the opening on the lens axis and carries on beyond it', (id, sign, openingName) => {
    property(fc.record({ start: arbStartFraming, params: arbParams(preset(id)), durationS: arbDuration, easing: arbNamedEasing }), ({ start, params, durationS, easing }) => {
      const shot = oneClip(id, { start, params, durationS, easing })
      const opening = Number(params[openingName])
      const total = opening + Number(params.beyond)
      const fwd = forwardVector(start)
      const openingPoint: Vec3 = [start.position[0] + sign * fwd[0] * opening, start.position[1] + sign * fwd[1] * opening, start.position[2] + sign * fwd[2] * opening]
      const end = evalAt(shot, durationS)
      // the path is the straight segment start -> end, and the opening lies on it
      expect(distance(end.position, start.position)).toBeCloseTo(total, 9)
      expect(Math.abs(distance(start.position, openingPoint) + distance(openingPoint, end.position) - total)).toBeLessThan(1e-9)
    })
  })
})

describe('vertical and tilting moves', () => {
  it.each([
    ['jib-up', 1],
    ['jib-down', -1],
  ] as const)('%s swings a short arm (rises or sinks by L sin(angle)) and tilts the head the other way by its tilt', (id, sign) => {
    property(
      fc.record({ start: arbStartFraming, armLength: arbRange(0.3, 3), angle: arbRange(1, 80), tilt: arbRange(0, 45), durationS: arbDuration, easing: arbNamedEasing }),
      ({ start, armLength, angle, tilt, durationS, easing }) => {
        const shot = oneClip(id, { start, params: { armLength, angle, tilt, aim: 'tilt' }, durationS, easing })
        const end = evalAt(shot, durationS)
        expect(end.position[1] - start.position[1]).toBeCloseTo(sign * armLength * Math.sin((angle * Math.PI) / 180), 9)
        expect(end.pitchDeg - start.pitchDeg).toBeCloseTo(-sign * tilt, 9)
        expectSameNumber(end.yawDeg, start.yawDeg)
        expectSameNumber(end.rollDeg, start.rollDeg)
      },
    )
  })

  it.each(['jib-up', 'jib-down'])('%s with the head on the subject keeps an aimed subject aimed', (id) => {
    property(
      fc.record({ where: arbAimedStill(), armLength: arbRange(0.3, 3), angle: arbRange(1, 80), durationS: arbDuration, easing: arbNamedEasing }),
      ({ where, armLength, angle, durationS, easing }) => {
        const point = subjectAt(where.subject, 0, 1).point
        const fs = frames(oneClip(id, { ...where, params: { armLength, angle, aim: 'subject' }, durationS, easing }))
        fc.pre(fs.every((f) => horizontal(f.position, point) > 1e-3))
        for (const f of fs) expect(aimError(f, point)).toBeLessThan(1e-9)
      },
    )
  })

  it('levitation rises straight up by its height and tilts down by its tilt, nothing else', () => {
    property(fc.record({ start: arbStartFraming, params: arbParams(preset('levitation')), durationS: arbDuration, easing: arbNamedEasing }), ({ start, params, durationS, easing }) => {
      const fs = frames(oneClip('levitation', { start, params, durationS, easing }))
      for (let i = 1; i < fs.length; i++) {
        expectSameNumber(fs[i].position[0], start.position[0])
        expectSameNumber(fs[i].position[2], start.position[2])
        expect(fs[i].position[1]).toBeGreaterThanOrEqual(fs[i - 1].position[1] - 1e-12)
        expect(fs[i].pitchDeg).toBeLessThanOrEqual(fs[i - 1].pitchDeg + 1e-12)
        expectSameNumber(fs[i].yawDeg, start.yawDeg)
      }
      const end = fs[fs.length - 1]
      expect(end.position[1] - start.position[1]).toBeCloseTo(Number(params.height), 9)
      expect(end.pitchDeg - start.pitchDeg).toBeCloseTo(-Number(params.tilt), 9)
    })
  })

  it('incline travels level by its distance while the head tilts by its tilt', () => {
    property(fc.record({ start: arbStartFraming, params: arbParams(preset('incline')), durationS: arbDuration, easing: arbNamedEasing }), ({ start, params, durationS, easing }) => {
      const fs = frames(oneClip('incline', { start, params, durationS, easing }))
      for (const f of fs) {
        expectSameNumber(f.position[1], start.position[1])
        expectSameNumber(f.yawDeg, start.yawDeg)
        expectSameNumber(f.rollDeg, start.rollDeg)
      }
      const end = fs[fs.length - 1]
      expect(horizontal(end.position, start.position)).toBeCloseTo(Number(params.distance), 9)
      expect(end.pitchDeg - start.pitchDeg).toBeCloseTo(Number(params.tilt), 9)
    })
  })

  it('rotation-3d climbs over the subject while it circles it', () => {
    property(
      fc.record({ where: arbAimedStill({ level: true }), params: arbParams(preset('rotation-3d')), durationS: arbDuration }),
      ({ where, params, durationS }) => {
        fc.pre(Number(params.rise) > 1)
        const point = subjectAt(where.subject, 0, 1).point
        const elevation = (f: ShotFrame) => Math.atan2(f.position[1] - point[1], horizontal(f.position, point))
        const fs = frames(oneClip('rotation-3d', { ...where, params, durationS, easing: { kind: 'named', name: 'ease-in-out' } }))
        for (let i = 1; i < fs.length; i++) expect(elevation(fs[i])).toBeGreaterThanOrEqual(elevation(fs[i - 1]) - 1e-12)
        expect(elevation(fs[fs.length - 1])).toBeGreaterThan(elevation(fs[0]))
      },
    )
  })
})

describe('framings reached by a move', () => {
  it.each([
    ['worms-eye', (p: ParamValues) => ({ distanceM: Number(p.distance), heightM: Number(p.lensHeight) })],
    ['birds-eye', (p: ParamValues) => ({ distanceM: Number(p.distance), heightM: Number(p.height) })],
    ['object-pov', (p: ParamValues) => ({ distanceM: Number(p.distance), heightM: Number(p.height) })],
  ] as const)('%s ends at its place (ground distance from the subject, lens height) and an aimed subject stays aimed', (id, place) => {
    property(
      fc.record({ where: arbAimedStill(), params: arbParams(preset(id)), durationS: arbDuration, easing: arbNamedEasing }),
      ({ where, params, durationS, easing }) => {
        const point = subjectAt(where.subject, 0, 1).point
        fc.pre(horizontal(where.start.position, point) > 1e-3)
        const shot = oneClip(id, { ...where, params, durationS, easing })
        const end = evalAt(shot, durationS)
        const target = place(params)
        expect(horizontal(end.position, point)).toBeCloseTo(target.distanceM, 9)
        expect(end.position[1]).toBeCloseTo(target.heightM, 9)
        for (const f of frames(shot)) expect(aimError(f, point)).toBeLessThan(1e-9)
      },
    )
  })

  it("worm's-eye looks up at a standing figure; bird's-eye looks down on it", () => {
    const subject: SubjectSpec = { groundPosition: [0, 0, 0], facingDeg: 0, heightM: 1.8, aimHeightM: 1.5, path: { kind: 'still' } }
    const start = aimedFramingFor(subject, { distanceM: 5, azimuthDeg: 0, elevationDeg: 0, rollDeg: 0 })
    const worm = evalAt(oneClip('worms-eye', { start, subject, params: {}, durationS: 3, easing: linear }), 3)
    const bird = evalAt(oneClip('birds-eye', { start, subject, params: {}, durationS: 3, easing: linear }), 3)
    expect(worm.pitchDeg).toBeGreaterThan(30)
    expect(bird.pitchDeg).toBeLessThan(-60)
  })

  it('hero-cam closes in on the subject along the ground and rises, keeping an aimed subject aimed', () => {
    property(
      fc.record({ where: arbAimedStill(), params: arbParams(preset('hero-cam')), durationS: arbDuration, easing: arbNamedEasing }),
      ({ where, params, durationS, easing }) => {
        const point = subjectAt(where.subject, 0, 1).point
        const r0 = horizontal(where.start.position, point)
        fc.pre(r0 > 1e-3)
        const shot = oneClip('hero-cam', { ...where, params, durationS, easing })
        const end = evalAt(shot, durationS)
        expect(horizontal(end.position, point) / r0).toBeCloseTo(1 - Number(params.push), 9)
        expect(end.position[1] - where.start.position[1]).toBeCloseTo(Number(params.rise), 9)
        for (const f of frames(shot)) expect(aimError(f, point)).toBeLessThan(1e-9)
      },
    )
  })

  it('aerial-pullback ends farther back along the ground and higher, accelerating, with an aimed subject still aimed', () => {
    property(
      fc.record({ where: arbAimedStill({ level: true }), pullBack: arbRange(1, 300), rise: arbRange(1, 200), durationS: arbRange(1, 12) }),
      ({ where, pullBack, rise, durationS }) => {
        const point = subjectAt(where.subject, 0, 1).point
        const shot = oneClip('aerial-pullback', { ...where, params: { pullBack, rise }, durationS, easing: preset('aerial-pullback').defaultEasing })
        const fs = frames(shot)
        const end = fs[fs.length - 1]
        expect(horizontal(end.position, point)).toBeCloseTo(horizontal(where.start.position, point) + pullBack, 6)
        expect(end.position[1]).toBeCloseTo(where.start.position[1] + rise, 9)
        for (const f of fs) expect(aimError(f, point)).toBeLessThan(1e-9)
        // accelerating: the second half covers more ground than the first
        const mid = evalAt(shot, durationS / 2)
        expect(distance(end.position, mid.position)).toBeGreaterThan(distance(mid.position, where.start.position))
      },
    )
  })
})

describe('wiggle', () => {
  it('oscillates side to side along the camera right only, within its amplitude, and ends where it began', () => {
    property(fc.record({ start: arbStartFraming, params: arbParams(preset('wiggle')), durationS: arbDuration }), ({ start, params, durationS }) => {
      const shot = oneClip('wiggle', { start, params, durationS, easing: linear })
      const right = horizontalRightVector(start)
      for (const f of frames(shot, 96)) {
        const v = sub(f.position, start.position)
        const along = v[0] * right[0] + v[1] * right[1] + v[2] * right[2]
        expect(distance(v, [right[0] * along, right[1] * along, right[2] * along])).toBeLessThan(1e-12)
        expect(Math.abs(along)).toBeLessThanOrEqual(Number(params.amplitude) / 100 + 1e-12)
        expect(Math.abs(f.yawDeg - start.yawDeg)).toBeLessThanOrEqual(Number(params.angle) + 1e-12)
        expectSameNumber(f.pitchDeg, start.pitchDeg)
      }
      samePose(evalAt(shot, durationS), evalAt(shot, 0), 0)
    })
  })
})
