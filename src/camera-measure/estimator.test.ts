import { describe, expect, it } from 'vitest'
import { focalLengthForFov } from '../core/camera/lens'
import { createMotionEstimator, intrinsicsFromHfov, intrinsicsFromLens, measureCameraMotion, type MeasuredFrame } from './index'
import { pointCloud, renderFrame, type SyntheticCamera } from './testing/syntheticScene'

// A 3D scene (depths 3 to 30 m) so that any travel shows parallax, seen by a 60-degree lens.
const W = 320
const H = 180
const k = intrinsicsFromHfov(60, W, H)
const blobs = pointCloud({ count: 2500, nearM: 3, farM: 30, halfAngleDeg: 55, seed: 3 })
const at0: SyntheticCamera = { position: [0, 0, 0], yawDeg: 0, pitchDeg: 0, rollDeg: 0, focalPx: k.focalPx }
const clip = (frames: number, move: (i: number) => Partial<SyntheticCamera>, width = W, height = H, noiseLevels = 1) =>
  Array.from({ length: frames }, (_, i) => {
    const cam = { ...at0, ...move(i) }
    return renderFrame(blobs, { ...cam, focalPx: (cam.focalPx * width) / W }, width, height, 100 + i, noiseLevels)
  })

type Truth = { panDeg: number; tiltDeg: number; rollDeg: number; zoom: number }
const still: Truth = { panDeg: 0, tiltDeg: 0, rollDeg: 0, zoom: 1 }

/** Every frame within 1 degree per rotation channel and 2 % in zoom of the truth, and no parallax. */
const expectFollows = (measured: MeasuredFrame[], truth: (i: number) => Truth) => {
  for (const f of measured) {
    const t = truth(f.index)
    expect(f.measured).toBe(true)
    expect(Math.abs(f.panDeg - t.panDeg), `pan at ${f.index}`).toBeLessThan(1)
    expect(Math.abs(f.tiltDeg - t.tiltDeg), `tilt at ${f.index}`).toBeLessThan(1)
    expect(Math.abs(f.rollDeg - t.rollDeg), `roll at ${f.index}`).toBeLessThan(1)
    expect(Math.abs(f.zoom / t.zoom - 1), `zoom at ${f.index}`).toBeLessThan(0.02)
    expect(f.parallax, `parallax at ${f.index} (${f.parallaxResidualPx} px)`).toBe(false)
  }
}

describe('rotation and zoom of a camera that does not travel (3D scene, 320x180)', () => {
  // core yaw > 0 turns left, so the contract's pan to the right is yaw < 0
  it.each([
    ['pan right', (i: number) => ({ yawDeg: -3 * i }), (i: number) => ({ ...still, panDeg: 3 * i })],
    ['pan left', (i: number) => ({ yawDeg: 3 * i }), (i: number) => ({ ...still, panDeg: -3 * i })],
    ['tilt up', (i: number) => ({ pitchDeg: 2 * i }), (i: number) => ({ ...still, tiltDeg: 2 * i })],
    ['tilt down', (i: number) => ({ pitchDeg: -2 * i }), (i: number) => ({ ...still, tiltDeg: -2 * i })],
    ['roll counter-clockwise (positive)', (i: number) => ({ rollDeg: 3 * i }), (i: number) => ({ ...still, rollDeg: 3 * i })],
    ['roll clockwise', (i: number) => ({ rollDeg: -3 * i }), (i: number) => ({ ...still, rollDeg: -3 * i })],
    ['zoom in', (i: number) => ({ focalPx: k.focalPx * 1.04 ** i }), (i: number) => ({ ...still, zoom: 1.04 ** i })],
    ['zoom out', (i: number) => ({ focalPx: k.focalPx * 0.96 ** i }), (i: number) => ({ ...still, zoom: 0.96 ** i })],
    [
      'pan left, tilt down, roll and zoom out together',
      (i: number) => ({ yawDeg: 2 * i, pitchDeg: -1.5 * i, rollDeg: i, focalPx: k.focalPx * 0.98 ** i }),
      (i: number) => ({ panDeg: -2 * i, tiltDeg: -1.5 * i, rollDeg: i, zoom: 0.98 ** i }),
    ],
  ])('%s', (_name, move, truth) => {
    const measured = measureCameraMotion(clip(7, move), k)
    expectFollows(measured, truth)
    // the sign of every channel that moves, stated on its own
    const end = measured[6]
    const t = truth(6)
    for (const c of ['panDeg', 'tiltDeg', 'rollDeg'] as const) if (Math.abs(t[c]) > 0.5) expect(Math.sign(end[c]), c).toBe(Math.sign(t[c]))
    if (Math.abs(t.zoom - 1) > 0.01) expect(Math.sign(end.zoom - 1), 'zoom').toBe(Math.sign(t.zoom - 1))
  })

  it('analyses a larger video at reduced size with the same accuracy (640x360 read at 320x180)', () => {
    const big = intrinsicsFromHfov(60, 640, 360)
    const measured = measureCameraMotion(clip(5, (i) => ({ yawDeg: -2 * i, pitchDeg: i }), 640, 360), big)
    expectFollows(measured, (i) => ({ ...still, panDeg: 2 * i, tiltDeg: i }))
  })

  it('stays within bounds and keeps the gate off in heavy noise (+-20 grey levels per pixel)', () => {
    const measured = measureCameraMotion(clip(7, (i) => ({ yawDeg: -2 * i, pitchDeg: i }), W, H, 20), k)
    expectFollows(measured, (i) => ({ ...still, panDeg: 2 * i, tiltDeg: i }))
  })

  it('takes the focal length from the lens and gate as well as from a field of view', () => {
    const fromLens = intrinsicsFromLens(focalLengthForFov(36, 60), 36, W, H)
    expect(fromLens.focalPx).toBeCloseTo(k.focalPx, 9)
    expect(() => intrinsicsFromHfov(0, W, H)).toThrow(/field of view/)
    expect(() => intrinsicsFromLens(-35, 36, W, H)).toThrow(/positive/)
  })

  it('over-reads a pan by a few percent when the field of view is guessed 15 degrees wrong', () => {
    const frames = clip(7, (i) => ({ yawDeg: -3 * i }))
    for (const guess of [45, 75]) {
      const end = measureCameraMotion(frames, intrinsicsFromHfov(guess, W, H))[6]
      expect(end.panDeg).toBeGreaterThan(18)
      expect(end.panDeg).toBeLessThan(18 * 1.06)
    }
  })
})

