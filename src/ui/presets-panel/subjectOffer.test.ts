import { describe, expect, it } from 'vitest'
import { PRESETS, getPreset } from '../../camera-presets'
import { subjectAt } from '../../timeline'
import { needLabel, offerButtonLabel, offerTitle, offeredPath, offeredSubjectPatch, subjectLacks } from './subjectOffer'

describe("the library's moving-subject offer", () => {
  it('gives each follow move a straight path at its pace over the whole shot', () => {
    for (const p of PRESETS.filter((x) => x.subjectMoves)) {
      const need = p.subjectMoves!
      const path = offeredPath(need, 6)
      expect(path.kind).toBe('line')
      const end = subjectAt({ groundPosition: [0, 0, 0], facingDeg: 0, heightM: 1.8, aimHeightM: 1.5, path }, 6, 6).ground
      // metres per second over the shot, to the 0.1 m the path is rounded to
      expect(Math.abs(Math.hypot(end[0], end[2]) / 6 - need.speedMps)).toBeLessThan(0.05 / 6 + 1e-12)
    }
  })
  it('offers the cars a faster path than a runner, and a runner a faster one than a walker', () => {
    const length = (id: string) => {
      const path = offeredPath(getPreset(id)!.subjectMoves!, 5)
      return path.kind === 'line' ? path.distanceM : 0
    }
    expect(length('car-chase')).toBeGreaterThan(length('action-run'))
    expect(length('car-grip')).toBeGreaterThan(length('action-run'))
    expect(length('action-run')).toBeGreaterThan(length('head-tracking'))
    expect(length('tracking')).toBe(7)
  })
  it('says what it will do', () => {
    const need = getPreset('car-chase')!.subjectMoves!
    expect(offerButtonLabel(need)).toBe('Make it a driving car')
    expect(offerTitle(need, 4)).toContain('a vehicle that drives 60 m straight ahead')
    expect(needLabel(need, true)).toBe('Needs a moving vehicle')
    expect(needLabel(getPreset('tracking')!.subjectMoves!, false)).toBe('Follows the moving subject')
    expect(offerButtonLabel(getPreset('head-tracking')!.subjectMoves!)).toBe('Give it a walking path')
  })
  it('gives the car rigs a vehicle as well as a path, and asks for it until the subject is one', () => {
    const car = getPreset('car-grip')!.subjectMoves!
    const walk = getPreset('head-tracking')!.subjectMoves!
    expect(offeredSubjectPatch(car, 5)).toEqual({ path: { kind: 'line', distanceM: 60 }, form: 'vehicle' })
    expect(offeredSubjectPatch(walk, 5)).toEqual({ path: { kind: 'line', distanceM: 7 } })
    const walking = { path: { kind: 'line' as const, distanceM: 7 } }
    expect(subjectLacks(walk, walking)).toBe(false)
    expect(subjectLacks(car, walking)).toBe(true)
    expect(subjectLacks(car, { ...walking, form: 'vehicle' })).toBe(false)
    expect(subjectLacks(walk, { path: { kind: 'still' } })).toBe(true)
  })
})
