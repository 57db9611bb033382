/**
 * The sides the clock drives. A video plays natively while the clock runs, with drift beyond half a
 * frame corrected (rate nudge, or one seek the clock waits for), and holds its last frame, paused,
 * when shorter than the take; paused, it is seeked to the frame's centre. The live lens view draws
 * the design frame of the clock's time, only when that frame changes. No React.
 */
import type { Follower } from './clock'
import type { LiveFrameRenderer } from './livePrevis'
import { type FrameTiming, correctDrift, heldTimeS, isHolding, liveTimeS } from './transport'

/** A seek that takes longer than this no longer holds the clock (a broken or very slow video). */
const SEEK_WAIT_MS = 1000
/** Paused, a video within this of its target is left alone (browsers round currentTime). */
const PAUSED_TOLERANCE_S = 0.001

/** `fromS`: the clock's time 0 is this far into the video (a whole-shot reference beside a part of a chained generation). */
export const videoFollower = (video: HTMLVideoElement, timing: FrameTiming, fromS = 0): Follower => {
  let seekAt = -Infinity
  const seek = (t: number) => {
    video.currentTime = t
    seekAt = performance.now()
  }
  return {
    sync(clockS, playing) {
      if (video.readyState < HTMLMediaElement.HAVE_METADATA || video.error) return
      const timeS = clockS + fromS
      const target = heldTimeS(timeS, timing)
      // the file may end a little before its frame count says: hold there too, never play() from
      // the end (that restarts from frame 0)
      const end = Number.isFinite(video.duration) ? video.duration : Infinity
      if (playing && !isHolding(timeS, timing) && target < end - 0.5 / timing.fps) {
        if (video.paused) {
          seek(target)
          video.play().catch(() => undefined)
          return
        }
        if (video.seeking) return
        const c = correctDrift(video.currentTime, target, timing.fps)
        if (c.seek) seek(target)
        video.playbackRate = c.rate
        return
      }
      if (!video.paused) video.pause()
      video.playbackRate = 1
      const shown = Math.min(target, Math.max(0, end - 0.5 / timing.fps))
      if (Math.abs(video.currentTime - shown) > PAUSED_TOLERANCE_S) seek(shown)
    },
    busy: () => video.seeking && !video.paused && performance.now() - seekAt < SEEK_WAIT_MS,
  }
}

/** `fromS`: the clock's time 0 is this far into the design (a part of a chained generation); `design` then ends at the part's end. */
export const liveFollower = (renderer: LiveFrameRenderer, design: FrameTiming, fromS = 0): Follower & { redraw(): void } => {
  let drawn: number | null = null
  let lastClockS = 0
  const draw = (t: number) => {
    renderer.draw(t)
    drawn = t
  }
  return {
    sync(timeS) {
      lastClockS = timeS
      const t = liveTimeS(timeS + fromS, design)
      if (t !== drawn) draw(t)
    },
    /** Draws the current frame again (after a resize clears the canvas). */
    redraw: () => draw(liveTimeS(lastClockS + fromS, design)),
  }
}
