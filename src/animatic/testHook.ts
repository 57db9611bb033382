/**
 * What the dev/e2e test API (`window.__studio.animatic`) runs, loaded lazily: renders the open
 * project's animatic through the same path as the dialog, keeps the last file, and reads it back
 * with mediabunny in the page (a test's page.evaluate cannot return Blobs). Never loaded by the
 * production studio.
 */
import { scratchPlaybackState } from './audioPlayback'
import { audioRms, framePngAt, probeAnimatic } from './inspect'
import type { AnimaticProgress, AnimaticResult } from './renderAnimatic'
import { lastAnimatic, renderStudioAnimatic } from './studioAnimatic'

export interface TestAnimaticOptions {
  readonly width?: number
  readonly height?: number
  readonly overlay?: boolean
  /** Abort after this many frames (tests cancellation). */
  readonly abortAfterFrames?: number
  /** Opus instead of AAC. */
  readonly preferOpus?: boolean
}

const summary = ({ blob, ...rest }: AnimaticResult) => ({ ...rest, bytes: blob.size, blobType: blob.type })

export const render = async (o: TestAnimaticOptions = {}) => {
  const progress: AnimaticProgress[] = []
  const controller = new AbortController()
  try {
    const result = await renderStudioAnimatic({
      width: o.width ?? 320,
      height: o.height ?? 180,
      overlay: o.overlay ?? true,
      preferOpus: o.preferOpus,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p)
        if (o.abortAfterFrames !== undefined && p.framesDone >= o.abortAfterFrames) controller.abort()
      },
    })
    return { ok: true as const, result: summary(result), progress: progress.length, lastProgress: progress[progress.length - 1] ?? null }
  } catch (e) {
    return { ok: false as const, errorName: (e as Error).name, errorMessage: (e as Error).message, progress: progress.length }
  }
}

const lastBlob = (): Blob => {
  const last = lastAnimatic()
  if (!last) throw new Error('no animatic rendered yet')
  return last.blob
}

/** The last animatic rendered in the page (hook or dialog): its summary. */
export const last = () => {
  const r = lastAnimatic()
  return r ? summary(r) : null
}

/** Reads the last animatic back (tracks, codecs, packets, durations). */
export const probe = async () => probeAnimatic(lastBlob())

/** Loudness of the last animatic's audio between two times. */
export const rms = async (startS: number, endS: number) => audioRms(lastBlob(), startS, endS)

export const playback = () => scratchPlaybackState()

/** The last animatic's frame at a time, as a PNG data URL. */
export const frame = async (timeS: number) => framePngAt(lastBlob(), timeS)
