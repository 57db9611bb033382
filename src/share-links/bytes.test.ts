import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { INFLATE_CHUNK_BYTES, crc32, fromBase64Url, inflateLimited, toBase64Url } from './bytes'
import { DICTIONARY_V1 } from './dictionary.v1'

describe('base64url', () => {
  it('matches Node for every length and byte', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff)
      const text = toBase64Url(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      expect(fromBase64Url(text)).toEqual({ ok: true, bytes })
    }
  })

  it('refuses characters outside the alphabet and lengths no encoder makes', () => {
    expect(fromBase64Url('ab+c')).toEqual({ ok: false, reason: 'bad-character' })
    expect(fromBase64Url('abc.')).toEqual({ ok: false, reason: 'bad-character' })
    expect(fromBase64Url('abcdé')).toEqual({ ok: false, reason: 'bad-character' })
    expect(fromBase64Url('abcde')).toEqual({ ok: false, reason: 'bad-length' })
    expect(fromBase64Url('YQ==')).toEqual({ ok: true, bytes: Uint8Array.of(97) })
  })
})

describe('crc32', () => {
  it('is CRC-32/IEEE, over its parts as one string', () => {
    const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0))
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926)
    expect(crc32(ascii('1234'), ascii('56789'))).toBe(0xcbf43926)
    expect(crc32()).toBe(0)
  })
})

describe('inflateLimited', () => {
  const text = Uint8Array.from({ length: 5000 }, (_, i) => 32 + ((i * 7) % 90))

  it('inflates raw deflate, with or without a dictionary', () => {
    expect(inflateLimited(deflateSync(text), 1 << 20)).toEqual({ ok: true, bytes: text })
    expect(inflateLimited(deflateSync(text, { dictionary: DICTIONARY_V1 }), 1 << 20, DICTIONARY_V1)).toEqual({ ok: true, bytes: text })
  })

  it('says truncated for a stream cut short and corrupt for one that breaks the format', () => {
    const whole = deflateSync(text)
    for (const cut of [1, 2, 10, whole.length - 1]) expect(inflateLimited(whole.subarray(0, cut), 1 << 20)).toMatchObject({ ok: false, reason: 'truncated' })
    expect(inflateLimited(new Uint8Array(0), 1 << 20)).toMatchObject({ ok: false, reason: 'truncated' })
    expect(inflateLimited(Uint8Array.of(0xff, 0xff, 0xff, 0xff), 1 << 20)).toMatchObject({ ok: false, reason: 'corrupt' })
  })

  it('stops a decompression bomb near its limit: 16 MB of zeros in 16 KB of deflate never get allocated', () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 })
    expect(bomb.length).toBeLessThan(20_000)
    const limit = 512 * 1024
    const result = inflateLimited(bomb, limit)
    expect(result).toMatchObject({ ok: false, reason: 'too-large' })
    // one push of INFLATE_CHUNK_BYTES inflates at most 1032 bytes per input byte (deflate's maximum ratio), plus a window
    if (!result.ok) expect(result.produced).toBeLessThanOrEqual(limit + 1032 * INFLATE_CHUNK_BYTES + 32 * 1024)
  })
})
