import { describe, expect, it } from 'vitest'
import { PIP_MARGIN, TOOLBAR_H, computeViews, createViews, fitAspect } from './layout'

describe('viewport layout', () => {
  it('fits a gate of the exact aspect, centred', () => {
    const r = fitAspect({ x: 0, y: 0, w: 0, h: 0 }, { x: 10, y: 20, w: 400, h: 400 }, 16 / 9)
    expect(r).toEqual({ x: 10, y: 108, w: 400, h: 225 })
    const v = fitAspect({ x: 0, y: 0, w: 0, h: 0 }, { x: 0, y: 0, w: 400, h: 400 }, 9 / 16)
    expect(v.h).toBe(400)
    expect(v.x).toBe(88)
  })

  it('split: director left half, lens right half below the toolbar band', () => {
    const v = computeViews(createViews(), 748, 411, 'split', 16 / 9)
    expect(v.director).toEqual({ x: 0, y: 0, w: 374, h: 411 })
    expect(v.lensArea).toEqual({ x: 374, y: TOOLBAR_H, w: 374, h: 411 - TOOLBAR_H })
    expect(v.gate.w).toBe(374)
    expect(v.gate.h).toBe(210)
    expect(v.directorVisible && v.lensVisible).toBe(true)
  })

  it('pip: lens bottom-right at about a third of the width', () => {
    const v = computeViews(createViews(), 1000, 600, 'pip', 16 / 9)
    expect(v.director).toEqual({ x: 0, y: 0, w: 1000, h: 600 })
    expect(v.gate.w).toBe(320)
    expect(v.gate.x + v.gate.w).toBe(1000 - PIP_MARGIN)
    expect(v.gate.y + v.gate.h).toBe(600 - PIP_MARGIN)
  })

  it('single views hide the other', () => {
    expect(computeViews(createViews(), 800, 450, 'director', 1).lensVisible).toBe(false)
    const lens = computeViews(createViews(), 800, 450, 'lens', 1)
    expect(lens.directorVisible).toBe(false)
    expect(lens.gate.h).toBe(450 - TOOLBAR_H)
    expect(lens.gate.w).toBe(450 - TOOLBAR_H)
  })
})
