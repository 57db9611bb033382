/**
 * Pure: the depth range of a shot's depth video. Near sits a little in front of the closest the
 * camera comes to the subject point (so the figure's front is not clipped to white); far covers the
 * subject's surroundings and the set pieces as seen from every camera position, with an upper bound.
 */
import type { Vec3 } from '../core/math/vec3'
import type { SetPiece } from '../timeline/model'

export interface DepthRange {
  readonly nearM: number
  readonly farM: number
}

const MIN_NEAR_M = 0.1
const MAX_FAR_M = 150
/** The figure is about this deep/wide in front of its aim point. */
const SUBJECT_RADIUS_M = 0.35

const dist = (a: Vec3 | readonly number[], b: Vec3 | readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

const roundDown = (x: number, step: number) => Math.floor(x / step) * step
const roundUp = (x: number, step: number) => Math.ceil(x / step) * step

/** `cameras` and `subjects`: camera positions and subject points at the shot's sampled frames. */
export const chooseDepthRange = (cameras: readonly (readonly number[])[], subjects: readonly (readonly number[])[], pieces: readonly SetPiece[]): DepthRange => {
  let closest = Infinity
  let farthestSubject = 0
  let farthestPiece = 0
  for (let i = 0; i < cameras.length; i++) {
    const d = dist(cameras[i], subjects[i] ?? subjects[subjects.length - 1])
    closest = Math.min(closest, d)
    farthestSubject = Math.max(farthestSubject, d)
    for (const p of pieces) {
      // the piece's far side, roughly: its centre plus half its diagonal
      const [x, y, z] = p.position
      const [w, h, dd] = p.size
      const centre = [x, y + h / 2, z]
      farthestPiece = Math.max(farthestPiece, dist(cameras[i], centre) + Math.hypot(w, h, dd) / 2)
    }
  }
  if (!Number.isFinite(closest)) return { nearM: MIN_NEAR_M, farM: 30 }
  const nearM = Math.max(MIN_NEAR_M, roundDown(0.85 * (closest - SUBJECT_RADIUS_M), 0.05))
  const wanted = Math.max(farthestPiece, 2 * farthestSubject, farthestSubject + 8)
  const farM = Math.min(MAX_FAR_M, Math.max(nearM + 1, roundUp(wanted, 1)))
  return { nearM: Number(nearM.toFixed(2)), farM }
}

/** The text written into a depth video's metadata comment, and how to read it back. */
export const depthComment = (r: DepthRange): string =>
  `framewright depth: linear view depth, white = ${r.nearM} m (near), black = ${r.farM} m (far) and sky; ${JSON.stringify({ nearM: r.nearM, farM: r.farM })}`

export const parseDepthComment = (comment: string | undefined): DepthRange | null => {
  const m = comment?.match(/\{[^}]*\}\s*$/)
  if (!m) return null
  try {
    const o = JSON.parse(m[0]) as Partial<DepthRange>
    return typeof o.nearM === 'number' && typeof o.farM === 'number' ? { nearM: o.nearM, farM: o.farM } : null
  } catch {
    return null
  }
}
