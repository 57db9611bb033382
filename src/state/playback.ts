/**
 * The playback clock: advances the playhead in real time at the shot's frame rate while playing.
 * The tick source is injectable (requestAnimationFrame in the app, a manual clock in tests).
 * The playhead is quantized to frames, so the preview shows exactly the frames the shot has.
 */
import { findShot } from '../timeline/ops'
import type { StudioStore } from './createStudioStore'
import { selectCurrentShot } from './createStudioStore'

export interface TickSource {
  request(cb: (nowMs: number) => void): number
  cancel(handle: number): void
}

export const rafTickSource: TickSource = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
}

/** Advance the clock by `dtS` seconds of wall time; returns the new continuous clock value. */
export const advancePlayback = (store: StudioStore, clockS: number, dtS: number): number => {
  const s = store.getState()
  const shot = selectCurrentShot(s)
  let clock = clockS + dtS * s.playbackRate
  if (clock >= shot.durationS) {
    if (s.loop) clock = clock % shot.durationS
    else {
      const shots = s.document.shots
      const next = shots[shots.findIndex((x) => x.id === shot.id) + 1]
      if (next && s.playbackRate > 0) {
        store.setState({ selectedShotId: next.id, selectedClipId: null, playheadS: 0 })
        return 0
      }
      store.setState({ playheadS: shot.durationS, playing: false, playbackRate: 1 })
      return shot.durationS
    }
  } else if (clock < 0) {
    if (s.loop) clock = shot.durationS + (clock % shot.durationS)
    else {
      store.setState({ playheadS: 0, playing: false, playbackRate: 1 })
      return 0
    }
  }
  const frameTime = Math.floor(clock * shot.fps + 1e-9) / shot.fps
  if (frameTime !== s.playheadS) store.setState({ playheadS: frameTime })
  return clock
}

/** Runs the clock while the store says `playing`. Returns a stop function. */
export const startPlaybackLoop = (store: StudioStore, ticks: TickSource = rafTickSource): (() => void) => {
  let handle: number | null = null
  let lastMs: number | null = null
  let clock = 0
  const tick = (nowMs: number) => {
    const s = store.getState()
    if (!s.playing) {
      handle = null
      lastMs = null
      return
    }
    if (lastMs !== null) clock = advancePlayback(store, clock, Math.min(0.25, (nowMs - lastMs) / 1000))
    lastMs = nowMs
    handle = ticks.request(tick)
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.playing && !prev.playing) {
      clock = s.playheadS
      if (handle === null) handle = ticks.request(tick)
    }
    // a scrub or a shot switch while playing moves the clock too
    if (s.playing && (s.playheadS !== prev.playheadS || s.selectedShotId !== prev.selectedShotId)) {
      const shot = findShot(s.document, s.selectedShotId)
      if (shot && Math.abs(s.playheadS - clock) > 1 / shot.fps) clock = s.playheadS
    }
  })
  return () => {
    unsubscribe()
    if (handle !== null) ticks.cancel(handle)
  }
}
