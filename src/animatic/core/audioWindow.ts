/**
 * Audio window maths: which samples of the scratch track fall under a span of the sequence, given
 * where its first sample sits (offsetS), with silence where the audio starts late or ends early;
 * gain in decibels; where a playback source starts for a sequence time.
 */
import type { Seconds } from '../../core/units'

export const dbToGain = (db: number): number => Math.pow(10, db / 20)

export interface SampleWindow {
  /** First sample of the source to copy. */
  readonly sourceStart: number
  /** Where in the output (samples from the window's start) the copy goes. */
  readonly outputStart: number
  /** Samples to copy (0 when the audio does not reach the window). */
  readonly count: number
  /** Length of the output window in samples. */
  readonly outputLength: number
}

/**
 * The part of a source of `sourceLength` samples, placed at `offsetS` on the sequence, that falls in
 * the sequence window [windowStartS, windowStartS + windowDurationS); everything else is silence.
 */
export const sampleWindow = (sourceLength: number, sampleRate: number, offsetS: Seconds, windowStartS: Seconds, windowDurationS: Seconds): SampleWindow => {
  const outputLength = Math.max(0, Math.round(windowDurationS * sampleRate))
  // output sample j is sequence time windowStart + j / rate, source sample j + shift
  const shift = Math.round((windowStartS - offsetS) * sampleRate)
  const outputStart = Math.min(outputLength, Math.max(0, -shift))
  const sourceStart = Math.max(0, shift)
  const count = Math.max(0, Math.min(outputLength - outputStart, sourceLength - sourceStart))
  return { sourceStart, outputStart, count: count, outputLength }
}

/** The window's samples of each channel, scaled by the gain, silence-padded to the window's length. */
export const mixWindow = (channels: readonly Float32Array[], sampleRate: number, offsetS: Seconds, gainDb: number, windowStartS: Seconds, windowDurationS: Seconds): Float32Array[] => {
  const sourceLength = channels.length ? channels[0].length : 0
  const w = sampleWindow(sourceLength, sampleRate, offsetS, windowStartS, windowDurationS)
  const gain = dbToGain(gainDb)
  return channels.map((src) => {
    const out = new Float32Array(w.outputLength)
    for (let i = 0; i < w.count; i++) out[w.outputStart + i] = src[w.sourceStart + i] * gain
    return out
  })
}

export interface PlaybackStart {
  /** Seconds from now until the source should start (the audio starts later on the sequence). */
  readonly delayS: Seconds
  /** Where in the audio to start. */
  readonly audioOffsetS: Seconds
}

/** How to start the scratch track for the sequence time `sequenceS`; null when the audio has already ended there. */
export const playbackStart = (offsetS: Seconds, audioDurationS: Seconds, sequenceS: Seconds, rate = 1): PlaybackStart | null => {
  const audioT = sequenceS - offsetS
  if (audioT >= audioDurationS) return null
  if (audioT >= 0) return { delayS: 0, audioOffsetS: audioT }
  return { delayS: -audioT / Math.max(1e-6, rate), audioOffsetS: 0 }
}

/** The sequence time at which the audio's first sample plays, clamped so a drag keeps some audio on the sequence. */
export const clampOffset = (offsetS: Seconds, audioDurationS: Seconds, sequenceDurationS: Seconds): Seconds =>
  Math.min(Math.max(offsetS, -Math.max(0, audioDurationS - 0.1)), Math.max(0, sequenceDurationS - 0.1))
