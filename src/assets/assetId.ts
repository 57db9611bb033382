/** Asset ids and bytes, pure: the id of some bytes is their SHA-256 (Web Crypto, in browsers and Node alike). */
import type { AssetId } from '../timeline/media'

/** The one piece of Web Crypto used here (the core tier compiles without DOM types). */
interface WebCryptoHost {
  readonly crypto: { readonly subtle: { digest(algorithm: string, data: ArrayBuffer): Promise<ArrayBuffer> } }
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** `sha256:<hex>` of the bytes. */
export const assetIdOf = async (bytes: Uint8Array): Promise<AssetId> => {
  const digest = await (globalThis as unknown as WebCryptoHost).crypto.subtle.digest('SHA-256', bytes.slice().buffer)
  return `sha256:${hex(new Uint8Array(digest))}`
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]))

/** Standard base64 (with padding), as project files carry assets. */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  const out: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const left = bytes.length - i
    out.push(ALPHABET[(n >> 18) & 63], ALPHABET[(n >> 12) & 63], left > 1 ? ALPHABET[(n >> 6) & 63] : '=', left > 2 ? ALPHABET[n & 63] : '=')
  }
  return out.join('')
}

/** The bytes of standard base64 (length a multiple of 4); throws a RangeError on text that is not base64. */
export const base64ToBytes = (base64: string): Uint8Array => {
  if (base64.length % 4 !== 0) throw new RangeError('base64 length must be a multiple of 4')
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  const out = new Uint8Array((base64.length / 4) * 3 - pad)
  let o = 0
  for (let i = 0; i < base64.length; i += 4) {
    let n = 0
    for (let j = 0; j < 4; j++) {
      const c = base64[i + j]
      const v = c === '=' && i + j >= base64.length - pad ? 0 : VALUE.get(c)
      if (v === undefined) throw new RangeError(`'${c}' is not a base64 character`)
      n = (n << 6) | v
    }
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}
