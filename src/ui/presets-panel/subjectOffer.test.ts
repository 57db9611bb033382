import { describe, expect, it } from 'vitest'
import { PRESETS, getPreset } from '../../camera-presets'
import { subjectAt } from '../../timeline'
import { offerButtonLabel, offerTitle, offeredPath } from './subjectOffer'

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
    expect(offerButtonLabel(need)).toBe('Give it a driving path')
    expect(offerTitle(need, 4)).toContain('60 m straight ahead')
    expect(offerButtonLabel(getPreset('head-tracking')!.subjectMoves!)).toBe('Give it a walking path')
  })
})
