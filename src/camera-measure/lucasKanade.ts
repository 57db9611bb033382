/**
 * Pyramidal Lucas-Kanade point tracking (Bouguet's formulation) and the forward-backward check:
 * a track is kept only when tracking it back from the second frame lands near where it started.
 */
import { type PyramidLevel, sample } from './image'
import type { Point2 } from './types'

export interface TrackOptions {
  /** Half side of the square matching window (pixels at each level). */
  readonly windowRadiusPx: number
  readonly maxIterations: number
  /** Stop iterating when the update is below this (pixels). */
  readonly epsilonPx: number
  /** Reject a point whose window's smaller structure-tensor eigenvalue per pixel is below this. */
  readonly minEigenvalue: number
}

export const DEFAULT_TRACK_OPTIONS: TrackOptions = { windowRadiusPx: 5, maxIterations: 20, epsilonPx: 0.01, minEigenvalue: 1e-2 }

/** A local linear warp [a, b, c, d]: a window offset w in the first image sits at [a b; c d] w in the second. */
export type LocalWarp = readonly [number, number, number, number]

/** The inverse of a local warp (for tracking back). */
export const invertWarp = ([a, b, c, d]: LocalWarp): LocalWarp => {
  const det = a * d - b * c
  return [d / det, -b / det, -c / det, a / det]
}

/**
 * Tracks each point from pyramid `a` to pyramid `b`. `guesses` (optional) are predicted positions in
 * b; `warps` (optional) the predicted local shape change (rotation, scale) of each window, so that
 * a large roll or zoom does not bias the match. Null for a point that could not be tracked (flat
 * window, left the image, diverged).
 */
export const trackPoints = (
  a: readonly PyramidLevel[],
  b: readonly PyramidLevel[],
  points: readonly Point2[],
  guesses?: readonly Point2[],
  options: TrackOptions = DEFAULT_TRACK_OPTIONS,
  warps?: readonly LocalWarp[],
): (Point2 | null)[] => {
  const levels = Math.min(a.length, b.length)
  const r = options.windowRadiusPx
  const side = 2 * r + 1
  const n = side * side
  const tmpl = new Float32Array(n)
  const ix = new Float32Array(n)
  const iy = new Float32Array(n)
  const { width, height } = a[0].image
  return points.map((p, index) => {
    const top = 2 ** (levels - 1)
    const guess = guesses?.[index]
    const [wa, wb, wc, wd] = warps?.[index] ?? [1, 0, 0, 1]
    const wdet = wa * wd - wb * wc
    if (!(Math.abs(wdet) > 1e-6)) return null
    // g: the displacement guess at the current level
    let gX = guess ? (guess.x - p.x) / top : 0
    let gY = guess ? (guess.y - p.y) / top : 0
    for (let level = levels - 1; level >= 0; level--) {
      const la = a[level]
      const lb = b[level]
      const s = 2 ** level
      const px = p.x / s
      const py = p.y / s
      let gxx = 0
      let gxy = 0
      let gyy = 0
      for (let k = 0, dy = -r; dy <= r; dy++)
        for (let dx = -r; dx <= r; dx++, k++) {
          tmpl[k] = sample(la.image, px + dx, py + dy)
          // the first image's gradient, carried into the second image's axes (A^-T g)
          const g0 = sample(la.gx, px + dx, py + dy)
          const g1 = sample(la.gy, px + dx, py + dy)
          const u = (wd * g0 - wc * g1) / wdet
          const v = (-wb * g0 + wa * g1) / wdet
          ix[k] = u
          iy[k] = v
          gxx += u * u
          gxy += u * v
          gyy += v * v
        }
      const det = gxx * gyy - gxy * gxy
      const minEig = ((gxx + gyy) / 2 - Math.sqrt(((gxx - gyy) / 2) ** 2 + gxy * gxy)) / n
      if (minEig < options.minEigenvalue || det <= 1e-12) return null
      let vX = 0
      let vY = 0
      for (let it = 0; it < options.maxIterations; it++) {
        let bx = 0
        let by = 0
        const qx = px + gX + vX
        const qy = py + gY + vY
        for (let k = 0, dy = -r; dy <= r; dy++)
          for (let dx = -r; dx <= r; dx++, k++) {
            const diff = tmpl[k] - sample(lb.image, qx + wa * dx + wb * dy, qy + wc * dx + wd * dy)
            bx += diff * ix[k]
            by += diff * iy[k]
          }
        const ex = (gyy * bx - gxy * by) / det
        const ey = (gxx * by - gxy * bx) / det
        vX += ex
        vY += ey
        if (ex * ex + ey * ey < options.epsilonPx * options.epsilonPx) break
      }
      gX += vX
      gY += vY
      if (level > 0) {
        gX *= 2
        gY *= 2
      }
    }
    const x = p.x + gX
    const y = p.y + gY
    if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || y < 0 || x > width - 1 || y > height - 1) return null
    return { x, y }
  })
}

/** A point matched in two frames. */
export interface Track {
  readonly from: Point2
  readonly to: Point2
}

/**
 * Tracks forward, then back from where each point landed; keeps the tracks that come back within
 * `maxErrorPx` of their start.
 */
export const trackForwardBackward = (
  a: readonly PyramidLevel[],
  b: readonly PyramidLevel[],
  points: readonly Point2[],
  maxErrorPx: number,
  guesses?: readonly Point2[],
  options: TrackOptions = DEFAULT_TRACK_OPTIONS,
  warps?: readonly LocalWarp[],
): Track[] => {
  const forward = trackPoints(a, b, points, guesses, options, warps)
  const landed: Point2[] = []
  const from: Point2[] = []
  const backGuesses: Point2[] = []
  const backWarps: LocalWarp[] = []
  forward.forEach((q, i) => {
    if (q) {
      landed.push(q)
      from.push(points[i])
      backWarps.push(invertWarp(warps?.[i] ?? [1, 0, 0, 1]))
      // the backward pass gets the same prior as the forward one (mirrored), never the answer itself
      const g = guesses?.[i]
      backGuesses.push(g ? { x: q.x - (g.x - points[i].x), y: q.y - (g.y - points[i].y) } : q)
    }
  })
  const back = trackPoints(b, a, landed, backGuesses, options, backWarps)
  const out: Track[] = []
  back.forEach((p, i) => {
    if (p && (p.x - from[i].x) ** 2 + (p.y - from[i].y) ** 2 <= maxErrorPx * maxErrorPx) out.push({ from: from[i], to: landed[i] })
  })
  return out
}
