/**
 * Test support: a seeded 3D point cloud rendered as Gaussian blobs into grayscale frames by a
 * pinhole camera in the core's conventions (yaw / pitch / roll in degrees, Y-X-Z order, looking down
 * -Z, yaw > 0 turns left). Pure TypeScript, so the estimator's tests need no video or renderer.
 */
import { quatFromYawPitchRoll, rotateVec3 } from '../../core/math/quat'
import { createRng } from '../../core/math/rng'
import type { Vec3 } from '../../core/math/vec3'
import { DEG_TO_RAD } from '../../core/units'
import type { GrayFrame } from '../types'

export interface Blob {
  readonly position: Vec3
  /** Added to the background grey (may be negative: a dark blob). */
  readonly amplitude: number
  readonly sigmaPx: number
}

export interface SyntheticCamera {
  readonly position: Vec3
  readonly yawDeg: number
  readonly pitchDeg: number
  readonly rollDeg: number
  readonly focalPx: number
}

export interface CloudOptions {
  readonly count: number
  readonly nearM: number
  readonly farM: number
  /** Half-angle of the cone the points fill around -Z, degrees (wider than the view so moves stay covered). */
  readonly halfAngleDeg: number
  readonly seed: number
}

/** Points scattered in a cone around -Z from the origin, depths uniform in 1/depth (as a scene looks). */
export const pointCloud = (o: CloudOptions): Blob[] => {
  const rng = createRng(o.seed)
  const t = Math.tan(o.halfAngleDeg * DEG_TO_RAD)
  return Array.from({ length: o.count }, () => {
    const inv = 1 / o.farM + rng() * (1 / o.nearM - 1 / o.farM)
    const depth = 1 / inv
    const x = (rng() * 2 - 1) * t * depth
    const y = (rng() * 2 - 1) * t * depth * 0.75
    const amplitude = (rng() < 0.5 ? -1 : 1) * (50 + rng() * 80)
    return { position: [x, y, -depth] as Vec3, amplitude, sigmaPx: 1.1 + rng() * 0.6 }
  })
}

/** Image position of a world point (pixel centres on integers), or null behind the camera. */
export const project = (cam: SyntheticCamera, p: Vec3, widthPx: number, heightPx: number): { x: number; y: number } | null => {
  const orientation = quatFromYawPitchRoll(cam.yawDeg * DEG_TO_RAD, cam.pitchDeg * DEG_TO_RAD, cam.rollDeg * DEG_TO_RAD)
  const inverse = [-orientation[0], -orientation[1], -orientation[2], orientation[3]] as const
  const local = rotateVec3(inverse, [p[0] - cam.position[0], p[1] - cam.position[1], p[2] - cam.position[2]])
  const forward = -local[2]
  if (forward < 0.05) return null
  return { x: (widthPx - 1) / 2 + (cam.focalPx * local[0]) / forward, y: (heightPx - 1) / 2 - (cam.focalPx * local[1]) / forward }
}

/** Renders the blobs over a mid-grey background with seeded uniform noise of +-`noiseLevels` grey levels. */
export const renderFrame = (blobs: readonly Blob[], cam: SyntheticCamera, widthPx: number, heightPx: number, noiseSeed = 7, noiseLevels = 1): GrayFrame => {
  const acc = new Float32Array(widthPx * heightPx).fill(110)
  for (const b of blobs) {
    const c = project(cam, b.position, widthPx, heightPx)
    if (!c) continue
    const r = Math.ceil(3 * b.sigmaPx)
    if (c.x < -r || c.y < -r || c.x > widthPx + r || c.y > heightPx + r) continue
    const inv2s2 = 1 / (2 * b.sigmaPx * b.sigmaPx)
    for (let y = Math.max(0, Math.floor(c.y - r)); y <= Math.min(heightPx - 1, Math.ceil(c.y + r)); y++)
      for (let x = Math.max(0, Math.floor(c.x - r)); x <= Math.min(widthPx - 1, Math.ceil(c.x + r)); x++)
        acc[y * widthPx + x] += b.amplitude * Math.exp(-((x - c.x) ** 2 + (y - c.y) ** 2) * inv2s2)
  }
  const rng = createRng(noiseSeed)
  const luma = new Uint8Array(widthPx * heightPx)
  for (let i = 0; i < luma.length; i++) luma[i] = Math.max(0, Math.min(255, Math.round(acc[i] + (rng() - 0.5) * 2 * noiseLevels)))
  return { widthPx, heightPx, luma }
}

/** Points all around the camera (azimuth and elevation uniform within the limits), for long turns. */
export const panoramaCloud = (o: { count: number; nearM: number; farM: number; azimuthDeg: number; elevationDeg: number; seed: number }): Blob[] => {
  const rng = createRng(o.seed)
  return Array.from({ length: o.count }, () => {
    const depth = 1 / (1 / o.farM + rng() * (1 / o.nearM - 1 / o.farM))
    const az = (rng() * 2 - 1) * o.azimuthDeg * DEG_TO_RAD
    const el = (rng() * 2 - 1) * o.elevationDeg * DEG_TO_RAD
    const amplitude = (rng() < 0.5 ? -1 : 1) * (50 + rng() * 80)
    const position: Vec3 = [-Math.sin(az) * Math.cos(el) * depth, Math.sin(el) * depth, -Math.cos(az) * Math.cos(el) * depth]
    return { position, amplitude, sigmaPx: 1.1 + rng() * 0.6 }
  })
}

/** A flat subject facing the camera: blobs on a `widthM` x `heightM` card centred on the -Z axis at `depthM`. */
export const subjectCard = (o: { count: number; depthM: number; widthM: number; heightM: number; seed: number }): Blob[] => {
  const rng = createRng(o.seed)
  return Array.from({ length: o.count }, () => {
    const amplitude = (rng() < 0.5 ? -1 : 1) * (50 + rng() * 80)
    const position: Vec3 = [(rng() - 0.5) * o.widthM, (rng() - 0.5) * o.heightM, -o.depthM]
    return { position, amplitude, sigmaPx: 1.1 + rng() * 0.6 }
  })
}

/**
 * A staged set: a textured ground `groundM` below the camera from 1.5 m to 30 m ahead, and a wall
 * `wallM` ahead rising from the ground (the background up and behind, the near ground low in the frame).
 */
export const groundAndWall = (o: { groundM: number; wallM: number; count: number; seed: number }): Blob[] => {
  const rng = createRng(o.seed)
  const blob = (position: Vec3): Blob => ({ position, amplitude: (rng() < 0.5 ? -1 : 1) * (50 + rng() * 80), sigmaPx: 1.1 + rng() * 0.6 })
  const ground = Array.from({ length: o.count }, () => {
    const depth = 1 / (1 / o.wallM + rng() * (1 / 1.5 - 1 / o.wallM))
    return blob([(rng() * 2 - 1) * depth, -o.groundM, -depth])
  })
  const wall = Array.from({ length: o.count }, () => blob([(rng() * 2 - 1) * o.wallM, -o.groundM + rng() * o.wallM * 0.6, -o.wallM]))
  return [...ground, ...wall]
}
