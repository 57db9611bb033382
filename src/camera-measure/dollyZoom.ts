/**
 * The dolly-zoom signature: the camera travels (parallax) while the subject in the middle of the
 * frame keeps its size and the background's scale changes. The zoom of a dolly zoom cannot be
 * measured from two frames with the focal length held fixed, so it is recognised, not measured.
 *
 * Scale of a region: the least-squares similarity (scale, turn, shift) that maps the tracks that
 * start in it to where they land; its scale. The subject region is the middle third of the image in
 * each direction; the background is everything outside it.
 */
import type { Track } from './lucasKanade'

export interface RegionScales {
  /** Scale of the tracks in the middle third (1: same size). */
  readonly subjectScale: number
  /** Scale of the tracks outside it. */
  readonly backgroundScale: number
}

/** The background's log-scale must exceed this (about 3 %)... */
export const DOLLY_ZOOM_MIN_BACKGROUND_LOG_SCALE = 0.03
/** ...and the subject's log-scale must be under this fraction of the background's. */
export const DOLLY_ZOOM_MAX_SUBJECT_SHARE = 0.3

const MIN_TRACKS_PER_REGION = 8

const similarityScale = (tracks: readonly Track[]): number | null => {
  if (tracks.length < MIN_TRACKS_PER_REGION) return null
  let fx = 0, fy = 0, tx = 0, ty = 0
  for (const t of tracks) {
    fx += t.from.x
    fy += t.from.y
    tx += t.to.x
    ty += t.to.y
  }
  const n = tracks.length
  fx /= n
  fy /= n
  tx /= n
  ty /= n
  let a = 0, b = 0, d = 0
  for (const t of tracks) {
    const x = t.from.x - fx
    const y = t.from.y - fy
    const u = t.to.x - tx
    const v = t.to.y - ty
    a += x * u + y * v
    b += x * v - y * u
    d += x * x + y * y
  }
  return d > 0 ? Math.hypot(a, b) / d : null
}

/** Scales of the subject (middle third) and background regions between two frames; null when either has too few tracks. */
export const regionScales = (tracks: readonly Track[], widthPx: number, heightPx: number): RegionScales | null => {
  const cx = (widthPx - 1) / 2
  const cy = (heightPx - 1) / 2
  const inMiddle = (t: Track) => Math.abs(t.from.x - cx) < widthPx / 6 && Math.abs(t.from.y - cy) < heightPx / 6
  const subjectScale = similarityScale(tracks.filter(inMiddle))
  const backgroundScale = similarityScale(tracks.filter((t) => !inMiddle(t)))
  return subjectScale && backgroundScale ? { subjectScale, backgroundScale } : null
}

/** True when the camera travels and the scales show a dolly zoom: background scale changing, subject steady. */
export const isDollyZoomSignature = (parallax: boolean, scales: RegionScales | null): boolean => {
  if (!parallax || !scales) return false
  const background = Math.abs(Math.log(scales.backgroundScale))
  const subject = Math.abs(Math.log(scales.subjectScale))
  return background > DOLLY_ZOOM_MIN_BACKGROUND_LOG_SCALE && subject < DOLLY_ZOOM_MAX_SUBJECT_SHARE * background
}

/** A clip is a dolly zoom when at least half of its travelling frames carry the signature (and at least 2 do). */
export const clipIsDollyZoom = (frames: readonly { parallax: boolean; dollyZoom: boolean }[]): boolean => {
  const travelling = frames.filter((f) => f.parallax).length
  const signed = frames.filter((f) => f.dollyZoom).length
  return signed >= 2 && signed * 2 >= travelling
}
