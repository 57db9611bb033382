/**
 * Time <-> pixel maths, snapping decisions and small formatters for the timeline editor.
 * Pure (no DOM, no React): every component and drag hook goes through these, and the unit
 * tests pin them down.
 */
import { clamp } from '../../core/units'
import { MIN_CLIP_DURATION_S, snapTime, snapToFrame } from '../../timeline'

/** Width of the track-header column left of the time area, in px. */
export const GUTTER_PX = 76
/** A drag snaps to an edge (clip edge, playhead, shot start/end) closer than this. */
export const SNAP_PX = 8
/** Pointer travel before a press on a clip becomes a drag. */
export const DRAG_DEAD_ZONE_PX = 3

export const timeToPx = (timeS: number, pps: number): number => timeS * pps
export const pxToTime = (px: number, pps: number): number => px / pps

/** The edge-snap threshold in seconds at a zoom level. */
export const snapThresholdS = (pps: number): number => SNAP_PX / pps

/** The shortest a clip may be resized to: whole frames, at least one and never below the model's minimum. */
export const minClipDurationS = (fps: number): number => Math.max(1, Math.ceil(MIN_CLIP_DURATION_S * fps - 1e-9)) / fps

export interface SnapContext {
  readonly fps: number
  /** Times that attract: other clips' edges, the playhead, the shot start and end. */
  readonly edges: readonly number[]
  readonly pps: number
  /** False while Alt is held: frame grid only. */
  readonly edgeSnap: boolean
}

export interface Snapped {
  readonly timeS: number
  /** Where to draw the snap line, or null when the time only sits on the frame grid. */
  readonly snapLineS: number | null
}

/** Snap one time: to the nearest edge within the threshold, otherwise to the frame grid. */
export const snapPoint = (t: number, ctx: SnapContext): Snapped => {
  if (!ctx.edgeSnap) return { timeS: snapToFrame(t, ctx.fps), snapLineS: null }
  const r = snapTime(t, ctx.fps, ctx.edges, snapThresholdS(ctx.pps))
  return { timeS: r.timeS, snapLineS: r.snappedTo === 'edge' ? r.timeS : null }
}

/** Snap a moving clip: whichever of its start or end is nearer an edge wins; else start on the frame grid. */
export const snapClipStart = (startS: number, durationS: number, ctx: SnapContext): Snapped => {
  const free = { timeS: Math.max(0, snapToFrame(startS, ctx.fps)), snapLineS: null }
  if (!ctx.edgeSnap) return free
  const a = snapPoint(startS, ctx)
  const b = snapPoint(startS + durationS, ctx)
  const da = a.snapLineS === null ? Infinity : Math.abs(a.timeS - startS)
  const db = b.snapLineS === null ? Infinity : Math.abs(b.timeS - (startS + durationS))
  if (da === Infinity && db === Infinity) return free
  if (da <= db) return { timeS: Math.max(0, a.timeS), snapLineS: a.snapLineS }
  const s = b.timeS - durationS
  return s < 0 ? free : { timeS: s, snapLineS: b.snapLineS }
}

export type ClipDragMode = 'move' | 'start' | 'end'

export interface ClipTiming {
  readonly startS: number
  readonly durationS: number
}

/**
 * The timing of a clip dragged by `dtS` seconds from `from`: moved whole, or resized from its
 * start edge (end stays fixed) or its end edge (start stays fixed). Snapped; never shorter than a frame.
 */
export const dragClipTiming = (mode: ClipDragMode, from: ClipTiming, dtS: number, ctx: SnapContext): ClipTiming & Snapped => {
  const end = from.startS + from.durationS
  const minDur = minClipDurationS(ctx.fps)
  if (mode === 'move') {
    const s = snapClipStart(Math.max(0, from.startS + dtS), from.durationS, ctx)
    return { startS: s.timeS, durationS: from.durationS, timeS: s.timeS, snapLineS: s.snapLineS }
  }
  if (mode === 'start') {
    const s = snapPoint(clamp(from.startS + dtS, 0, end - minDur), ctx)
    const startS = clamp(s.timeS, 0, end - minDur)
    return { startS, durationS: end - startS, timeS: startS, snapLineS: startS === s.timeS ? s.snapLineS : null }
  }
  const s = snapPoint(Math.max(from.startS + minDur, end + dtS), ctx)
  const newEnd = Math.max(from.startS + minDur, s.timeS)
  return { startS: from.startS, durationS: newEnd - from.startS, timeS: newEnd, snapLineS: newEnd === s.timeS ? s.snapLineS : null }
}

