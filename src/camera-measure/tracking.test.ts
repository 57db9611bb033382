import { describe, expect, it } from 'vitest'
import { detectCorners } from './corners'
import { buildPyramid, reducedImage } from './image'
import { trackForwardBackward, trackPoints } from './lucasKanade'
import { pointCloud, renderFrame, type SyntheticCamera } from './testing/syntheticScene'
import type { GrayFrame } from './types'

const W = 240
const H = 135
const blobs = pointCloud({ count: 1500, nearM: 10, farM: 10.0001, halfAngleDeg: 45, seed: 9 })
const cam: SyntheticCamera = { position: [0, 0, 0], yawDeg: 0, pitchDeg: 0, rollDeg: 0, focalPx: 200 }
const image = (f: GrayFrame) => buildPyramid(reducedImage(f, 1), 4)
/** The camera moved sideways at the plane's depth so the whole image shifts by (dx, dy) pixels. */
const shifted = (dx: number, dy: number, seed: number) =>
  renderFrame(blobs, { ...cam, position: [(-dx / cam.focalPx) * 10, (dy / cam.focalPx) * 10, 0] }, W, H, seed)

describe('corners', () => {
  it('spreads corners over the whole image and finds none in a flat one', () => {
    const corners = detectCorners(reducedImage(renderFrame(blobs, cam, W, H), 1))
    expect(corners.length).toBeGreaterThan(100)
    for (const [qx, qy] of [[0, 0], [1, 0], [0, 1], [1, 1]])
      expect(corners.filter((p) => (p.x < W / 2 ? 0 : 1) === qx && (p.y < H / 2 ? 0 : 1) === qy).length).toBeGreaterThan(15)
    const flat = { widthPx: W, heightPx: H, luma: new Uint8Array(W * H).fill(90) }
    expect(detectCorners(reducedImage(flat, 1))).toEqual([])
  })
})

describe('pyramidal Lucas-Kanade', () => {
  const a = renderFrame(blobs, cam, W, H, 1)
  const corners = detectCorners(reducedImage(a, 1)).filter((p) => p.x > 30 && p.x < W - 30 && p.y > 30 && p.y < H - 30)

  it.each([
    [0.37, -0.81],
    [4.6, 2.2],
    [-17.3, 9.4],
  ])('follows a shift of (%f, %f) px to a twentieth of a pixel', (dx, dy) => {
    const tracked = trackPoints(image(a), image(shifted(dx, dy, 2)), corners)
    const found = tracked.flatMap((q, i) => (q ? [{ dx: q.x - corners[i].x, dy: q.y - corners[i].y }] : []))
    expect(found.length).toBeGreaterThan(corners.length * 0.9)
    const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)]
    expect(Math.abs(median(found.map((f) => f.dx)) - dx)).toBeLessThan(0.05)
    expect(Math.abs(median(found.map((f) => f.dy)) - dy)).toBeLessThan(0.05)
  })

  it('keeps consistent tracks and drops those into an unrelated image (forward-backward check)', () => {
    const good = trackForwardBackward(image(a), image(shifted(3, -2, 3)), corners, 0.5)
    expect(good.length).toBeGreaterThan(corners.length * 0.8)
    const other = renderFrame(pointCloud({ count: 1500, nearM: 10, farM: 10.0001, halfAngleDeg: 45, seed: 77 }), cam, W, H, 4)
    const bad = trackForwardBackward(image(a), image(other), corners, 0.5)
    expect(bad.length).toBeLessThan(corners.length * 0.25)
  })
})

describe('Lucas-Kanade with a predicted window shape', () => {
  it('follows a 20-degree roll when told the window turns, and keeps more tracks than without', () => {
    const a = renderFrame(blobs, cam, W, H, 1)
    const b = renderFrame(blobs, { ...cam, rollDeg: 20 }, W, H, 2)
    const c = { x: (W - 1) / 2, y: (H - 1) / 2 }
    const t = (20 * Math.PI) / 180
    // a camera roll > 0 (counter-clockwise for the operator) turns the content clockwise on screen (y down)
    const turn = (p: { x: number; y: number }) => {
      const dx = p.x - c.x
      const dy = p.y - c.y
      return { x: c.x + Math.cos(t) * dx - Math.sin(t) * dy, y: c.y + Math.sin(t) * dx + Math.cos(t) * dy }
    }
    const corners = detectCorners(reducedImage(a, 1)).filter((p) => Math.hypot(p.x - c.x, p.y - c.y) < 45)
    const warp = [Math.cos(t), -Math.sin(t), Math.sin(t), Math.cos(t)] as const
    const guesses = corners.map(turn)
    const withWarp = trackPoints(image(a), image(b), corners, guesses, undefined, corners.map(() => warp))
    const errors = withWarp.flatMap((q, i) => (q ? [Math.hypot(q.x - guesses[i].x, q.y - guesses[i].y)] : []))
    expect(errors.length).toBeGreaterThan(corners.length * 0.9)
    expect([...errors].sort((p, q) => p - q)[Math.floor(errors.length * 0.9)]).toBeLessThan(0.2)
    const plain = trackForwardBackward(image(a), image(b), corners, 0.5, guesses)
    const warped = trackForwardBackward(image(a), image(b), corners, 0.5, guesses, undefined, corners.map(() => warp))
    expect(warped.length).toBeGreaterThan(plain.length)
  })
})
