/**
 * Start images (the first frame image-to-video routes begin from): uploaded once by the studio,
 * checked (type by its bytes, not its label; size; dimensions), kept in the data folder under a
 * signed id, and handed to the adapter with the generation that names them. A provider that takes
 * the image only as a URL (Luma) gets a public link instead: `GET /public/start-images/<public id>`,
 * the public id signed for that purpose alone and carrying its expiry, so the link reads that one
 * image for a day and nothing else.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync as fsReadFile, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IdSigner } from '../security/signedIds'
import type { StartImage } from './types'

export const MAX_START_IMAGE_BYTES = 10 * 1024 * 1024
export const START_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const
type StartImageType = (typeof START_IMAGE_TYPES)[number]

const EXT: Readonly<Record<StartImageType, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }

/** Where the public link of a start image is served (outside /api: a provider's servers fetch it). */
export const PUBLIC_START_IMAGE_PATH = '/public/start-images/'
/** How long a public link works (default): long enough for a provider's queue, not forever. */
export const PUBLIC_START_IMAGE_TTL_MS = 24 * 60 * 60 * 1000

export class StartImageError extends Error {}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3]
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8)

/** The image's type and size read from its bytes, or null when it is not a PNG, JPEG or WebP it can read. */
export const sniffImage = (b: Uint8Array): { mimeType: StartImageType; width: number; height: number } | null => {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && String.fromCharCode(...b.slice(12, 16)) === 'IHDR')
    return { mimeType: 'image/png', width: u32be(b, 16), height: u32be(b, 20) }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    for (let i = 2; i + 9 < b.length; ) {
      if (b[i] !== 0xff) return null
      const marker = b[i + 1]
      const len = u16be(b, i + 2)
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { mimeType: 'image/jpeg', width: u16be(b, i + 7), height: u16be(b, i + 5) }
      i += 2 + len
    }
    return null
  }
  if (b.length >= 30 && String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP') {
    const chunk = String.fromCharCode(...b.slice(12, 16))
    if (chunk === 'VP8X') return { mimeType: 'image/webp', width: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), height: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) }
    if (chunk === 'VP8 ') return { mimeType: 'image/webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
    if (chunk === 'VP8L') {
      const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)
      return { mimeType: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
    }
  }
  return null
}

export interface StoredStartImage {
  readonly id: string
  readonly mimeType: StartImageType
  readonly width: number
  readonly height: number
}

export interface StartImageStoreOptions {
  /** Signs public links (purpose 'public-start-image'); without it no public link is made. */
  readonly publicSigner?: IdSigner
  /** How long a public link works (default 24 h). */
  readonly publicTtlMs?: number
  /** Epoch ms. */
  readonly now?: () => number
  /** Reads a stored file (tests count the reads). */
  readonly readFile?: (path: string) => Uint8Array
}

const STORED = /^([A-Za-z0-9_-]{16})-(png|jpg|webp)$/
const PUBLIC = /^([A-Za-z0-9_-]{16})-(png|jpg|webp)-([0-9a-z]{1,11})$/

export const createStartImageStore = (dataDir: string, signer: IdSigner, o: StartImageStoreOptions = {}) => {
  const dir = join(dataDir, 'start-images')
  const now = o.now ?? Date.now
  const readFile = o.readFile ?? ((path: string) => new Uint8Array(fsReadFile(path)))
  /** The file's bytes and type, or null (gone, or no longer an image). Only ever called with a verified name. */
  const read = (raw: string, ext: string): StartImage | null => {
    let bytes: Uint8Array
    try {
      bytes = readFile(join(dir, `${raw}.${ext}`))
    } catch {
      return null
    }
    const found = sniffImage(bytes)
    return found ? { bytes, ...found } : null
  }
  return {
    /** Checks and keeps an uploaded image; throws StartImageError with one sentence when it is refused. */
    save(bytes: Uint8Array, declaredType: string): StoredStartImage {
      if (bytes.length === 0) throw new StartImageError('The start image is empty.')
      if (bytes.length > MAX_START_IMAGE_BYTES) throw new StartImageError(`The start image is larger than ${MAX_START_IMAGE_BYTES / (1024 * 1024)} MB.`)
      const found = sniffImage(bytes)
      if (!found) throw new StartImageError('The start image is not a PNG, JPEG or WebP image this server can read.')
      if (found.mimeType !== declaredType) throw new StartImageError(`The start image is a ${found.mimeType.slice(6).toUpperCase()} sent as ${declaredType}.`)
      if (found.width < 16 || found.height < 16 || found.width > 8192 || found.height > 8192)
        throw new StartImageError(`The start image is ${found.width}x${found.height}; it must be 16 to 8192 pixels on each side.`)
      const raw = randomBytes(12).toString('base64url')
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      writeFileSync(join(dir, `${raw}.${EXT[found.mimeType]}`), bytes, { mode: 0o600 })
      return { id: signer.sign(`${raw}-${EXT[found.mimeType]}`), ...found }
    },
    /** The image a signed id names, or null for an id this server did not give out (or a file gone). */
    load(signedId: string): StartImage | null {
      const inner = signer.verify(signedId)
      const m = inner ? STORED.exec(inner) : null
      return m ? read(m[1], m[2]) : null
    },
    /** The path of a public link to the image an upload id names (valid for a day), or null (no such id, or no public links here). */
    publicPathOf(signedId: string): string | null {
      const inner = signer.verify(signedId)
      const m = inner ? STORED.exec(inner) : null
      if (!m || !o.publicSigner) return null
      const expires = Math.ceil((now() + (o.publicTtlMs ?? PUBLIC_START_IMAGE_TTL_MS)) / 1000).toString(36)
      return `${PUBLIC_START_IMAGE_PATH}${o.publicSigner.sign(`${m[1]}-${m[2]}-${expires}`)}`
    },
    /** The image a public id names while its link is valid; null for anything else, without touching the disk. */
    loadPublic(publicId: string): StartImage | null {
      const inner = o.publicSigner?.verify(publicId)
      const m = inner ? PUBLIC.exec(inner) : null
      if (!m || parseInt(m[3], 36) * 1000 <= now()) return null
      return read(m[1], m[2])
    },
  }
}

export type StartImageStore = ReturnType<typeof createStartImageStore>

/** Whether an image of width x height fits a shot of `aspect` (width over height), within 1 %. */
export const matchesAspect = (width: number, height: number, aspect: number): boolean => Math.abs(width / height / aspect - 1) <= 0.01
