/**
 * Timeline behaviour: clips in sequence hand the camera on without a jump, overlapping clips combine,
 * time is clamped, sampling is on the frame grid; easing curves and subject paths.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { forwardVector } from '../core/camera/pose'
import { type BezierHandles, EASING_NAMES, type NAMED_EASINGS, evaluateBezier, evaluateEasing, isValidBezier, namedEasing } from '../core/math/easing'
import { type Vec3, distance, sub } from '../core/math/vec3'
import { DEG_TO_RAD, RAD_TO_DEG } from '../core/units'
import { PRESETS, getPreset } from '../camera-presets/registry'
import { presetRegistry } from '../camera-presets/registry'
import type { CameraPreset } from '../camera-presets/types'
import {
  aimedFramingFor,
  arbAimPlacement,
  arbBezierHandles,
  arbDuration,
  arbEasing,
  arbLens,
  arbNamedEasing,
  arbParams,
  arbRange,
  arbStartFraming,
  arbStillSubject,
  arbSubject,
} from '../test/arbitraries'
import { AIM_HOLDING_PRESETS, aimError, angleBetween, buildShot, evalAt, quatAngle } from '../test/shots'
import { DEFAULT_START } from './defaults'
import { evaluateShot, type ShotFrame } from './evaluate'
import { SHOT_FPS_CHOICES, type Shot } from './model'
import { frameCount, sampleShot, shotStartTimes } from './sample'
import { type SubjectSpec, subjectAt } from './subject'

// property runs stop shrinking after 20 s (src/test/arbitraries.ts); give them room on a loaded machine
vi.setConfig({ testTimeout: 60_000 })

const RUNS = 60
const preset = (id: string): CameraPreset => getPreset(id)!
const wrap = (a: number) => ((((a + 180) % 360) + 360) % 360) - 180

/** Presets that re-aim at the subject with a level horizon (singular with the subject straight above or below). */
const AIM_HOLDING = AIM_HOLDING_PRESETS

/** Pose distance in every channel: metres, radians, degrees (yaw and roll modulo whole turns) and focal ratio. */
const poseGap = (a: ShotFrame, b: ShotFrame) => ({
  position: distance(a.position, b.position),
  rotation: quatAngle(a.quaternion, b.quaternion),
  aim: angleBetween(forwardVector(a), forwardVector(b)),
  euler: Math.max(Math.abs(wrap(a.yawDeg - b.yawDeg)), Math.abs(a.pitchDeg - b.pitchDeg), Math.abs(wrap(a.rollDeg - b.rollDeg))),
  focal: Math.abs(a.focalLengthMm / b.focalLengthMm - 1),
})

