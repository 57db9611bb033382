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
import type { Point2 } from './types'

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

/** Tracks nearer the zoom's centre than this (analysis pixels) say nothing of their scale. */
const MIN_RADIUS_PX = 24
/** The other reading's focal ratio is read from the tracks that change least: this percentile from that end. */
const FAR_PERCENTILE = 0.05

/** A track's change of distance from the zoom's centre between two frames (> 1: it grew). */
export interface RadialGrowth {
  readonly from: Point2
  readonly ratio: number
}

/**
 * Each track's change of distance from the centre (`centre` in the first frame, `landed` where the
 * camera's turn takes it in the second), for the tracks at least MIN_RADIUS_PX from it: what both
 * the reversed reading and the scene's priors read.
 */
export const radialGrowth = (tracks: readonly Track[], centre: Point2, landed: Point2): RadialGrowth[] => {
  const out: RadialGrowth[] = []
  for (const t of tracks) {
    const from = Math.hypot(t.from.x - centre.x, t.from.y - centre.y)
    if (from >= MIN_RADIUS_PX) out.push({ from: t.from, ratio: Math.hypot(t.to.x - landed.x, t.to.y - landed.y) / from })
  }
  return out
}

/**
 * The focal ratio (second frame's over the first's) of the other reading of a travel along the
 * view: the travel reversed, with the focal length changed (a dolly zoom), or null with no tracks
 * away from the centre. Along the view the two readings fit the same tracks (they move along lines
 * through the centre either way): a dolly zoom in (forward, zooming out) keeps the subject while the
 * background shrinks, which with the focal length held reads as a dolly out with the subject far
 * away. The ratio is the far points' scale in the reversed reading (forward: the tracks that shrink
 * most; backward: those that grow most): with it undone (`undoFocalChange`) every track goes the
 * reversed travel's way. Which reading stands is for the essential matrix and the scene's priors
 * (`whereGrowthIs`) to say. `heldForward`: the direction the focal-held reading found.
 */
export const reversedTravelFocalRatio = (growth: readonly RadialGrowth[], heldForward: boolean): number | null => {
  if (growth.length === 0) return null
  const ratios = growth.map((g) => g.ratio).sort((a, b) => a - b)
  const at = Math.round(FAR_PERCENTILE * (ratios.length - 1))
  // reversed to forward (zooming out): the far points shrink most; reversed to backward (zooming in): they grow most
  return heldForward ? ratios[ratios.length - 1 - at] : ratios[at]
}

/** Pearson correlation of two equally long lists (0 when either does not vary). */
const correlation = (a: readonly number[], b: readonly number[]): number => {
  const n = a.length
  if (n < 3) return 0
  const ma = a.reduce((x, y) => x + y, 0) / n
  const mb = b.reduce((x, y) => x + y, 0) / n
  let sab = 0, saa = 0, sbb = 0
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb)
    saa += (a[i] - ma) ** 2
    sbb += (b[i] - mb) ** 2
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0
}

/**
 * Where the points that grow most lie: the correlation (-1..1) of the log of a track's growth
 * (`radialGrowth`) with how low in the image it starts (`lower`) and with how near the middle
 * (`middle`, about `centre`). Positive: those points grow more, so a forward reading puts them
 * nearer; negative, a backward one does. The scene's priors that choose between a travel and its
 * reverse with the focal length changed (where the two fit the tracks about as well): the ground is
 * below the camera, nearer low in the frame; the framed subject stands in front of its background.
 */
export const whereGrowthIs = (growth: readonly RadialGrowth[], centre: Point2, widthPx: number, heightPx: number): { lower: number; middle: number } => {
  const logs = growth.map((g) => Math.log(g.ratio))
  const ys = growth.map((g) => g.from.y)
  const nearMiddle = growth.map((g) => -Math.max(Math.abs(g.from.x - centre.x) / widthPx, Math.abs(g.from.y - centre.y) / heightPx))
  return { lower: correlation(ys, logs), middle: correlation(nearMiddle, logs) }
}

/** The tracks with their second point as the camera would have seen it with the first frame's focal length (`ratio`: second's over first's, about `centre`). */
export const undoFocalChange = (tracks: readonly Track[], ratio: number, centre: Point2): Track[] =>
  tracks.map((t) => ({ ...t, to: { x: centre.x + (t.to.x - centre.x) / ratio, y: centre.y + (t.to.y - centre.y) / ratio } }))
