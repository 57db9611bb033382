import { describe, expect, it } from 'vitest'
import { createRng } from '../core/math/rng'
import { bundleAdjust, type PointTrack } from './bundleAdjust'
import { mul3, rotationOfVector, transpose3 } from './linalg'
import { anglesOfRotation } from './rotationZoom'

// An orbit in OpenCV axes (x right, y down, z forward): the camera circles a subject 4 m ahead,
// turning to keep it centred; points on the subject, the ground and far away. Observations are
// calibrated image coordinates with noise; the start reads the turn 20 % short (the ambiguity of a
// turn against a sideways travel that frame pairs cannot resolve).
const FRAMES = 24
const ORBIT_DEG = 30
const RADIUS_M = 4
const FOCAL_PX = 300
const ease = (u: number) => u * u * (3 - 2 * u)
const yawAt = (i: number) => (ORBIT_DEG * Math.PI * ease(i / (FRAMES - 1))) / 180
/** Camera i: turned by yaw about the vertical (y), its centre on the circle about the subject. */
const rotationAt = (yaw: number) => rotationOfVector([0, yaw, 0])
const centreAt = (yaw: number) => [RADIUS_M * Math.sin(-yaw), 0, RADIUS_M - RADIUS_M * Math.cos(yaw)]

const scene = (seed: number) => {
  const rng = createRng(seed)
  const points: number[][] = []
  for (let k = 0; k < 60; k++) points.push([(rng() - 0.5) * 1.2, (rng() - 0.5) * 1.6, RADIUS_M + (rng() - 0.5) * 0.6]) // the subject
  for (let k = 0; k < 120; k++) points.push([(rng() - 0.5) * 12, 1.6, 2 + rng() * 14]) // the ground, 1.6 m below
  for (let k = 0; k < 80; k++) points.push([(rng() - 0.5) * 40, (rng() - 0.8) * 10, 25 + rng() * 10]) // far away
  return points
}

const observe = (points: number[][], rotations: number[][], centres: number[][], noise: number, seed: number): PointTrack[] => {
  const rng = createRng(seed)
  const tracks: PointTrack[] = []
  for (const p of points) {
    let run: number[] = []
    let first = -1
    const close = () => {
      if (run.length >= 6) tracks.push({ first, rays: Float64Array.from(run) })
      run = []
    }
    for (let i = 0; i < FRAMES; i++) {
      const r = rotations[i]
      const d = [p[0] - centres[i][0], p[1] - centres[i][1], p[2] - centres[i][2]]
      const x = [r[0] * d[0] + r[1] * d[1] + r[2] * d[2], r[3] * d[0] + r[4] * d[1] + r[5] * d[2], r[6] * d[0] + r[7] * d[1] + r[8] * d[2]]
      const u = x[0] / x[2]
      const v = x[1] / x[2]
      if (x[2] > 0.5 && Math.abs(u) < 0.55 && Math.abs(v) < 0.31) {
        if (run.length === 0) first = i
        run.push(u + ((rng() - 0.5) * 2 * noise) / FOCAL_PX, v + ((rng() - 0.5) * 2 * noise) / FOCAL_PX)
      } else close()
    }
    close()
  }
  return tracks
}

const panDeg = (r: readonly number[]) => anglesOfRotation(r, 1).panDeg

describe('bundle adjustment of a travelling camera', () => {
  const truthR = Array.from({ length: FRAMES }, (_, i) => rotationAt(yawAt(i)))
  const truthC = Array.from({ length: FRAMES }, (_, i) => centreAt(yawAt(i)))
  const tracks = observe(scene(3), truthR, truthC, 0.3, 4)
  // the start: the turn 20 % short, each step one unit along the true tangent's rough direction (sideways)
  const startR = Array.from({ length: FRAMES }, (_, i) => rotationAt(0.8 * yawAt(i)))
  const startC = Array.from({ length: FRAMES }, (_, i) => [-Math.max(0, i), 0, 0])
  const free = Array.from({ length: FRAMES }, (_, i) => i >= 1)
  const problem = { rotations: startR, centres: startC, free, tracks, robustScale: 0.5 / FOCAL_PX, turnSmoothness: 100, travelSmoothness: 1, iterations: 50 }

  it('recovers the orbit\u2019s turn at every frame from a start 20 % short', () => {
    expect(tracks.length).toBeGreaterThan(100)
    const fit = bundleAdjust(problem)
    expect(fit.costAfter).toBeLessThan(fit.costBefore / 10)
    const startError = Math.max(...startR.map((r, i) => Math.abs(panDeg(r) - panDeg(truthR[i]))))
    expect(startError).toBeGreaterThan(5)
    fit.rotations.forEach((r, i) => {
      expect(Math.abs(panDeg(r) - panDeg(truthR[i])), `pan at ${i}`).toBeLessThan(0.3)
      // the rest of the rotation: tilt and roll stay near zero
      const rest = mul3(r, transpose3(truthR[i]))
      expect(Math.acos(Math.min(1, (rest[0] + rest[4] + rest[8] - 1) / 2)) * (180 / Math.PI), `turn error at ${i}`).toBeLessThan(0.3)
    })
    // the path: the direction from the first to the last centre is the true chord's (the scale is free)
    const chord = (c: number[][]) => {
      const d = c[FRAMES - 1].map((v, k) => v - c[0][k])
      const n = Math.hypot(d[0], d[1], d[2])
      return d.map((v) => v / n)
    }
    const dot = chord(fit.centres).reduce((a, v, k) => a + v * chord(truthC)[k], 0)
    expect(Math.acos(Math.min(1, dot)) * (180 / Math.PI)).toBeLessThan(3)
  }, 60_000) // a hang guard for a busy machine, not a speed target

  it('keeps the fixed frames, and with turns: false keeps every rotation', () => {
    const fit = bundleAdjust(problem)
    expect(fit.rotations[0]).toEqual(startR[0])
    expect(fit.centres[0]).toEqual(startC[0])
    const level = startR.map(() => rotationAt(0))
    const still = bundleAdjust({ ...problem, rotations: level, turns: false })
    still.rotations.forEach((r, i) => r.forEach((v, k) => expect(v).toBe(level[i][k])))
    // without its turn (a truck) the orbit cannot be explained: the fit with one ends far lower
    expect(fit.costAfter).toBeLessThan(still.costAfter / 3)
  }, 60_000)
})
