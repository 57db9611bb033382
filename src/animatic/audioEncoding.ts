/**
 * The animatic's audio encoder choice (see core/audioCodec.ts): AAC where this browser's WebCodecs
 * encodes it, else the WASM AAC encoder (@mediabunny/aac-encoder, loaded only then), else Opus.
 */
import { canEncodeAudio } from 'mediabunny'
import { type AudioCodecChoice, chooseAudioCodec } from './core/audioCodec'
import { SCRATCH_SAMPLE_RATE } from './scratchAudio'

export const AUDIO_BITRATE = 128_000

const nativeAac = async (numberOfChannels: number): Promise<boolean> => {
  if (typeof AudioEncoder === 'undefined') return false
  try {
    const r = await AudioEncoder.isConfigSupported({ codec: 'mp4a.40.2', sampleRate: SCRATCH_SAMPLE_RATE, numberOfChannels, bitrate: AUDIO_BITRATE })
    return r.supported === true
  } catch {
    return false
  }
}

let wasmRegistered: Promise<void> | null = null

/** Which codec the animatic's audio will be encoded with here (nothing is loaded by asking). `preferOpus`: Opus where it can be encoded. */
export const detectAudioCodec = async (numberOfChannels = 2, preferOpus = false): Promise<AudioCodecChoice | null> => {
  const opus = await canEncodeAudio('opus', { numberOfChannels, sampleRate: SCRATCH_SAMPLE_RATE, bitrate: AUDIO_BITRATE }).catch(() => false)
  if (preferOpus && opus) return chooseAudioCodec({ nativeAac: false, wasmAac: false, opus })
  return chooseAudioCodec({ nativeAac: await nativeAac(numberOfChannels), wasmAac: typeof WebAssembly === 'object', opus })
}

/** Makes the choice encodable: registers the WASM AAC encoder with mediabunny when the choice needs it (once). */
export const prepareAudioCodec = async (choice: AudioCodecChoice): Promise<void> => {
  if (!choice.useWasmAac) return
  wasmRegistered ??= import('@mediabunny/aac-encoder').then((m) => m.registerAacEncoder())
  await wasmRegistered
}
