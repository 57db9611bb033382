import { describe, expect, it } from 'vitest'
import { intrinsicsFromHfov, measureCameraMotion, type MeasuredFrame } from './index'
import { radialGrowth, reversedTravelFocalRatio, whereGrowthIs } from './dollyZoom'
import { groundAndWall, renderFrame, subjectCard, type SyntheticCamera } from './testing/syntheticScene'

const W = 320
const H = 180
const k = intrinsicsFromHfov(60, W, H)
const SUBJECT_M = 4
// the ground 1.6 m below the camera, a wall 20 m ahead, a subject card 4 m ahead
const stage = [...groundAndWall({ groundM: 1.6, wallM: 20, count: 1800, seed: 11 }), ...subjectCard({ count: 260, depthM: SUBJECT_M, widthM: 1.2, heightM: 1.6, seed: 9 })]
const at0: SyntheticCamera = { position: [0, 0, 0], yawDeg: 0, pitchDeg: 0, rollDeg: 0, focalPx: k.focalPx }
const clip = (frames: number, move: (i: number) => Partial<SyntheticCamera>) =>
  Array.from({ length: frames }, (_, i) => renderFrame(stage, { ...at0, ...move(i) }, W, H, 100 + i, 1))

/** Forward (camera -Z) by `stepM` a frame, the focal length following so the subject keeps its size (negative: backward, zooming in). */
const dollyZoom = (stepM: number) => (i: number) => ({ position: [0, 0, -stepM * i] as [number, number, number], focalPx: (k.focalPx * (SUBJECT_M - stepM * i)) / SUBJECT_M })
const travelling = (m: MeasuredFrame[]) => m.filter((f) => f.travel !== null)
const forwardShare = (m: MeasuredFrame[], sign: number) => travelling(m).filter((f) => Math.sign((f.travel as readonly number[])[2]) === sign && Math.abs((f.travel as readonly number[])[2]) > 0.9).length / Math.max(1, travelling(m).length)

describe('a dolly zoom is read the way the camera travelled, the zoom with it', () => {
  it.each([
    ['dolly in, zooming out', 0.07, 1],
    ['dolly out, zooming in', -0.07, -1],
  ])('%s', (_name, step, sign) => {
    const measured = measureCameraMotion(clip(20, dollyZoom(step)), k)
    const summary = measured.map((f) => `${f.index} ${f.travel?.map((v) => v.toFixed(2)) ?? '-'} z${f.zoom.toFixed(3)}`).join('; ')
    expect(travelling(measured).length, summary).toBeGreaterThanOrEqual(6)
    expect(forwardShare(measured, sign), summary).toBeGreaterThanOrEqual(0.8)
    // the zoom goes the designed way (its size is not bounded: the far wall is not at infinity)
    const last = measured[measured.length - 1]
    expect(Math.sign(last.zoom - 1), summary).toBe(-sign)
    expect(measured.some((f) => f.dollyZoom), summary).toBe(true)
  })

  it('a plain dolly over the same set stays a dolly: forward, the zoom held', () => {
    const measured = measureCameraMotion(clip(20, (i) => ({ position: [0, 0, -0.07 * i] })), k)
    const summary = measured.map((f) => `${f.index} ${f.travel?.map((v) => v.toFixed(2)) ?? '-'} z${f.zoom.toFixed(3)}`).join('; ')
    expect(forwardShare(measured, 1), summary).toBeGreaterThanOrEqual(0.9)
    for (const f of measured) expect(Math.abs(f.zoom - 1), summary).toBeLessThan(0.02)
  })
})

describe('the pieces', () => {
  const centre = { x: 160, y: 90 }
  const radial = (x: number, y: number, scale: number) => ({ from: { x, y }, to: { x: centre.x + (x - centre.x) * scale, y: centre.y + (y - centre.y) * scale } })
  // high in the frame shrinking (the background), low growing (the near ground), the middle steady
  const mixed = [
    ...Array.from({ length: 12 }, (_, i) => radial(40 + i * 20, 20, 0.95)),
    ...Array.from({ length: 12 }, (_, i) => radial(40 + i * 20, 60, 1)),
    ...Array.from({ length: 4 }, (_, i) => radial(60 + i * 60, 170, 1.04)),
  ]

  it('the focal ratio of the reversed reading is the far points scale', () => {
    // focal held, this reads backward (most shrink); reversed: forward, zooming out to the far points' 0.95
    expect(reversedTravelFocalRatio(radialGrowth(mixed, centre, centre), false)).toBeCloseTo(0.95, 6)
    // read forward with the focal held, the shrinking ones go against it: backward, zooming in to the growing 1.04
    expect(reversedTravelFocalRatio(radialGrowth(mixed, centre, centre), true)).toBeCloseTo(1.04, 6)
    expect(reversedTravelFocalRatio(radialGrowth([radial(165, 92, 0.9)], centre, centre), false)).toBeNull()
  })

  it('the scene priors: positive where the lower (or the middle) points grow more, negative where the upper (or outer) ones do', () => {
    expect(whereGrowthIs(radialGrowth(mixed, centre, centre), centre, 320, 180).lower).toBeGreaterThan(0.5)
    const upsideDown = mixed.map((t) => ({ from: { x: t.from.x, y: 180 - t.from.y }, to: { x: t.to.x, y: 180 - t.to.y } }))
    expect(whereGrowthIs(radialGrowth(upsideDown, centre, centre), centre, 320, 180).lower).toBeLessThan(-0.5)
    const ring = (r: number, scale: number) => Array.from({ length: 12 }, (_, i) => radial(centre.x + r * Math.cos(i / 2), centre.y + r * 0.5 * Math.sin(i / 2), scale))
    expect(whereGrowthIs(radialGrowth([...ring(30, 1), ...ring(80, 0.95)], centre, centre), centre, 320, 180).middle).toBeGreaterThan(0.5)
    expect(whereGrowthIs(radialGrowth([...ring(30, 0.95), ...ring(80, 1)], centre, centre), centre, 320, 180).middle).toBeLessThan(-0.5)
  })
})
