/**
 * Byte helpers of the link format: base64url (no padding), CRC-32, and raw-deflate decompression that
 * stops at a fixed output size (a decompression bomb never allocates without bound).
 */
import { Inflate } from 'fflate'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

export const toBase64Url = (bytes: Uint8Array): string => {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

/** Bytes of base64url text, or why not: a character outside the alphabet, or a length no encoder makes (cut short). */
export const fromBase64Url = (text: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: 'bad-character' | 'bad-length' } => {
  const body = text.replace(/=+$/, '')
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return { ok: false, reason: 'bad-character' }
  if (body.length % 4 === 1) return { ok: false, reason: 'bad-length' }
  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8))
  let acc = 0
  let bits = 0
  let o = 0
  for (let i = 0; i < body.length; i++) {
    const v = LOOKUP[body.charCodeAt(i)]
    acc = ((acc << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[o++] = (acc >> bits) & 0xff
    }
  }
  return { ok: true, bytes }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

/** CRC-32 (IEEE) of the parts, in order, as one byte string. */
export const crc32 = (...parts: readonly Uint8Array[]): number => {
  let c = 0xffffffff
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** Compressed input is fed this many bytes at a time, so one step inflates at most ~1032x this (deflate's limit) past the window. */
export const INFLATE_CHUNK_BYTES = 64

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'truncated' | 'corrupt'; readonly produced: number }

/**
 * Raw-deflate decompression that gives up once the output passes `limit` bytes. Input is pushed in
 * small chunks to fflate's streaming Inflate, so what it allocates stays within `limit` plus one
 * chunk's worth (at most 1032 x INFLATE_CHUNK_BYTES, plus its 32 KB window) whatever the input claims.
 */
export const inflateLimited = (data: Uint8Array, limit: number, dictionary?: Uint8Array): InflateResult => {
  const parts: Uint8Array[] = []
  let produced = 0
  let over = false
  const inflater = new Inflate({ dictionary }, (chunk) => {
    produced += chunk.length
    if (produced > limit) over = true
    else if (chunk.length) parts.push(chunk)
  })
  try {
    if (data.length === 0) return { ok: false, reason: 'truncated', produced }
    for (let i = 0; i < data.length && !over; i += INFLATE_CHUNK_BYTES) {
      const end = Math.min(data.length, i + INFLATE_CHUNK_BYTES)
      inflater.push(data.subarray(i, end), end === data.length)
    }
  } catch (e) {
    // fflate's error code 0 is "unexpected EOF": the stream ends before its last block does
    return { ok: false, reason: (e as { code?: unknown } | null)?.code === 0 ? 'truncated' : 'corrupt', produced }
  }
  if (over) return { ok: false, reason: 'too-large', produced }
  const bytes = new Uint8Array(produced)
  let o = 0
  for (const p of parts) {
    bytes.set(p, o)
    o += p.length
  }
  return { ok: true, bytes }
}
