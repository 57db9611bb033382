import { describe, expect, it } from 'vitest'
import { looksLikeAudioFile, sniffAudioType } from './audioFormat'

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

describe('sniffAudioType', () => {
  it('recognises each supported container by its first bytes', () => {
    expect(sniffAudioType(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBe('audio/wav')
    expect(sniffAudioType(bytes('ID3', [4, 0, 0]))).toBe('audio/mpeg')
    expect(sniffAudioType(bytes([0xff, 0xfb, 0x90, 0x00]))).toBe('audio/mpeg')
    expect(sniffAudioType(bytes([0xff, 0xf1, 0x50, 0x80]))).toBe('audio/aac')
    expect(sniffAudioType(bytes([0, 0, 0, 0x20], 'ftypM4A '))).toBe('audio/mp4')
    expect(sniffAudioType(bytes('OggS', [0, 2], new Array(22).fill(0), 'OpusHead'))).toBe('audio/opus')
    expect(sniffAudioType(bytes('OggS', [0, 2], new Array(22).fill(0), [1], 'vorbis'))).toBe('audio/ogg')
    expect(sniffAudioType(bytes('fLaC'))).toBe('audio/flac')
    expect(sniffAudioType(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe('audio/webm')
  })
  it('refuses what is not audio', () => {
    expect(sniffAudioType(bytes([0x89], 'PNG'))).toBeNull()
    expect(sniffAudioType(bytes('{"schema":4}'))).toBeNull()
    expect(sniffAudioType(new Uint8Array())).toBeNull()
    expect(sniffAudioType(bytes('RIFF', [0, 0, 0, 0], 'AVI '))).toBeNull()
  })
})

describe('looksLikeAudioFile', () => {
  it('goes by the declared type or the extension', () => {
    expect(looksLikeAudioFile('x.bin', 'audio/x-wav')).toBe(true)
    expect(looksLikeAudioFile('Take 3.M4A', '')).toBe(true)
    expect(looksLikeAudioFile('notes.txt', 'text/plain')).toBe(false)
  })
})
