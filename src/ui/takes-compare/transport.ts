/**
 * Transport maths of the Compare view, pure: frame index <-> time on a take's frame grid, stepping
 * and clamping, looping, holding a shorter side on its last frame, drift correction of a playing
 * video, the wipe position and the labels. Frame i of a video is shown from i / fps to (i + 1) / fps;
 * its centre, (i + 0.5) / fps, is where a paused side is seeked so it shows exactly that frame.
 */

/** A side's frame grid. */
export interface FrameTiming {
  readonly fps: number
  readonly frameCount: number
}

const finiteOr = (x: number, fallback: number): number => (Number.isFinite(x) ? x : fallback)

/** A usable grid: fps > 0, at least one whole frame. */
export const frameTiming = (fps: number, frameCount: number): FrameTiming => ({
  fps: finiteOr(fps, 0) > 0 ? fps : 24,
  frameCount: Math.max(1, Math.round(finiteOr(frameCount, 1))),
})

/** Frames of a design of this length, as the timeline samples it: max(1, round(durationS * fps)). */
export const designFrameCount = (durationS: number, fps: number): number => Math.max(1, Math.round(finiteOr(durationS * fps, 1)))

/** The take's length in seconds: the end of its last frame. */
export const durationOf = (t: FrameTiming): number => t.frameCount / t.fps

/** The nearest whole frame in 0 .. frameCount - 1. */
export const clampFrame = (frame: number, t: FrameTiming): number => Math.min(t.frameCount - 1, Math.max(0, Math.round(finiteOr(frame, 0))))

/** The centre of frame i: where a paused or stepped side is seeked. */
export const frameCentreS = (frame: number, t: FrameTiming): number => (clampFrame(frame, t) + 0.5) / t.fps

/** The start of frame i: the time the timeline samples for frame i (a live design frame). */
export const frameStartS = (frame: number, t: FrameTiming): number => clampFrame(frame, t) / t.fps

/** The frame shown at time t (clamped to the grid). A hair of tolerance keeps i / fps on frame i. */
export const frameAtS = (timeS: number, t: FrameTiming): number => clampFrame(Math.floor(finiteOr(timeS, 0) * t.fps + 1e-6), t)

/** One step (or `delta` frames) from `frame`, clamped to the grid (no wrap: stepping stops at the ends). */
export const stepFrame = (frame: number, delta: number, t: FrameTiming): number => clampFrame(frame + delta, t)

/** Playback time after the end wraps to the start (loop), before the start to 0. */
export const loopTimeS = (timeS: number, t: FrameTiming): number => {
  const d = durationOf(t)
  if (!(timeS > 0)) return 0
  return timeS < d ? timeS : timeS % d
}

/**
 * The time a side with grid `side` shows when the take's clock is at `timeS`: the same time, or the
 * centre of its last frame once the clock runs past its end (a shorter side holds its last frame).
 */
export const heldTimeS = (timeS: number, side: FrameTiming): number => Math.min(Math.max(0, finiteOr(timeS, 0)), (side.frameCount - 0.5) / side.fps)

/** True once the clock has run past the last frame of `side` (it holds, paused, on that frame). */
export const isHolding = (timeS: number, side: FrameTiming): boolean => timeS >= durationOf(side)

/** The design time the live lens view draws at clock time t: the start of the design frame showing then. */
export const liveTimeS = (timeS: number, design: FrameTiming): number => frameStartS(frameAtS(timeS, design), design)

/** What to do with a playing video `driftS` = (its time - the clock's time) off. */
export interface DriftCorrection {
  /** Jump to the clock's time (too far off to catch up smoothly). */
  readonly seek: boolean
  /** Playback rate until the next check (1 when in sync). */
  readonly rate: number
}

/** Catch up by rate within this many seconds; past it (or past `SEEK_FRAMES` frames), seek. */
const CATCH_UP_S = 0.5
const SEEK_FRAMES = 6

/**
 * Drift within half a frame is left alone; more is corrected by nudging the rate (no stall, no
 * decode from a keyframe) so that it closes within about half a second; drift of several frames is
 * corrected by one seek (after which the clock waits for that seek, see clock.ts).
 */
export const correctDrift = (videoS: number, clockS: number, fps: number): DriftCorrection => {
  const drift = videoS - clockS
  const frame = 1 / fps
  if (Math.abs(drift) <= frame / 2) return { seek: false, rate: 1 }
  if (Math.abs(drift) > Math.max(SEEK_FRAMES * frame, 0.25)) return { seek: true, rate: 1 }
  return { seek: false, rate: Math.min(1.5, Math.max(0.5, 1 - drift / CATCH_UP_S)) }
}

/** The wipe position (0 = all reference, 1 = all take), clamped. */
export const clampWipe = (x: number): number => Math.min(1, Math.max(0, finiteOr(x, 0.5)))

/** The wipe position under a pointer at `clientX` over a frame `left`..`left + width`. */
export const wipeAtPointer = (clientX: number, left: number, width: number): number => (width > 0 ? clampWipe((clientX - left) / width) : 0.5)

/** The clip-path that shows the take left of the wipe. */
export const wipeClipPath = (wipe: number): string => `inset(0 ${((1 - clampWipe(wipe)) * 100).toFixed(3)}% 0 0)`

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** `SS:FF` (or `M:SS:FF` past a minute) of frame i, on a grid of round(fps) frames a second. */
export const timecodeOfFrame = (frame: number, fps: number): string => {
  const base = Math.max(1, Math.round(fps))
  const f = Math.max(0, Math.round(frame))
  const secs = Math.floor(f / base)
  const m = Math.floor(secs / 60)
  return m > 0 ? `${m}:${pad2(secs % 60)}:${pad2(f % base)}` : `${pad2(secs)}:${pad2(f % base)}`
}

/** The counter: `frame i / n` (i from 0, like the studio's `f` counter and the sampled frames). */
export const frameCounterText = (frame: number, t: FrameTiming): string => `frame ${clampFrame(frame, t)} / ${t.frameCount}`
