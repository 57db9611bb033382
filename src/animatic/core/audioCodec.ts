/** The animatic's audio codec: AAC where WebCodecs encodes it, else the WASM AAC encoder, else Opus (all valid in MP4). */

export interface AudioEncoderSupport {
  readonly nativeAac: boolean
  /** The WASM AAC encoder (@mediabunny/aac-encoder) can be loaded. */
  readonly wasmAac: boolean
  readonly opus: boolean
}

export interface AudioCodecChoice {
  readonly codec: 'aac' | 'opus'
  /** In words, for the dialog and the result. */
  readonly label: string
  readonly useWasmAac: boolean
}

export const chooseAudioCodec = (s: AudioEncoderSupport): AudioCodecChoice | null => {
  if (s.nativeAac) return { codec: 'aac', label: "AAC (this browser's encoder)", useWasmAac: false }
  if (s.wasmAac) return { codec: 'aac', label: 'AAC (built-in WASM encoder: this browser has none)', useWasmAac: true }
  if (s.opus) return { codec: 'opus', label: 'Opus', useWasmAac: false }
  return null
}

/**
 * Samples an encoder puts before the audio (AAC priming, Opus pre-skip) that a reader of the file
 * does not trim: the animatic feeds the encoder from this far into its window, so the sound stays
 * on the picture and the audio track lasts the video's duration to within one packet.
 */
export const encoderDelaySamples = (codec: 'aac' | 'opus'): number => (codec === 'aac' ? 1024 : 312)
