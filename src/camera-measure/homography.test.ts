import { describe, expect, it } from 'vitest'
import { createRng } from '../core/math/rng'
import { fitHomography, robustHomography, transferErrors } from './homography'
import { applyHomography } from './linalg'
import type { Track } from './lucasKanade'

const truth = [1.02, 0.05, 4, -0.03, 0.98, -2.5, 1.2e-4, -0.8e-4, 1]

const correspondences = (n: number, noisePx: number, outlierFraction: number, seed: number): { tracks: Track[]; outlier: boolean[] } => {
  const rng = createRng(seed)
  const tracks: Track[] = []
  const outlier: boolean[] = []
  for (let i = 0; i < n; i++) {
    const from = { x: rng() * 320, y: rng() * 180 }
    const to = applyHomography(truth, from.x, from.y)!
    const bad = rng() < outlierFraction
    outlier.push(bad)
    tracks.push({
      from,
      to: bad ? { x: rng() * 320, y: rng() * 180 } : { x: to.x + (rng() - 0.5) * 2 * noisePx, y: to.y + (rng() - 0.5) * 2 * noisePx },
    })
  }
  return { tracks, outlier }
}

const maxTransferFromTruth = (h: number[]) => {
  let worst = 0
  for (let y = 0; y <= 180; y += 20)
    for (let x = 0; x <= 320; x += 20) {
      const a = applyHomography(h, x, y)!
      const b = applyHomography(truth, x, y)!
      worst = Math.max(worst, Math.hypot(a.x - b.x, a.y - b.y))
    }
  return worst
}

describe('homography', () => {
  it('fits exact correspondences exactly', () => {
    const { tracks } = correspondences(30, 0, 0, 1)
    expect(Math.max(...transferErrors(fitHomography(tracks)!, tracks))).toBeLessThan(1e-8)
  })

  it('finds the homography among 40 % outliers and keeps exactly the good tracks', () => {
    const { tracks, outlier } = correspondences(300, 0.2, 0.4, 2)
    const fit = robustHomography(tracks)!
    expect(maxTransferFromTruth(fit.h)).toBeLessThan(0.1)
    const inlierSet = new Set(fit.inliers)
    const misclassified = outlier.filter((bad, i) => bad === inlierSet.has(i)).length
    expect(misclassified).toBeLessThan(3) // an outlier may land near the truth by chance
  })

  it('is deterministic for a seed', () => {
    const { tracks } = correspondences(200, 0.3, 0.3, 3)
    const a = robustHomography(tracks)!
    const b = robustHomography(tracks)!
    expect(a.h).toEqual(b.h)
    expect(a.inliers).toEqual(b.inliers)
  })

  it('gives up on too few tracks or no consensus', () => {
    expect(robustHomography(correspondences(7, 0, 0, 4).tracks)).toBeNull()
    expect(robustHomography(correspondences(100, 0, 1, 5).tracks)).toBeNull()
  })
})