/** How many seconds the time area shows: the shot plus a margin, and at least the visible width. */
export const contentSeconds = (shotDurationS: number, viewWidthPx: number, pps: number): number =>
  Math.max(shotDurationS + 1, pxToTime(Math.max(0, viewWidthPx - GUTTER_PX), pps))

/**
 * Zoom around a point: the scroll offset that keeps the time under `anchorPx` (pointer x within
 * the scroll viewport) under it after the zoom changes from `oldPps` to `newPps`.
 */
export const scrollLeftForZoom = (scrollLeft: number, anchorPx: number, oldPps: number, newPps: number): number => {
  const t = pxToTime(scrollLeft + anchorPx - GUTTER_PX, oldPps)
  return Math.max(0, timeToPx(t, newPps) + GUTTER_PX - anchorPx)
}

/** Zoom level after one wheel event (deltaY > 0 zooms out), clamped to [min, max]. */
export const wheelZoom = (pps: number, deltaY: number, min: number, max: number): number => clamp(pps * Math.exp(-deltaY * 0.0015), min, max)

/** Frames per second on the timecode grid (23.976 counts 24 frames a second). */
export const timecodeBase = (fps: number): number => Math.max(1, Math.round(fps))

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** `SS:FF` (or `M:SS:FF` past a minute) of the frame nearest `t`. */
export const formatTimecode = (t: number, fps: number): string => {
  const base = timecodeBase(fps)
  const frames = Math.max(0, Math.round(t * fps))
  const secs = Math.floor(frames / base)
  const ff = frames % base
  const m = Math.floor(secs / 60)
  return m > 0 ? `${m}:${pad2(secs % 60)}:${pad2(ff)}` : `${pad2(secs)}:${pad2(ff)}`
}

/** A duration for labels: `4s`, `2.5s`, `0.75s`. */
export const formatSeconds = (s: number): string => `${Number(s.toFixed(s < 10 ? 2 : 1))}s`

/** moveShot's target index when a shot at `from` is dropped into gap `slot` (0..n, before block `slot`). */
export const reorderIndex = (from: number, slot: number): number => (slot > from ? slot - 1 : slot)

/** The gap (0..n) a pointer at `x` falls into, given each block's horizontal centre in order. */
export const insertionSlot = (centres: readonly number[], x: number): number => centres.filter((c) => c < x).length

/** Width of the band at each side of the lanes where a drag scrolls the timeline, px. */
export const EDGE_SCROLL_ZONE_PX = 36
/** Fastest edge scroll, px per animation frame (reached at the edge and beyond). */
export const EDGE_SCROLL_MAX_STEP_PX = 18

/**
 * How far to scroll the lanes this frame while a drag holds the pointer at `pointerX`: negative in
 * the band at the left of the visible lanes (`viewLeft`..), positive in the band at their right
 * (..`viewRight`), faster the deeper in, 0 elsewhere.
 */
export const edgeScrollStep = (pointerX: number, viewLeft: number, viewRight: number): number => {
  const zone = Math.min(EDGE_SCROLL_ZONE_PX, (viewRight - viewLeft) / 4)
  if (!(zone > 0)) return 0
  const depth = (d: number) => Math.min(1, Math.max(0, d / zone))
  if (pointerX < viewLeft + zone) return -Math.ceil(EDGE_SCROLL_MAX_STEP_PX * depth(viewLeft + zone - pointerX))
  if (pointerX > viewRight - zone) return Math.ceil(EDGE_SCROLL_MAX_STEP_PX * depth(pointerX - (viewRight - zone)))
  return 0
}
