/** Asset ids and bytes, pure: the id of some bytes is their SHA-256 (Web Crypto, in browsers and Node alike). */
import type { AssetId } from '../timeline/media'

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** `sha256:<hex>` of the bytes. */
export const assetIdOf = async (bytes: Uint8Array): Promise<AssetId> => {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes.slice().buffer)
  return `sha256:${hex(new Uint8Array(digest))}`
}

const CHUNK = 0x8000

/** Standard base64 (with padding), as project files carry assets. */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}

/** The bytes of standard base64; throws on text that is not base64. */
export const base64ToBytes = (base64: string): Uint8Array => {
  const binary = atob(base64)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
