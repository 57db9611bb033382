/**
 * Importing a scratch audio track (a lazy chunk: the lane's Import button and a dropped audio file
 * load it): checks the file's size, name and first bytes, decodes it once (duration, waveform),
 * stores the bytes in the asset store and sets the project's scratch track (one undo step). Bad
 * input gets one sentence and changes nothing.
 */
import { putAsset } from '../persistence/assetStore'
import { MAX_ASSET_BYTES } from '../schema/mediaSchema'
import { studioStore } from '../state'
import type { ScratchTrack } from '../timeline/media'
import { SUPPORTED_AUDIO_WORDS, looksLikeAudioFile, sniffAudioType } from './core/audioFormat'
import { decodeAudioBytes, rememberDecoded } from './scratchAudio'

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 102.4) / 10} MB`

/** Reads, checks and stores an audio file; the track it returns starts at the sequence start at 0 dB. Throws an Error with one sentence. */
export const prepareScratchTrack = async (file: File): Promise<ScratchTrack> => {
  const name = `“${file.name}”`
  if (file.size > MAX_ASSET_BYTES) throw new Error(`${name} is ${mb(file.size)}; a scratch track can be at most ${mb(MAX_ASSET_BYTES)}.`)
  if (file.size === 0) throw new Error(`${name} is empty.`)
  const bytes = new Uint8Array(await file.arrayBuffer())
  const mimeType = sniffAudioType(bytes.subarray(0, 512))
  if (!mimeType)
    throw new Error(
      looksLikeAudioFile(file.name, file.type)
        ? `${name} is not in a format Framewright can read (${SUPPORTED_AUDIO_WORDS}), or it is damaged.`
        : `${name} is not an audio file; import ${SUPPORTED_AUDIO_WORDS}.`,
    )
  let buffer: AudioBuffer
  try {
    buffer = await decodeAudioBytes(bytes.slice().buffer)
  } catch {
    throw new Error(`${name} could not be decoded as audio; the file may be damaged.`)
  }
  if (!(buffer.duration > 0)) throw new Error(`${name} holds no audio.`)
  const assetId = await putAsset(bytes, mimeType)
  rememberDecoded(assetId, buffer)
  return { assetId, fileName: file.name, mimeType, durationS: buffer.duration, offsetS: 0, gainDb: 0 }
}

/** Imports an audio file as the project's scratch track (replacing one there is), or says why not. */
export const importScratchAudioFile = async (file: File): Promise<void> => {
  const s = studioStore.getState()
  try {
    const track = await prepareScratchTrack(file)
    studioStore.getState().setScratchTrack(track)
    studioStore.getState().notify(`Scratch track: ${file.name} (${track.durationS.toFixed(1)} s).`)
  } catch (e) {
    s.notify((e as Error).message || `“${file.name}” could not be imported.`, 'error')
  }
}
