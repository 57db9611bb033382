import { describe, expect, it } from 'vitest'
import { measureCameraMotion, intrinsicsFromHfov } from './index'
import { panoramaCloud, renderFrame } from './testing/syntheticScene'

// Drift over longer clips: errors chain from frame to frame, so they are checked at every frame.
const W = 320
const H = 180
const k = intrinsicsFromHfov(60, W, H)
const around = panoramaCloud({ count: 9000, nearM: 3, farM: 30, azimuthDeg: 100, elevationDeg: 45, seed: 21 })
const smoothstep = (u: number) => u * u * (3 - 2 * u)

describe('longer clips', () => {
  it('follows an eased 45-degree pan with a 10-degree tilt over 25 frames within 1 degree at every frame', () => {
    const n = 25
    const frames = Array.from({ length: n }, (_, i) => {
      const u = smoothstep(i / (n - 1))
      return renderFrame(around, { position: [0, 0, 0], yawDeg: -45 * u, pitchDeg: 10 * u, rollDeg: 0, focalPx: k.focalPx }, W, H, 300 + i, 4)
    })
    const measured = measureCameraMotion(frames, k)
    measured.forEach((f, i) => {
      const u = smoothstep(i / (n - 1))
      expect(Math.abs(f.panDeg - 45 * u), `pan at ${i}`).toBeLessThan(1)
      expect(Math.abs(f.tiltDeg - 10 * u), `tilt at ${i}`).toBeLessThan(1)
      expect(Math.abs(f.rollDeg), `roll at ${i}`).toBeLessThan(1)
      expect(Math.abs(f.zoom - 1), `zoom at ${i}`).toBeLessThan(0.02)
      expect(f.parallax, `parallax at ${i}`).toBe(false)
    })
  }, 60_000) // a hang guard for a busy machine, not a speed target

  it('reads a static shot in noise as static: no drift in any channel', () => {
    const frames = Array.from({ length: 16 }, (_, i) =>
      renderFrame(around, { position: [0, 0, 0], yawDeg: 0, pitchDeg: 0, rollDeg: 0, focalPx: k.focalPx }, W, H, 500 + i, 10),
    )
    for (const f of measureCameraMotion(frames, k)) {
      expect(Math.max(Math.abs(f.panDeg), Math.abs(f.tiltDeg), Math.abs(f.rollDeg)), `rotation at ${f.index}`).toBeLessThan(0.1)
      expect(Math.abs(f.zoom - 1), `zoom at ${f.index}`).toBeLessThan(0.002)
      expect(f.parallax).toBe(false)
      expect(f.travel).toBeNull()
      expect(f.dollyZoom).toBe(false)
    }
  }, 60_000)
})
