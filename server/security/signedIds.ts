/**
 * Unforgeable generation ids: the server's own random id plus an HMAC of it under a secret only the
 * server knows. A client can hold and send back an id but cannot make one, so the server polls and
 * fetches only for generations it created.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const MAC_CHARS = 22 // 128 bits of the HMAC-SHA256, base64url

export interface IdSigner {
  sign(id: string): string
  /** The server's id inside a signed id, or null when the signature does not match (or it is malformed). */
  verify(signed: string): string | null
}

/** A fresh random id (128 bits, base64url). */
export const newGenerationId = (): string => randomBytes(16).toString('base64url')

/** `purpose` keeps ids of different kinds apart: a signed upload id is not a generation id. */
export const createIdSigner = (secret: Uint8Array, purpose = 'generation'): IdSigner => {
  if (secret.byteLength < 32) throw new Error('The id signing secret must be at least 32 bytes.')
  const mac = (id: string) => createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url').slice(0, MAC_CHARS)
  return {
    sign: (id) => `${id}.${mac(id)}`,
    verify: (signed) => {
      if (typeof signed !== 'string' || signed.length > 200) return null
      const dot = signed.lastIndexOf('.')
      if (dot <= 0) return null
      const id = signed.slice(0, dot)
      if (!/^[A-Za-z0-9_-]+$/.test(id)) return null
      const given = Buffer.from(signed.slice(dot + 1))
      const expected = Buffer.from(mac(id))
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : null
    },
  }
}
