import { describe, expect, it } from 'vitest'
import { presetRegistry } from '../camera-presets'
import { registryFor } from '../camera-presets/custom'
import type { Project } from '../timeline'
import { type ContinuityWarning, LINE_TOLERANCE_DEG, bearingFromLineDeg, checkContinuity, offLineDeg, sideOfLine } from '.'
import { type ShotSpec, cutProject } from './testProjects'

const warnings = (p: Project): ContinuityWarning[] => checkContinuity(p, registryFor(p))
const kinds = (p: Project) => warnings(p).map((w) => [w.kind, w.cutIndex])
const pair = (a: ShotSpec, b: ShotSpec) => kinds(cutProject([a, b]))
const WALK = { kind: 'line', distanceM: 4 } as const

describe('geometry', () => {
  it('measures the bearing from the line of action, positive on the subject\'s left (+X for a subject facing +Z)', () => {
    expect(bearingFromLineDeg([0, 1], [0, 1.5, 0], [3, 1.6, 0])).toBeCloseTo(90)
    expect(bearingFromLineDeg([0, 1], [0, 1.5, 0], [-3, 1.6, 3])).toBeCloseTo(-45)
    expect(bearingFromLineDeg([0, 1], [0, 1.5, 0], [0, 5, 0])).toBeNull()
    expect(offLineDeg(170)).toBeCloseTo(10)
  })
  it('has no side within the tolerance of the line, ahead or behind', () => {
    expect(sideOfLine(LINE_TOLERANCE_DEG - 1)).toBe(0)
    expect(sideOfLine(-180 + LINE_TOLERANCE_DEG - 1)).toBe(0)
    expect(sideOfLine(LINE_TOLERANCE_DEG + 1)).toBe(1)
    expect(sideOfLine(-90)).toBe(-1)
  })
})

describe('checkContinuity: constructed cuts give exactly the expected warnings', () => {
  it('(a) crossing the line of a standing subject', () => {
    expect(pair({ bearingDeg: 60, distanceM: 5 }, { bearingDeg: -50, distanceM: 5 })).toEqual([['crosses-line', 1]])
  })
  it('(b) a jump cut: 15° of change at the same size', () => {
    expect(pair({ bearingDeg: 40, distanceM: 5 }, { bearingDeg: 55, distanceM: 5 })).toEqual([['jump-cut', 1]])
  })
  it('(c) an axial cut in, and out, is fine', () => {
    expect(pair({ bearingDeg: 40, distanceM: 6 }, { bearingDeg: 40, distanceM: 3 })).toEqual([])
    expect(pair({ bearingDeg: 40, distanceM: 3 }, { bearingDeg: 45, distanceM: 6 })).toEqual([])
    // a cut in on the lens: same place, twice the focal length
    expect(pair({ bearingDeg: 40, distanceM: 5 }, { bearingDeg: 40, distanceM: 5, focalLengthMm: 70 })).toEqual([])
  })
  it('the size rule is a ratio: just under 1.2 is a jump cut, just over is not', () => {
    expect(pair({ bearingDeg: 40, distanceM: 5 }, { bearingDeg: 45, distanceM: 5 * 1.19 })).toEqual([['jump-cut', 1]])
    expect(pair({ bearingDeg: 40, distanceM: 5 }, { bearingDeg: 45, distanceM: 5 * 1.21 })).toEqual([])
  })
  it('(d) a walking subject shot from the other side of its path: the line is crossed and the screen direction flips', () => {
    expect(pair({ bearingDeg: 90, distanceM: 6, path: WALK }, { bearingDeg: -90, distanceM: 6, path: WALK })).toEqual([
      ['crosses-line', 1],
      ['screen-direction', 1],
    ])
  })
  it('(d) the walk reversed between shots, the camera where it was: the line (its direction of travel) turns, screen direction flips', () => {
    expect(pair({ bearingDeg: 90, distanceM: 6, path: WALK }, { bearingDeg: 90, distanceM: 6, path: { kind: 'line', distanceM: -4 } })).toEqual([
      ['crosses-line', 1],
      ['screen-direction', 1],
    ])
  })
  it('(e) clean cuts: 40°+ of change on the same side, standing or walking', () => {
    expect(pair({ bearingDeg: 20, distanceM: 5 }, { bearingDeg: 65, distanceM: 5 })).toEqual([])
    expect(pair({ bearingDeg: -30, distanceM: 4 }, { bearingDeg: -120, distanceM: 6 })).toEqual([])
    expect(pair({ bearingDeg: 60, distanceM: 6, path: WALK }, { bearingDeg: 150, distanceM: 6, path: WALK })).toEqual([])
  })
  it('a camera on the line (within the tolerance) has no side: cutting from it crosses nothing', () => {
    expect(pair({ bearingDeg: LINE_TOLERANCE_DEG - 2, distanceM: 5 }, { bearingDeg: -60, distanceM: 5 })).toEqual([])
  })
  it('uses the last frame of the first shot (a dolly-in ends closer)', () => {
    // the same setup as the start of shot 1, but shot 1 ended 3 m nearer: an axial cut out, fine
    expect(pair({ bearingDeg: 40, distanceM: 6, dollyInM: 3 }, { bearingDeg: 40, distanceM: 6 })).toEqual([])
    // where shot 1 ended, 10° round: a jump cut
    expect(pair({ bearingDeg: 40, distanceM: 6, dollyInM: 3 }, { bearingDeg: 50, distanceM: 3 })).toEqual([['jump-cut', 1]])
  })
  it('three shots: a warning on each cut, with its index and shot ids', () => {
    const p = cutProject([
      { bearingDeg: 60, distanceM: 5 },
      { bearingDeg: 70, distanceM: 5 },
      { bearingDeg: -60, distanceM: 5 },
    ])
    expect(warnings(p).map((w) => [w.kind, w.cutIndex, w.fromShotId, w.toShotId])).toEqual([
      ['jump-cut', 1, 'shot:1', 'shot:2'],
      ['crosses-line', 2, 'shot:2', 'shot:3'],
    ])
  })
  it('one shot: no cuts, no warnings', () => {
    expect(warnings(cutProject([{ bearingDeg: 60, distanceM: 5 }]))).toEqual([])
  })
  it('takes the registry it is given', () => {
    const p = cutProject([{ bearingDeg: 60, distanceM: 5 }, { bearingDeg: -50, distanceM: 5 }])
    expect(checkContinuity(p, presetRegistry)).toEqual(warnings(p))
  })
})

