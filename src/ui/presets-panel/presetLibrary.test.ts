import { describe, expect, it } from 'vitest'
import { PRESETS, PRESET_CATEGORIES, searchPresets } from '../../camera-presets'
import { pathPoints } from './glyphGeometry'
import { glyphFor, presetGlyphs } from './glyphs'
import { CATEGORY_CHIP_LABELS, countLabel, formatDurationS, groupPresets } from './presetLibrary'

describe('preset library helpers', () => {
  it('groups every preset once, in category order', () => {
    const groups = groupPresets(PRESETS)
    expect(groups.map((g) => g.category)).toEqual(PRESET_CATEGORIES.map((c) => c.id))
    expect(groups.flatMap((g) => g.presets)).toHaveLength(PRESETS.length)
  })
  it('leaves out empty groups when filtered', () => {
    const groups = groupPresets(searchPresets('orbit'))
    expect(groups.every((g) => g.presets.length > 0)).toBe(true)
    expect(groups.some((g) => g.category === 'orbit')).toBe(true)
  })
  it('counts and formats', () => {
    expect(countLabel(37, 37)).toBe('37 presets')
    expect(countLabel(5, 37)).toBe('5 of 37 presets')
    expect(formatDurationS(4)).toBe('4 s')
    expect(formatDurationS(0.35)).toBe('0.35 s')
  })
  it('has a short chip label for every category', () => {
    for (const c of PRESET_CATEGORIES) expect(CATEGORY_CHIP_LABELS[c.id]).toBeTruthy()
  })
})

describe('pictograms', () => {
  it('draws every preset with a picture of its own, inside the 24 x 24 box', () => {
    for (const p of PRESETS) {
      expect(presetGlyphs()[p.id], p.id).toBeDefined()
      const g = glyphFor(p.id, p.category)
      expect(g.strokes.length + g.dots.length).toBeGreaterThan(0)
      for (const s of g.strokes) for (const [x, y] of pathPoints(s.d)) expect(x >= -0.5 && x <= 24.5 && y >= -0.5 && y <= 24.5, `${p.id} ${x},${y}`).toBe(true)
      for (const d of g.dots) expect(d.x - d.r >= 0 && d.x + d.r <= 24 && d.y - d.r >= 0 && d.y + d.r <= 24, p.id).toBe(true)
    }
  })
  it('falls back to a category picture for unknown ids', () => {
    expect(glyphFor('not-a-preset', 'orbit')).toBe(presetGlyphs()['orbit-left'])
  })
})
