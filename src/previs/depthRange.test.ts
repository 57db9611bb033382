import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENE } from '../timeline/defaults'
import { chooseDepthRange, depthComment, parseDepthComment } from './depthRange'

const subject = [0, 1.5, 0]

describe('chooseDepthRange', () => {
  it('puts near a little in front of the closest approach to the subject', () => {
    // a dolly in from 5.6 m to 2.6 m
    const cams = [
      [0, 1.5, 5.6],
      [0, 1.5, 4],
      [0, 1.5, 2.6],
    ]
    const r = chooseDepthRange(cams, [subject, subject, subject], DEFAULT_SCENE.setPieces)
    expect(r.nearM).toBeLessThan(2.6 - 0.3)
    expect(r.nearM).toBeGreaterThan(1)
    // covers the set: the back wall 16 m behind the subject and the tower beyond it
    expect(r.farM).toBeGreaterThan(30)
    expect(r.farM).toBeLessThanOrEqual(150)
  })

  it('never goes below 0.1 m and keeps far beyond near', () => {
    const r = chooseDepthRange([[0, 1.5, 0.2]], [subject], [])
    expect(r.nearM).toBe(0.1)
    expect(r.farM).toBeGreaterThan(r.nearM + 1)
  })

  it('without pieces far still covers twice the farthest subject distance', () => {
    const r = chooseDepthRange([[0, 1.5, 20]], [subject], [])
    expect(r.farM).toBeGreaterThanOrEqual(40)
  })

  it('round-trips through the metadata comment', () => {
    const r = { nearM: 1.9, farM: 36 }
    expect(depthComment(r)).toMatch(/white = 1.9 m/)
    expect(parseDepthComment(depthComment(r))).toEqual(r)
    expect(parseDepthComment('something else')).toBeNull()
    expect(parseDepthComment(undefined)).toBeNull()
  })
})
