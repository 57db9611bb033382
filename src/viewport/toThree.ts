/** Adapters from the core's plain tuples (poses, frames, lens) to three.js objects. No allocation. */
import { shotOptics } from '../stage/lensCamera'
import type { Shot } from '../timeline/model'

// the lens camera (pose, fov, aspect) lives in the stage, shared with the previs renderer
export { type ShotOptics, applyFramePose, applyFrameToCamera, shotOptics, verticalFovDeg } from '../stage/lensCamera'

/** Half extents (metres) of the gate's image at `distanceM` in front of the lens. Writes into `out`. */
export const frustumHalfExtents = (shot: Shot, focalLengthMm: number, distanceM: number, out: { x: number; y: number }) => {
  const o = shotOptics(shot)
  out.x = (distanceM * o.gateWidthMm) / (2 * focalLengthMm)
  out.y = (distanceM * o.gateHeightMm) / (2 * focalLengthMm)
  return out
}

export interface RigidTransform {
  readonly position: readonly number[]
  readonly quaternion: readonly number[]
}

const putVertex = (out: Float32Array, i: number, x: number, y: number, z: number, tr: RigidTransform | null): number => {
  if (tr) {
    const q = tr.quaternion
    const p = tr.position
    const tx = 2 * (q[1] * z - q[2] * y)
    const ty = 2 * (q[2] * x - q[0] * z)
    const tz = 2 * (q[0] * y - q[1] * x)
    out[i] = x + q[3] * tx + q[1] * tz - q[2] * ty + p[0]
    out[i + 1] = y + q[3] * ty + q[2] * tx - q[0] * tz + p[1]
    out[i + 2] = z + q[3] * tz + q[0] * ty - q[1] * tx + p[2]
  } else {
    out[i] = x
    out[i + 1] = y
    out[i + 2] = z
  }
  return i + 3
}

/** Gate corners in units of the half extents, counter-clockwise from bottom left. */
const CORNER_X = [-1, 1, 1, -1] as const
const CORNER_Y = [-1, -1, 1, 1] as const

/** Vertices (line-segment pairs) written by `writeFrustum`. */
export const FRUSTUM_VERTEX_COUNT = 22

/**
 * Write a frustum outline as line segments: apex to the four gate corners, the gate rectangle at
 * depth `d`, and an "up" triangle above its top edge. Camera-local space, or world space with a
 * transform. Writes FRUSTUM_VERTEX_COUNT vertices at vertex `offset`. Allocates nothing.
 */
export const writeFrustum = (out: Float32Array, offset: number, hx: number, hy: number, d: number, tr: RigidTransform | null = null): void => {
  let i = offset * 3
  const z = -d
  for (let k = 0; k < 4; k++) {
    i = putVertex(out, i, 0, 0, 0, tr)
    i = putVertex(out, i, CORNER_X[k] * hx, CORNER_Y[k] * hy, z, tr)
  }
  for (let k = 0; k < 4; k++) {
    const n = (k + 1) % 4
    i = putVertex(out, i, CORNER_X[k] * hx, CORNER_Y[k] * hy, z, tr)
    i = putVertex(out, i, CORNER_X[n] * hx, CORNER_Y[n] * hy, z, tr)
  }
  const t = hy * 0.35
  const base = hy * 1.08
  i = putVertex(out, i, -t, base, z, tr)
  i = putVertex(out, i, t, base, z, tr)
  i = putVertex(out, i, t, base, z, tr)
  i = putVertex(out, i, 0, base + t, z, tr)
  i = putVertex(out, i, 0, base + t, z, tr)
  putVertex(out, i, -t, base, z, tr)
}
