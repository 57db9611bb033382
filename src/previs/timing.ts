/**
 * Pure timing for previs encodes: frame timestamps on the shot's frame grid, the bitrate, and the
 * progress meter (rate and time left).
 */
import { frameCount } from '../timeline/sample'
import type { PrevisProgress } from './types'

export interface FrameTiming {
  readonly frameCount: number
  readonly fps: number
  /** frameCount / fps: how long the file lasts. */
  readonly durationS: number
}

/** Frame i is at t = i / fps, for frameCount(durationS, fps) frames (as the trajectory export samples). */
export const frameTiming = (durationS: number, fps: number): FrameTiming => {
  const n = frameCount(durationS, fps)
  return { frameCount: n, fps, durationS: n / fps }
}

/** Presentation timestamp and duration (seconds) of frame i. */
export const frameTimestamp = (i: number, fps: number): { timestamp: number; duration: number } => ({ timestamp: i / fps, duration: 1 / fps })

/**
 * Target bitrate, bits per second: 0.16 bits per pixel per frame (about 3.5 Mbit/s at 720p24),
 * generous for flat-shaded previs so a decoded frame stays close to the render. Clamped to 1-40 Mbit/s.
 */
export const previsBitrate = (width: number, height: number, fps: number): number =>
  Math.round(Math.min(40e6, Math.max(1e6, width * height * fps * 0.16)))

/** Measures frames per second since the start and estimates the time left. `now` in milliseconds. */
export class ProgressMeter {
  private readonly startMs: number

  constructor(
    readonly frameCount: number,
    startMs: number,
  ) {
    this.startMs = startMs
  }

  at(framesDone: number, nowMs: number): PrevisProgress {
    const elapsedS = (nowMs - this.startMs) / 1000
    const framesPerSecond = framesDone > 0 && elapsedS > 0 ? framesDone / elapsedS : 0
    const left = this.frameCount - framesDone
    const secondsLeft = left <= 0 ? 0 : framesPerSecond > 0 ? left / framesPerSecond : null
    return { framesDone, frameCount: this.frameCount, framesPerSecond, secondsLeft }
  }
}
