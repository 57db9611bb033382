import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assetIdOf, base64ToBytes, bytesToBase64 } from '.'

describe('asset ids and base64', () => {
  it('base64 agrees with Node and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = bytesToBase64(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64'))
        expect(base64ToBytes(text)).toEqual(bytes)
      }),
    )
  })

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('abc')).toThrow(RangeError)
    expect(() => base64ToBytes('ab!d')).toThrow(/not a base64 character/)
    expect(() => base64ToBytes('a=bc')).toThrow(RangeError)
  })

  it('the id is the SHA-256 of the bytes', async () => {
    expect(await assetIdOf(new TextEncoder().encode('abc'))).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})