describe('clips in sequence', () => {
  const arbPairWith = (subject: fc.Arbitrary<SubjectSpec>) =>
    fc.record({ a: fc.constantFrom(...PRESETS), b: fc.constantFrom(...PRESETS) }).chain(({ a, b }) =>
      fc.record({
        a: fc.constant(a),
        b: fc.constant(b),
        paramsA: arbParams(a),
        paramsB: arbParams(b),
        durationA: arbDuration,
        durationB: arbDuration,
        easingA: fc.oneof(fc.constant(a.defaultEasing), arbNamedEasing),
        easingB: fc.oneof(fc.constant(b.defaultEasing), arbNamedEasing),
        subject,
        aimed: fc.boolean(),
        free: arbStartFraming,
        placement: arbAimPlacement(),
        lens: arbLens,
      }),
    )

  const arbPair = arbPairWith(arbStillSubject)
  type Pair = typeof arbPair extends fc.Arbitrary<infer T> ? T : never
  const shotOf = (v: Pair): Shot =>
    buildShot({
      start: v.aimed ? aimedFramingFor(v.subject, v.placement) : v.free,
      lens: v.lens,
      subject: v.subject,
      clips: [
        { preset: v.a, params: v.paramsA, startS: 0, durationS: v.durationA, easing: v.easingA },
        { preset: v.b, params: v.paramsB, startS: v.durationA, durationS: v.durationB, easing: v.easingB },
      ],
    })

  /** Leave out joins where an aim-holding move starts with the subject straight above or below the camera (see presets.prop.test.ts). */
  const nearAimPole = (shot: Shot, f: ShotFrame, ids: readonly string[]) =>
    ids.some((id) => AIM_HOLDING.has(id)) &&
    [f.position, shot.start.position].some((p) => Math.hypot(p[0] - f.subject.point[0], p[2] - f.subject.point[2]) < 0.01)

  it('are continuous in position, orientation, aim and lens at the join (the subject may be walking)', () => {
    fc.assert(
      fc.property(arbPairWith(arbSubject()), (v) => {
        const shot = shotOf(v)
        const join = v.durationA
        const at = evalAt(shot, join)
        fc.pre(!nearAimPole(shot, at, [v.a.id, v.b.id]))
        const before = evalAt(shot, join - 1e-11)
        const after = evalAt(shot, join + 1e-11)
        // a very fast move (an orbit 300 m out, or a climb to 90 m in a tenth of a second with the subject
        // 1.5 m away) really travels ~1e-6 (m or degrees) in 1e-11 s: allow each measure that much on top
        // (a jump J estimates a speed of J / 1e-8 s and adds only J / 500)
        const gapOver = (dt: number) => poseGap(evalAt(shot, join + dt), at)
        const [early, late] = [gapOver(-1e-8), gapOver(1e-8)]
        const slack = (measure: keyof ReturnType<typeof poseGap>) => 2e-11 * Math.max(early[measure], late[measure]) / 1e-8
        for (const other of [before, after]) {
          const gap = poseGap(other, at)
          expect(gap.position, `${v.a.id} -> ${v.b.id}`).toBeLessThan(1e-6 + slack('position'))
          expect(gap.rotation, `${v.a.id} -> ${v.b.id}`).toBeLessThan(1e-6 + slack('rotation'))
          expect(gap.aim, `${v.a.id} -> ${v.b.id}`).toBeLessThan(1e-6 + slack('aim'))
          expect(gap.euler, `${v.a.id} -> ${v.b.id}`).toBeLessThan(1e-6 + slack('euler'))
          expect(gap.focal, `${v.a.id} -> ${v.b.id}`).toBeLessThan(1e-6)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('the second move starts from where the first left the camera', () => {
    fc.assert(
      fc.property(arbPair, (v) => {
        const shot = shotOf(v)
        const join = v.durationA
        const atJoin = evalAt(shot, join)
        fc.pre(!nearAimPole(shot, atJoin, [v.a.id, v.b.id]))
        // the same second move alone, in a shot that starts framed and lensed where the first move ended
        const alone = buildShot({
          start: { position: atJoin.position, yawDeg: atJoin.yawDeg, pitchDeg: atJoin.pitchDeg, rollDeg: atJoin.rollDeg },
          lens: { ...v.lens, focalLengthMm: atJoin.focalLengthMm, focusDistanceM: v.a.id === 'rack-focus' ? atJoin.focusDistanceM : v.lens.focusDistanceM },
          subject: v.subject,
          clips: [{ preset: v.b, params: v.paramsB, startS: 0, durationS: v.durationB, easing: v.easingB }],
        })
        for (let i = 0; i <= 12; i++) {
          const tau = (v.durationB * i) / 12
          const combined = evalAt(shot, join + tau)
          const single = evalAt(alone, tau)
          const gap = poseGap(combined, single)
          const scale = 1 + distance(atJoin.position, [0, 0, 0])
          expect(gap.position, `${v.a.id} -> ${v.b.id} at +${tau}`).toBeLessThan(1e-8 * scale)
          expect(gap.rotation).toBeLessThan(1e-8)
          expect(gap.focal).toBeLessThan(1e-9)
          expect(Math.abs(combined.focusDistanceM - single.focusDistanceM)).toBeLessThan(1e-8 * (1 + single.focusDistanceM))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('a gap between clips holds the framing the first left', () => {
    const shot = buildShot({
      start: DEFAULT_START,
      clips: [
        { preset: preset('pan-left'), params: { angle: 30 }, startS: 0, durationS: 2 },
        { preset: preset('dolly-in'), params: { distance: 2 }, startS: 3, durationS: 2 },
      ],
    })
    const end = evalAt(shot, 2)
    for (const t of [2.25, 2.5, 3]) expect(distance(evalAt(shot, t).position, end.position)).toBe(0)
    expect(evalAt(shot, 2.5).yawDeg).toBe(end.yawDeg)
    expect(end.yawDeg - DEFAULT_START.yawDeg).toBeCloseTo(30, 12)
    expect(distance(evalAt(shot, 5).position, end.position)).toBeCloseTo(2, 12)
  })
})

describe('overlapping clips combine', () => {
  const azimuth = (p: readonly number[], c: Vec3) => Math.atan2(p[0] - c[0], p[2] - c[2]) * RAD_TO_DEG

  it('orbit-left with crane-up over the same time is a rising helix that keeps the subject aimed (either track order)', () => {
    fc.assert(
      fc.property(
        fc.record({
          subject: arbStillSubject,
          placement: arbAimPlacement({ level: true }),
          orbit: arbRange(30, 360),
          arm: arbRange(0.5, 15),
          lift: arbRange(5, 80),
          durationS: arbRange(1, 12),
          easing: arbNamedEasing,
          craneFirst: fc.boolean(),
        }),
        ({ subject, placement, orbit, arm, lift, durationS, easing, craneFirst }) => {
          const point = subjectAt(subject, 0, 1).point
          const shot = buildShot({
            start: aimedFramingFor(subject, placement),
            subject,
            clips: [
              { preset: preset('orbit-left'), params: { angle: orbit }, startS: 0, durationS, easing, track: craneFirst ? 1 : 0 },
              { preset: preset('crane-up'), params: { armLength: arm, angle: lift, aim: 'subject' }, startS: 0, durationS, easing, track: craneFirst ? 0 : 1 },
            ],
          })
          const n = 120
          const fs = Array.from({ length: n + 1 }, (_, i) => evalAt(shot, (durationS * i) / n))
          let turned = 0
          for (let i = 1; i <= n; i++) {
            const step = wrap(azimuth(fs[i].position, point) - azimuth(fs[i - 1].position, point))
            expect(step).toBeLessThanOrEqual(1e-9) // orbit-left: clockwise seen from above, azimuth falls
            turned += step
            expect(fs[i].position[1]).toBeGreaterThanOrEqual(fs[i - 1].position[1] - 1e-12)
            expect(aimError(fs[i], point)).toBeLessThan(1e-9)
          }
          expect(turned).toBeCloseTo(-orbit, 6)
          expect(fs[n].position[1] - fs[0].position[1]).toBeCloseTo(arm * Math.sin(lift * DEG_TO_RAD), 9)
          // both at once, not one after the other: halfway in time the camera has both turned and risen
          const mid = fs[n / 2]
          expect(Math.abs(wrap(azimuth(mid.position, point) - azimuth(fs[0].position, point)))).toBeGreaterThan(1)
          expect(mid.position[1]).toBeGreaterThan(fs[0].position[1] + 1e-3)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('a move over a running move continues from the combined camera (zoom during a dolly changes only the lens)', () => {
    const dolly = buildShot({ start: DEFAULT_START, clips: [{ preset: preset('dolly-in'), params: { distance: 3 }, durationS: 4 }] })
    const both = buildShot({
      start: DEFAULT_START,
      clips: [
        { preset: preset('dolly-in'), params: { distance: 3 }, durationS: 4 },
        { preset: preset('zoom-in'), params: { ratio: 2 }, startS: 1, durationS: 2, track: 1 },
      ],
    })
    for (const t of [0, 0.5, 1, 1.7, 2.5, 3, 4]) {
      expect(distance(evalAt(both, t).position, evalAt(dolly, t).position)).toBe(0)
      expect(evalAt(both, t).yawDeg).toBe(evalAt(dolly, t).yawDeg)
    }
    expect(evalAt(both, 4).focalLengthMm).toBeCloseTo(70, 12)
  })
})

describe('evaluateShot', () => {
  const shot = buildShot({
    start: DEFAULT_START,
    subject: { groundPosition: [0, 0, 0], facingDeg: 0, heightM: 1.8, aimHeightM: 1.5, path: { kind: 'line', distanceM: 3 } },
    clips: [
      { preset: preset('orbit-left'), params: { angle: 90 }, durationS: 3 },
      { preset: preset('zoom-in'), params: { ratio: 3 }, startS: 1, durationS: 2, track: 1 },
    ],
    durationS: 4,
  })

  it('clamps time to [0, duration]', () => {
    fc.assert(
      fc.property(arbRange(1e-9, 1e6), (over) => {
        expect(evaluateShot(shot, -over, presetRegistry)).toStrictEqual(evaluateShot(shot, 0, presetRegistry))
        expect(evaluateShot(shot, shot.durationS + over, presetRegistry)).toStrictEqual(evaluateShot(shot, shot.durationS, presetRegistry))
      }),
      { numRuns: 100 },
    )
    expect(evaluateShot(shot, Number.NEGATIVE_INFINITY, presetRegistry)).toStrictEqual(evaluateShot(shot, 0, presetRegistry))
    expect(evaluateShot(shot, Number.POSITIVE_INFINITY, presetRegistry)).toStrictEqual(evaluateShot(shot, shot.durationS, presetRegistry))
    expect(evaluateShot(shot, Number.NaN, presetRegistry)).toStrictEqual(evaluateShot(shot, 0, presetRegistry))
    expect(evaluateShot(shot, 99, presetRegistry).timeS).toBe(4)
  })

  it('skips clips of unknown presets instead of failing', () => {
    const unknown: Shot = { ...shot, tracks: [...shot.tracks, { id: 'track:x', clips: [{ ...shot.tracks[0].clips[0], id: 'c:x', presetId: 'no-such-move' }] }] }
    expect(evaluateShot(unknown, 2, presetRegistry)).toStrictEqual(evaluateShot(shot, 2, presetRegistry))
  })

  it('lets focus follow the subject when the lens has no focus distance', () => {
    for (const t of [0, 1, 2.5, 4]) {
      const f = evalAt(shot, t)
      expect(f.focusDistanceM).toBeCloseTo(distance(f.position, f.subject.point), 12)
    }
  })
})

describe('sampleShot', () => {
  it('gives max(1, round(duration x fps)) frames, frame i at exactly i / fps', () => {
    fc.assert(
      fc.property(
        arbRange(0.05, 30),
        fc.constantFrom(...SHOT_FPS_CHOICES),
        fc.option(fc.constantFrom(...SHOT_FPS_CHOICES), { nil: undefined }),
        (durationS, shotFps, exportFps) => {
          const s = buildShot({ start: DEFAULT_START, clips: [{ preset: preset('pan-right'), durationS: Math.max(0.05, durationS / 2) }], durationS, fps: shotFps })
          const fps = exportFps ?? shotFps
          const frames = sampleShot(s, presetRegistry, exportFps)
          expect(frames.length).toBe(Math.max(1, Math.round(durationS * fps)))
          expect(frames.length).toBe(frameCount(durationS, fps))
          for (let i = 0; i < frames.length; i += Math.max(1, Math.floor(frames.length / 17))) {
            expect(frames[i].timeS).toBe(Math.min(i / fps, durationS))
            expect(frames[i]).toStrictEqual(evaluateShot(s, i / fps, presetRegistry))
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('examples: 5 s at 24 fps is 120 frames; 0.01 s is still one frame', () => {
    expect(frameCount(5, 24)).toBe(120)
    expect(frameCount(5, 23.976)).toBe(120)
    expect(frameCount(0.01, 24)).toBe(1)
    expect(shotStartTimes([{ durationS: 2 }, { durationS: 3.5 }, { durationS: 1 }])).toEqual([0, 2, 5.5])
  })
})

describe('easing', () => {
  const reference = (h: BezierHandles, u: number): number => {
    // an independent solver: plain bisection for x(t) = u to the last bit, then y(t)
    const b = (a1: number, a2: number, t: number) => 3 * (1 - t) * (1 - t) * t * a1 + 3 * (1 - t) * t * t * a2 + t * t * t
    let lo = 0
    let hi = 1
    for (let i = 0; i < 1100; i++) {
      const m = (lo + hi) / 2
      if (m <= lo || m >= hi) break
      if (b(h[0], h[2], m) < u) lo = m
      else hi = m
    }
    return b(h[1], h[3], (lo + hi) / 2)
  }

  it('starts at exactly 0 and ends at exactly 1, and clamps outside [0, 1]', () => {
    fc.assert(
      fc.property(arbEasing, arbRange(1e-9, 1e3), (e, over) => {
        expect(evaluateEasing(e, 0)).toBe(0)
        expect(evaluateEasing(e, 1)).toBe(1)
        expect(evaluateEasing(e, -over)).toBe(0)
        expect(evaluateEasing(e, 1 + over)).toBe(1)
        expect(evaluateEasing(e, Number.NaN)).toBe(0)
      }),
      { numRuns: 200 },
    )
  })

  it.each(EASING_NAMES)('%s is monotone and stays within [0, 1]', (name) => {
    const e = namedEasing(name)
    let prev = 0
    for (let i = 1; i <= 2000; i++) {
      const y = evaluateEasing(e, i / 2000)
      expect(y).toBeGreaterThanOrEqual(prev - 1e-12)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(1)
      prev = y
    }
  })

  it('matches the CSS curves', () => {
    const at = (name: keyof typeof NAMED_EASINGS, u: number) => evaluateEasing(namedEasing(name), u)
    for (const u of [0.1, 0.25, 0.5, 0.9]) expect(at('linear', u)).toBe(u)
    expect(at('ease-in-out', 0.5)).toBeCloseTo(0.5, 12)
    expect(at('ease', 0.5)).toBeCloseTo(0.8024034, 6)
    expect(at('ease', 0.25)).toBeCloseTo(0.4085106, 6)
    expect(at('ease-in', 0.5)).toBeCloseTo(0.3153568, 6)
    expect(at('ease-out', 0.5)).toBeCloseTo(0.6846432, 6)
    expect(at('ease-in-out', 0.25)).toBeCloseTo(0.1291619, 6)
    // ease-in-out is point-symmetric; ease-out mirrors ease-in
    fc.assert(
      fc.property(arbRange(0, 1), (u) => {
        expect(at('ease-in-out', u) + at('ease-in-out', 1 - u)).toBeCloseTo(1, 12)
        expect(at('ease-out', u) + at('ease-in', 1 - u)).toBeCloseTo(1, 12)
      }),
    )
  })

  it('solves any valid bezier to full precision, even where the curve is flat in time (regression)', () => {
    const arbU = fc.oneof(arbRange(0, 1), fc.integer({ min: 1, max: 15 }).map((k) => 10 ** -k), fc.integer({ min: 1, max: 15 }).map((k) => 1 - 10 ** -k))
    fc.assert(
      fc.property(arbBezierHandles, arbU, (h, u) => {
        expect(isValidBezier(h)).toBe(true)
        // where x(t) is nearly flat the problem itself is ill-conditioned: allow what a rounding of u by a few ulps changes
        const conditioning = Math.abs(reference(h, Math.min(1, u + 4e-16)) - reference(h, Math.max(0, u - 4e-16)))
        expect(Math.abs(evaluateBezier(h, u) - reference(h, u))).toBeLessThan(1e-9 + conditioning)
      }),
      { numRuns: 1000 },
    )
    // found by the continuity property: a handle at x = 0 made the curve jump near the start, where
    // the solver stopped on a tiny error in x that was a large error in t
    expect(evaluateBezier([0, -0.28, 0, 0], 1e-13)).toBeCloseTo(reference([0, -0.28, 0, 0], 1e-13), 12)
    expect(evaluateBezier([0, 2, 1, -1], 1e-13)).toBeCloseTo(reference([0, 2, 1, -1], 1e-13), 12)
    expect(evaluateBezier([0.9999999851133906, 0, 0, 0], 0.5)).toBeCloseTo(reference([0.9999999851133906, 0, 0, 0], 0.5), 12)
  })

  it('accepts only handles with x in [0, 1] and y in the allowed overshoot', () => {
    expect(isValidBezier([0.2, -1, 0.8, 2])).toBe(true)
    expect(isValidBezier([-0.1, 0, 0.5, 1])).toBe(false)
    expect(isValidBezier([0.1, 0, 1.5, 1])).toBe(false)
    expect(isValidBezier([0.1, -1.5, 0.5, 1])).toBe(false)
    expect(isValidBezier([0.1, 0, 0.5, Number.NaN])).toBe(false)
    expect(isValidBezier([0.1, 0, 0.5])).toBe(false)
  })
})

describe('subject paths', () => {
  const left = (facingDeg: number): Vec3 => [Math.cos(facingDeg * DEG_TO_RAD), 0, -Math.sin(facingDeg * DEG_TO_RAD)]
  const ahead = (facingDeg: number): Vec3 => [Math.sin(facingDeg * DEG_TO_RAD), 0, Math.cos(facingDeg * DEG_TO_RAD)]

  it('a line walk covers exactly its distance, straight ahead, at constant speed', () => {
    fc.assert(
      fc.property(arbSubject(arbRange(0, 15).map((distanceM) => ({ kind: 'line' as const, distanceM }))), arbRange(0.1, 20), (spec, durationS) => {
        const d = spec.path.kind === 'line' ? spec.path.distanceM : 0
        const at = (t: number) => subjectAt(spec, t, durationS)
        const start = at(0).ground
        expect(distance(start, spec.groundPosition)).toBe(0)
        const end = at(durationS).ground
        expect(distance(end, start)).toBeCloseTo(d, 9)
        const dir = ahead(spec.facingDeg)
        for (let i = 0; i < 3; i++) expect(end[i] - start[i]).toBeCloseTo(dir[i] * d, 9)
        expect(distance(at(durationS / 2).ground, start)).toBeCloseTo(d / 2, 9)
        // the aim point rides at the aim height; facing never changes; time is clamped
        expect(at(durationS / 3).point[1] - at(durationS / 3).ground[1]).toBeCloseTo(spec.aimHeightM, 12)
        expect(at(durationS / 3).facingDeg).toBe(spec.facingDeg)
        expect(at(-1)).toStrictEqual(at(0))
        expect(at(durationS * 2)).toStrictEqual(at(durationS))
      }),
      { numRuns: 100 },
    )
  })

  it('an arc walk keeps its radius from the centre, turns to the named side, and ends turned by its sweep', () => {
    fc.assert(
      fc.property(
        arbSubject(fc.record({ radiusM: arbRange(0.5, 20), sweepDeg: fc.oneof(arbRange(-270, -1), arbRange(1, 270)) }).map((a) => ({ kind: 'arc' as const, ...a }))),
        arbRange(0.1, 20),
        (spec, durationS) => {
          if (spec.path.kind !== 'arc') return
          const { radiusM, sweepDeg } = spec.path
          const side = Math.sign(sweepDeg)
          const l = left(spec.facingDeg)
          const centre: Vec3 = [spec.groundPosition[0] + l[0] * radiusM * side, spec.groundPosition[1], spec.groundPosition[2] + l[2] * radiusM * side]
          for (let i = 0; i <= 40; i++) {
            const s = subjectAt(spec, (durationS * i) / 40, durationS)
            expect(distance(s.ground, centre)).toBeCloseTo(radiusM, 9)
            expect(s.ground[1]).toBe(spec.groundPosition[1])
            // facing stays tangent to the circle
            const radial = sub(s.ground, centre)
            const facing = ahead(s.facingDeg)
            expect(Math.abs(radial[0] * facing[0] + radial[2] * facing[2])).toBeLessThan(1e-9 * radiusM)
          }
          const early = subjectAt(spec, durationS * 0.01, durationS).ground
          const moved = sub(early, spec.groundPosition)
          expect(Math.sign(moved[0] * l[0] + moved[2] * l[2])).toBe(side) // positive sweep turns to the subject's left
          expect(subjectAt(spec, durationS, durationS).facingDeg - spec.facingDeg).toBeCloseTo(sweepDeg, 9)
        },
      ),
      { numRuns: 100 },
    )
  })

  it('facing 0 faces +Z and its left is +X', () => {
    const spec: SubjectSpec = { groundPosition: [0, 0, 0], facingDeg: 0, heightM: 1.8, aimHeightM: 1.5, path: { kind: 'line', distanceM: 2 } }
    expect(subjectAt(spec, 1, 1).ground[2]).toBeCloseTo(2, 12)
    const arc = subjectAt({ ...spec, path: { kind: 'arc', radiusM: 1, sweepDeg: 90 } }, 1, 1)
    expect(arc.ground[0]).toBeCloseTo(1, 12)
    expect(arc.ground[2]).toBeCloseTo(1, 12)
    expect(arc.facingDeg).toBeCloseTo(90, 12)
    expect(subjectAt({ ...spec, path: { kind: 'arc', radiusM: 0, sweepDeg: 90 } }, 1, 1).ground).toEqual([0, 0, 0])
  })
})
