/**
 * The horizon in the lens image: the vanishing line of horizontal directions. For a camera with
 * orientation q, the image point (x, y) (in tangent units, camera looking down -Z) sees a horizontal
 * direction when up_c . (x, y, -1) = 0, where up_c is world +Y expressed in camera space.
 * Pure and allocation-free: results are written into a caller-owned object.
 */

export interface HorizonLine {
  /** False when the camera looks straight up or down (no horizon in front of it). */
  visible: boolean
  /** End points in gate fractions: u 0..1 left to right, v 0..1 top to bottom (may lie far outside). */
  u1: number
  v1: number
  u2: number
  v2: number
  /** Tilt of the horizon in the image, degrees, counter-clockwise positive (0 = level). */
  tiltDeg: number
}

export const createHorizon = (): HorizonLine => ({ visible: false, u1: 0, v1: 0, u2: 0, v2: 0, tiltDeg: 0 })

/**
 * Horizon of a camera with quaternion `q` ([x, y, z, w], three.js) and a gate whose half angles have
 * tangents `tanH` (horizontal) and `tanV` (vertical).
 */
export const computeHorizon = (out: HorizonLine, q: readonly number[], tanH: number, tanV: number): HorizonLine => {
  // up_c = conj(q) * (0, 1, 0) * q: rotate +Y by the inverse rotation
  const qx = -q[0]
  const qy = -q[1]
  const qz = -q[2]
  const qw = q[3]
  // v = (0, 1, 0): t = 2 * cross(q.xyz, v)
  const tx = -2 * qz
  const tz = 2 * qx
  const ux = qw * tx + qy * tz
  const uy = 1 + qz * tx - qx * tz
  const uz = qw * tz - qy * tx
  const n2 = ux * ux + uy * uy
  if (n2 < 1e-10) {
    out.visible = false
    return out
  }
  // closest point of the line ux*x + uy*y = uz to the image centre, and its direction
  const px = (ux * uz) / n2
  const py = (uy * uz) / n2
  const n = Math.sqrt(n2)
  // direction (uy, -ux) runs left to right when the camera is upright (uy > 0)
  const dx = uy / n
  const dy = -ux / n
  const reach = 50 * (tanH + tanV)
  const x1 = px - dx * reach
  const y1 = py - dy * reach
  const x2 = px + dx * reach
  const y2 = py + dy * reach
  out.visible = true
  out.u1 = (x1 / tanH + 1) / 2
  out.v1 = (1 - y1 / tanV) / 2
  out.u2 = (x2 / tanH + 1) / 2
  out.v2 = (1 - y2 / tanV) / 2
  out.tiltDeg = (Math.atan2(dy, dx) * 180) / Math.PI
  return out
}