describe('messages: one sentence with the numbers', () => {
  const oneSentence = (m: string) => {
    expect(m.trim().endsWith('.')).toBe(true)
    expect(m.slice(0, -1)).not.toMatch(/\.\s/)
    expect(m).not.toContain('\n')
  }
  it('crossing the line', () => {
    const [w] = warnings(cutProject([{ bearingDeg: 62, distanceM: 5 }, { bearingDeg: -48, distanceM: 5 }]))
    expect(w.message).toBe(
      "Cut 1 (Shot 1 → Shot 2) crosses the line of action: the camera moves from the subject's left (62°) to its right (48°), so the subject appears to flip direction.",
    )
    expect(w.numbers).toMatchObject({ bearingBeforeDeg: 62, bearingAfterDeg: -48, offLineBeforeDeg: 62, offLineAfterDeg: 48 })
    oneSentence(w.message)
  })
  it('a jump cut', () => {
    const [w] = warnings(cutProject([{ bearingDeg: 40, distanceM: 5 }, { bearingDeg: 55, distanceM: 5 }]))
    expect(w.message).toMatch(/^Cut 1 \(Shot 1 → Shot 2\) is a jump cut: the angle on the subject changes by only 15° \(under 30°\) and its height on screen goes from \d+% to \d+% of the frame/)
    expect(w.numbers.angleChangeDeg).toBeCloseTo(15, 1)
    expect(w.numbers.sizeRatio).toBeCloseTo(1, 2)
    oneSentence(w.message)
  })
  it('screen direction', () => {
    const ws = warnings(cutProject([{ bearingDeg: 90, distanceM: 6, path: WALK }, { bearingDeg: -90, distanceM: 6, path: WALK }]))
    const w = ws.find((x) => x.kind === 'screen-direction')!
    expect(w.message).toMatch(/^Cut 1 \(Shot 1 → Shot 2\) flips screen direction: the subject walks screen left at [\d.]+ frame widths\/s before the cut and screen right at [\d.]+ after it\.$/)
    expect(w.numbers.screenSpeedBefore).toBeLessThan(0)
    expect(w.numbers.screenSpeedAfter).toBeGreaterThan(0)
    oneSentence(w.message)
  })
})
