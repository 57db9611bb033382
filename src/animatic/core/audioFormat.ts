/**
 * Recognising a scratch audio file: its type from the first bytes (magic numbers), checked against
 * what its name and declared type say. Pure: bytes in, a type or a sentence out.
 */
import type { ScratchAudioType } from '../../timeline/media'

const ascii = (b: Uint8Array, at: number, text: string): boolean => {
  if (b.length < at + text.length) return false
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false
  return true
}

const contains = (b: Uint8Array, text: string, limit: number): boolean => {
  const end = Math.min(b.length, limit) - text.length
  for (let i = 0; i <= end; i++) if (ascii(b, i, text)) return true
  return false
}

/** The audio type the bytes are, or null when they are none of the supported kinds. */
export const sniffAudioType = (b: Uint8Array): ScratchAudioType | null => {
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE')) return 'audio/wav'
  if (ascii(b, 0, 'OggS')) return contains(b, 'OpusHead', 256) ? 'audio/opus' : 'audio/ogg'
  if (ascii(b, 0, 'fLaC')) return 'audio/flac'
  if (ascii(b, 4, 'ftyp')) return 'audio/mp4'
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'audio/webm'
  if (ascii(b, 0, 'ID3')) return 'audio/mpeg'
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xf6) === 0xf0) return 'audio/aac' // ADTS: sync word, layer 00
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0) return 'audio/mpeg' // MPEG audio frame sync
  return null
}

export const AUDIO_EXTENSIONS = ['wav', 'wave', 'mp3', 'm4a', 'mp4', 'aac', 'ogg', 'oga', 'opus', 'webm', 'weba', 'flac'] as const

/** Whether a file looks like audio by its name or declared type (before reading it). */
export const looksLikeAudioFile = (fileName: string, declaredType: string): boolean => {
  if (declaredType.startsWith('audio/')) return true
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  return (AUDIO_EXTENSIONS as readonly string[]).includes(ext)
}

export const SUPPORTED_AUDIO_WORDS = 'WAV, MP3, M4A/AAC, Ogg/Opus or FLAC'