describe('the parallax gate', () => {
  it.each([
    ['dolly in', (i: number) => ({ position: [0, 0, -0.3 * i] as const }), 1],
    ['truck right', (i: number) => ({ position: [0.15 * i, 0, 0] as const }), 1],
    ['pedestal up', (i: number) => ({ position: [0, 0.05 * i, 0] as const }), 1],
    // a slow move builds up over the gate's window: flagged once the window holds enough of it
    ['slow dolly in', (i: number) => ({ position: [0, 0, -0.05 * i] as const }), 2],
    ['slow truck right', (i: number) => ({ position: [0.02 * i, 0, 0] as const }), 2],
    ['slow dolly in, +-20 grey levels of noise', (i: number) => ({ position: [0, 0, -0.05 * i] as const }), 2, 20],
  ])('is on when the camera travels: %s', (_name, move, from, noiseLevels = 1) => {
    const measured = measureCameraMotion(clip(7, (i) => ({ position: [...move(i).position] }), W, H, noiseLevels), k)
    expect(measured[0].parallax).toBe(false)
    for (const f of measured.slice(from)) expect(f.parallax, `frame ${f.index}: ${f.parallaxResidualPx} px`).toBe(true)
  })
})

describe('the streaming estimator', () => {
  it('holds the motion through a frame it cannot match, and says so', () => {
    const frames = clip(3, (i) => ({ yawDeg: -2 * i }))
    const estimator = createMotionEstimator(k)
    estimator.push(frames[0])
    const one = estimator.push(frames[1])
    const flat = estimator.push({ widthPx: W, heightPx: H, luma: new Uint8Array(W * H).fill(100) })
    expect(flat.measured).toBe(false)
    expect(flat.panDeg).toBeCloseTo(one.panDeg, 9)
    expect(one.panDeg).toBeCloseTo(2, 0)
  })

  it('refuses a frame of another size with one clear message', () => {
    const estimator = createMotionEstimator(k)
    expect(() => estimator.push({ widthPx: 160, heightPx: 90, luma: new Uint8Array(160 * 90) })).toThrow('Frame 0 is 160x90; the video is 320x180.')
    expect(() => estimator.push({ widthPx: W, heightPx: H, luma: new Uint8Array(10) })).toThrow('Frame 0 has fewer luma bytes than its size needs.')
    expect(() => createMotionEstimator({ widthPx: W, heightPx: H, focalPx: 0 })).toThrow('must be positive')
  })
})
