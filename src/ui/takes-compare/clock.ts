/**
 * The one clock of the Compare view. It owns the playhead (a time on the take's frame grid, kept
 * here, not in React), drives every side (`Follower`) from one requestAnimationFrame loop while
 * playing, and tells listeners when the frame or the play state changes. Paused, every side is
 * seeked to the centre of the playhead's frame. No React; the frame source is injectable for tests.
 */
import { type FrameTiming, clampFrame, durationOf, frameAtS, frameCentreS, loopTimeS, stepFrame } from './transport'

/** One side of the comparison (a video, the live lens view). */
export interface Follower {
  /** Show clock time `timeS` (seconds on the take's grid); `playing` while the clock runs. */
  sync(timeS: number, playing: boolean): void
  /** True while this side is catching up (a seek after drift): the clock waits rather than running away from it. */
  busy?(): boolean
}

export interface FrameSource {
  request(cb: (nowMs: number) => void): number
  cancel(handle: number): void
}

const browserFrames: FrameSource = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
}

/** A long gap between frames (a background tab) advances the clock by at most this. */
const MAX_STEP_S = 0.25

export class CompareClock {
  readonly timing: FrameTiming
  private timeS: number
  private frame = 0
  private playing = false
  private handle: number | null = null
  private lastMs: number | null = null
  private readonly followers = new Set<Follower>()
  private readonly frameListeners = new Set<(frame: number) => void>()
  private readonly playListeners = new Set<() => void>()

  constructor(
    timing: FrameTiming,
    private readonly frames: FrameSource = browserFrames,
  ) {
    this.timing = timing
    this.timeS = frameCentreS(0, timing)
  }

  getFrame = (): number => this.frame
  getTimeS = (): number => this.timeS
  isPlaying = (): boolean => this.playing

  /** Adds a side and brings it to the playhead; returns its removal. */
  follow(f: Follower): () => void {
    this.followers.add(f)
    f.sync(this.timeS, this.playing)
    return () => this.followers.delete(f)
  }

  /** Brings every side to the playhead again (a side finished loading, a canvas was resized). */
  resync(): void {
    for (const f of this.followers) f.sync(this.timeS, this.playing)
  }

  onFrame(listener: (frame: number) => void): () => void {
    this.frameListeners.add(listener)
    listener(this.frame)
    return () => this.frameListeners.delete(listener)
  }

  /** For useSyncExternalStore: play / pause changes. */
  subscribePlaying = (listener: () => void): (() => void) => {
    this.playListeners.add(listener)
    return () => this.playListeners.delete(listener)
  }

  play(): void {
    if (this.playing) return
    this.playing = true
    this.lastMs = null
    this.resync()
    this.handle = this.frames.request(this.tick)
    for (const l of this.playListeners) l()
  }

  /** Stops on the frame showing now; every side is seeked to its centre. */
  pause(): void {
    if (!this.playing) return
    this.playing = false
    if (this.handle !== null) this.frames.cancel(this.handle)
    this.handle = null
    this.setFrame(this.frame)
    for (const l of this.playListeners) l()
  }

  toggle(): void {
    if (this.playing) this.pause()
    else this.play()
  }

  /** Pauses and goes to frame i (clamped). */
  seekFrame(frame: number): void {
    this.pause()
    this.setFrame(clampFrame(frame, this.timing))
  }

  /** Pauses and steps `delta` frames from the playhead. */
  step(delta: number): void {
    this.pause()
    this.setFrame(stepFrame(this.frame, delta, this.timing))
  }

  /** Stops the loop (the sides remove themselves when they unmount). */
  dispose(): void {
    if (this.handle !== null) this.frames.cancel(this.handle)
    this.handle = null
    if (this.playing) {
      this.playing = false
      for (const l of this.playListeners) l()
    }
  }

  private setFrame(frame: number): void {
    this.timeS = frameCentreS(frame, this.timing)
    this.resync()
    this.emitFrame(frame)
  }

  private emitFrame(frame: number): void {
    if (frame === this.frame) return
    this.frame = frame
    for (const l of this.frameListeners) l(frame)
  }

  private readonly tick = (nowMs: number): void => {
    if (!this.playing) return
    const dt = this.lastMs === null ? 0 : Math.min(MAX_STEP_S, Math.max(0, (nowMs - this.lastMs) / 1000))
    this.lastMs = nowMs
    let waiting = false
    for (const f of this.followers) if (f.busy?.()) waiting = true
    if (!waiting) {
      const next = this.timeS + dt
      // at the end: loop to the start (every side is seeked back by its drift correction)
      this.timeS = next >= durationOf(this.timing) ? loopTimeS(next, this.timing) : next
    }
    this.resync()
    this.emitFrame(frameAtS(this.timeS, this.timing))
    this.handle = this.frames.request(this.tick)
  }
}
