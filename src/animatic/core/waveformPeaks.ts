/** Waveform peaks: min and max per bucket of samples, over all channels, for drawing a waveform at any zoom. */
import type { Seconds } from '../../core/units'

export interface WaveformPeaks {
  readonly sampleRate: number
  /** Samples per bucket. */
  readonly bucketSize: number
  readonly min: Float32Array
  readonly max: Float32Array
  readonly durationS: Seconds
}

/** About 200 buckets a second: fine enough for the timeline's widest zoom (600 px/s) to look continuous. */
export const DEFAULT_PEAKS_PER_SECOND = 200

export const computePeaks = (channels: readonly Float32Array[], sampleRate: number, peaksPerSecond = DEFAULT_PEAKS_PER_SECOND): WaveformPeaks => {
  const length = channels.length ? channels[0].length : 0
  const bucketSize = Math.max(1, Math.round(sampleRate / peaksPerSecond))
  const buckets = Math.ceil(length / bucketSize)
  const min = new Float32Array(buckets)
  const max = new Float32Array(buckets)
  for (let b = 0; b < buckets; b++) {
    let lo = Infinity
    let hi = -Infinity
    const end = Math.min(length, (b + 1) * bucketSize)
    for (const ch of channels) {
      for (let i = b * bucketSize; i < end; i++) {
        const v = ch[i]
        if (v < lo) lo = v
        if (v > hi) hi = v
      }
    }
    min[b] = lo
    max[b] = hi
  }
  return { sampleRate, bucketSize, min, max, durationS: length / sampleRate }
}

/**
 * Min and max for `columns` equal slices of the audio between `startS` and `endS` (audio time);
 * slices outside the audio are NaN (nothing to draw).
 */
export const peaksForRange = (peaks: WaveformPeaks, startS: Seconds, endS: Seconds, columns: number): { min: Float32Array; max: Float32Array } => {
  const min = new Float32Array(columns).fill(NaN)
  const max = new Float32Array(columns).fill(NaN)
  const perBucketS = peaks.bucketSize / peaks.sampleRate
  const span = (endS - startS) / Math.max(1, columns)
  for (let c = 0; c < columns; c++) {
    const t0 = startS + c * span
    const t1 = t0 + span
    if (t1 <= 0 || t0 >= peaks.durationS) continue
    const b0 = Math.max(0, Math.floor(t0 / perBucketS))
    const b1 = Math.min(peaks.min.length, Math.max(b0 + 1, Math.ceil(t1 / perBucketS)))
    let lo = Infinity
    let hi = -Infinity
    for (let b = b0; b < b1; b++) {
      if (peaks.min[b] < lo) lo = peaks.min[b]
      if (peaks.max[b] > hi) hi = peaks.max[b]
    }
    if (lo <= hi) {
      min[c] = lo
      max[c] = hi
    }
  }
  return { min, max }
}
