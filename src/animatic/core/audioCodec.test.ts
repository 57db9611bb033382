import { describe, expect, it } from 'vitest'
import { chooseAudioCodec, encoderDelaySamples } from './audioCodec'

describe('chooseAudioCodec', () => {
  it('prefers native AAC, then the WASM AAC encoder, then Opus', () => {
    expect(chooseAudioCodec({ nativeAac: true, wasmAac: true, opus: true })).toMatchObject({ codec: 'aac', useWasmAac: false })
    expect(chooseAudioCodec({ nativeAac: false, wasmAac: true, opus: true })).toMatchObject({ codec: 'aac', useWasmAac: true })
    expect(chooseAudioCodec({ nativeAac: false, wasmAac: false, opus: true })).toMatchObject({ codec: 'opus', useWasmAac: false })
    expect(chooseAudioCodec({ nativeAac: false, wasmAac: false, opus: false })).toBeNull()
  })
})

describe('encoderDelaySamples', () => {
  it('is the AAC priming frame and the Opus pre-skip', () => {
    expect(encoderDelaySamples('aac')).toBe(1024)
    expect(encoderDelaySamples('opus')).toBe(312)
  })
})
