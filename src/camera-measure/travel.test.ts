import { describe, expect, it } from 'vitest'
import { clipIsDollyZoom, intrinsicsFromHfov, measureCameraMotion, type MeasuredFrame } from './index'
import { pointCloud, renderFrame, subjectCard, type SyntheticCamera } from './testing/syntheticScene'

// A 3D scene (depths 3 to 30 m) seen by a 60-degree lens at 320x180; a dolly-zoom scene adds a card (the subject) 4 m away.
const W = 320
const H = 180
const k = intrinsicsFromHfov(60, W, H)
const cloud = pointCloud({ count: 2500, nearM: 3, farM: 30, halfAngleDeg: 55, seed: 3 })
const farCloud = pointCloud({ count: 2500, nearM: 12, farM: 40, halfAngleDeg: 55, seed: 5 })
const SUBJECT_M = 4
const withSubject = [...farCloud, ...subjectCard({ count: 260, depthM: SUBJECT_M, widthM: 1.6, heightM: 1.0, seed: 9 })]
const at0: SyntheticCamera = { position: [0, 0, 0], yawDeg: 0, pitchDeg: 0, rollDeg: 0, focalPx: k.focalPx }
const clip = (frames: number, move: (i: number) => Partial<SyntheticCamera>, blobs = cloud) =>
  Array.from({ length: frames }, (_, i) => renderFrame(blobs, { ...at0, ...move(i) }, W, H, 100 + i, 1))

const angleDeg = (a: readonly number[], b: readonly number[]) =>
  (Math.acos(Math.max(-1, Math.min(1, (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(...a) * Math.hypot(...b))))) * 180) / Math.PI

type V3 = [number, number, number]
/** Camera position in the core's world axes (x right, y up, -Z forward) to the contract's [right, up, forward] for an unturned camera. */
const contract = (p: V3): V3 => [p[0], p[1], -p[2]]

describe('direction of travel from the essential matrix', () => {
  it.each([
    ['dolly in', [0, 0, -0.3] as V3, 2],
    ['dolly out', [0, 0, 0.3] as V3, 2],
    ['truck right', [0.15, 0, 0] as V3, 0],
    ['truck left', [-0.15, 0, 0] as V3, 0],
    ['pedestal up', [0, 0.08, 0] as V3, 1],
    ['pedestal down', [0, -0.08, 0] as V3, 1],
  ])('%s: travel within 10 degrees, its sign right, and no zoom or turn read into it', (_name, perFrame, axis) => {
    const measured = measureCameraMotion(clip(7, (i) => ({ position: [perFrame[0] * i, perFrame[1] * i, perFrame[2] * i] })), k)
    const truth = contract(perFrame)
    for (const f of measured.slice(1)) {
      expect(f.parallax, `parallax at ${f.index}`).toBe(true)
      expect(f.travel, `travel at ${f.index}`).not.toBeNull()
      const travel = f.travel as readonly number[]
      expect(angleDeg(travel, truth), `travel at ${f.index}: ${travel.map((v) => v.toFixed(3))}`).toBeLessThan(10)
      expect(Math.sign(travel[axis]), `sign at ${f.index}`).toBe(Math.sign(truth[axis]))
      expect(Math.abs(f.zoom - 1), `zoom at ${f.index}`).toBeLessThan(0.02)
      for (const c of ['panDeg', 'tiltDeg', 'rollDeg'] as const) expect(Math.abs(f[c]), `${c} at ${f.index}`).toBeLessThan(1)
      expect(f.dollyZoom, `dolly zoom at ${f.index}`).toBe(false)
    }
  })

  it('a pan combined with a dolly: the pan is measured (within 1 degree) and the travel is forward', () => {
    const measured = measureCameraMotion(clip(8, (i) => ({ yawDeg: -1 * i, position: [0, 0, -0.2 * i] })), k)
    for (const f of measured.slice(1)) {
      expect(Math.abs(f.panDeg - f.index), `pan at ${f.index}`).toBeLessThan(1)
      expect(Math.abs(f.zoom - 1), `zoom at ${f.index}`).toBeLessThan(0.02)
      // the window's start camera had turned up to 6 degrees less: compare within 10 degrees of forward
      expect(angleDeg(f.travel as readonly number[], [0, 0, 1]), `travel at ${f.index}`).toBeLessThan(10)
    }
  })

  it('a pure pan still reads as a pan, with travel null', () => {
    const measured = measureCameraMotion(clip(7, (i) => ({ yawDeg: -3 * i })), k)
    for (const f of measured) {
      expect(f.travel).toBeNull()
      expect(f.dollyZoom).toBe(false)
      expect(Math.abs(f.panDeg - 3 * f.index)).toBeLessThan(1)
    }
  })
})

describe('the dolly-zoom signature', () => {
  // dolly out while zooming in so that the subject at 4 m keeps its size (and the reverse)
  const dollyZoom = (stepM: number) => (i: number) => ({ position: [0, 0, stepM * i] as V3, focalPx: (k.focalPx * (SUBJECT_M + stepM * i)) / SUBJECT_M })
  const recognised = (m: MeasuredFrame[]) => clipIsDollyZoom(m)

  it.each([
    ['dolly out, zoom in', 0.2],
    ['dolly in, zoom out', -0.2],
  ])('is recognised: %s', (_name, step) => {
    const measured = measureCameraMotion(clip(8, dollyZoom(step), withSubject), k)
    expect(recognised(measured), measured.map((f) => `${f.index} ${f.parallax} ${f.subjectScale.toFixed(3)}/${f.backgroundScale.toFixed(3)}`).join('; ')).toBe(true)
    // the background scale moves the way the zoom goes, the subject stays
    const last = measured[measured.length - 1]
    expect(Math.sign(last.backgroundScale - 1)).toBe(Math.sign(step))
    expect(Math.abs(Math.log(last.subjectScale))).toBeLessThan(0.03)
  })

  it('is not read into a plain zoom, a plain dolly or a truck of the same scene', () => {
    const zoom = measureCameraMotion(clip(8, (i) => ({ focalPx: k.focalPx * 1.04 ** i }), withSubject), k)
    const dolly = measureCameraMotion(clip(8, (i) => ({ position: [0, 0, 0.2 * i] }), withSubject), k)
    const truck = measureCameraMotion(clip(8, (i) => ({ position: [0.1 * i, 0, 0] }), withSubject), k)
    for (const m of [zoom, dolly, truck]) {
      expect(recognised(m)).toBe(false)
      for (const f of m) expect(f.dollyZoom, `frame ${f.index}`).toBe(false)
    }
    for (const f of zoom) expect(f.parallax).toBe(false)
  })
})
