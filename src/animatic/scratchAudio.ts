/**
 * The scratch track's decoded audio and waveform peaks, kept in memory per asset id (the newest
 * two), decoded with the browser's own decoder (`decodeAudioData`: WAV, MP3, AAC/M4A, Ogg Vorbis
 * and Opus, FLAC) at 48 kHz, the rate the animatic encodes at. Loaded only when a scratch track is used.
 */
import { getAssetBlob } from '../persistence/assetStore'
import type { AssetId } from '../timeline/media'
import { type WaveformPeaks, computePeaks } from './core/waveformPeaks'

export const SCRATCH_SAMPLE_RATE = 48_000

/** Decodes audio bytes; rejects with the browser's error when they are not audio it can read. */
export const decodeAudioBytes = async (bytes: ArrayBuffer): Promise<AudioBuffer> => {
  const ctx = new OfflineAudioContext(1, 1, SCRATCH_SAMPLE_RATE)
  return ctx.decodeAudioData(bytes)
}

export const channelsOf = (buffer: AudioBuffer): Float32Array[] => Array.from({ length: buffer.numberOfChannels }, (_, i) => buffer.getChannelData(i))

export const peaksOf = (buffer: AudioBuffer): WaveformPeaks => computePeaks(channelsOf(buffer), buffer.sampleRate)

interface Decoded {
  readonly buffer: AudioBuffer
  readonly peaks: WaveformPeaks
}

const KEEP = 2
const cache = new Map<AssetId, Promise<Decoded>>()

const remember = (id: AssetId, p: Promise<Decoded>) => {
  cache.delete(id)
  cache.set(id, p)
  while (cache.size > KEEP) cache.delete(cache.keys().next().value as AssetId)
  p.catch(() => cache.delete(id))
}

/** Puts an already decoded buffer in the cache (the importer decodes once). */
export const rememberDecoded = (id: AssetId, buffer: AudioBuffer): void => remember(id, Promise.resolve({ buffer, peaks: peaksOf(buffer) }))

/** The decoded scratch audio of an asset: from memory, else from the asset store. */
export const loadScratchAudio = (id: AssetId): Promise<Decoded> => {
  const hit = cache.get(id)
  if (hit) {
    remember(id, hit)
    return hit
  }
  const p = (async () => {
    const blob = await getAssetBlob(id)
    if (!blob) throw new Error('The scratch track’s audio is not in this browser (the project was opened from a link or its storage was cleared): import the audio again.')
    const buffer = await decodeAudioBytes(await blob.arrayBuffer()).catch(() => {
      throw new Error('The scratch track’s audio could not be decoded in this browser.')
    })
    return { buffer, peaks: peaksOf(buffer) }
  })()
  remember(id, p)
  return p
}

/** Peaks already in memory (for a synchronous redraw), or undefined. */
const ready = new Map<AssetId, WaveformPeaks>()
export const loadScratchPeaks = async (id: AssetId): Promise<WaveformPeaks> => {
  const { peaks } = await loadScratchAudio(id)
  ready.set(id, peaks)
  if (ready.size > KEEP) ready.delete(ready.keys().next().value as AssetId)
  return peaks
}
export const cachedPeaks = (id: AssetId): WaveformPeaks | undefined => ready.get(id)
