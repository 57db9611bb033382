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
  if (s.opus) return { codec: 'opus', label: 'Opus (no AAC encoder here)', useWasmAac: false }
  return null
}
