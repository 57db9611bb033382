/**
 * Share links, format 1. A link is a URL fragment `#p=` (project), `#s=` (one shot) or `#m=` (one custom
 * preset) followed by base64url of:
 *
 *   bytes 0-3  CRC-32 (big-endian) of the kind letter ('p', 's', 'm') and bytes 4..end
 *   byte  4    link format version (1)
 *   byte  5    the project's schema version (for `#m=`, the preset file's schema version)
 *   bytes 6-7  the link's length in bytes, modulo 65536 (big-endian): a link cut short is told from a changed one
 *   bytes 8..  deflate-raw of the UTF-8 JSON wire form (wire.ts), with the preset dictionary of dictionary.v1.ts
 *
 * The CRC comes first in every format version, so a link from a newer format is told apart from a
 * damaged one. Decoding goes through the schema's one load path (migrate, then validate): a project's
 * (`loadProjectDocument`) or a preset's (`loadPresetDocument`), so an older link always opens and a
 * newer one says so. Nothing here throws on any input.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate'
import { APP_VERSION, CURRENT_PRESET_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION, PRESET_KIND, PROJECT_KIND, loadPresetDocument, loadProjectDocument } from '../schema'
import type { CustomPresetDefinition, Project } from '../timeline'
import { crc32, fromBase64Url, inflateLimited, toBase64Url } from './bytes'
import { shotProject } from './canonical'
import { DICTIONARY_V1 } from './dictionary.v1'
import { LINK_PREFIX, type LinkKind, findLinkFragment } from './prefix'
import type { JsonObject } from './round'
import { compactPreset, compactProject, expandPreset, expandProject } from './wire'

/** The link format this app writes, and the newest it reads. */
export const LINK_FORMAT_VERSION = 1
/** Longer text is refused before any work (browsers and chat apps cut links far shorter). */
export const MAX_LINK_CHARS = 100_000
/** Decompression stops past this many bytes of JSON: a realistic 6-shot project is about 2 KB. */
export const MAX_PAYLOAD_BYTES = 512 * 1024

const HEADER_BYTES = 8

export type LinkErrorCode = 'truncated' | 'tampered' | 'too-new' | 'too-large' | 'garbage' | 'invalid'

export interface LinkError {
  readonly code: LinkErrorCode
  /** One sentence a person can act on. */
  readonly message: string
}

export type DecodedProjectLink = {
  readonly ok: true
  readonly kind: 'project' | 'shot'
  /** Valid at the current schema version (migrated when the link is older), with derived ids (`project:1`, `shot:1`...). */
  readonly project: Project
  /** The schema version the link was written with. */
  readonly schemaVersion: number
}

export type DecodedPresetLink = {
  readonly ok: true
  readonly kind: 'preset'
  /** Valid at the current preset schema version (migrated when the link is older), its id and revision as its author had them. */
  readonly preset: CustomPresetDefinition
  /** The preset schema version the link was written with. */
  readonly schemaVersion: number
}

export type DecodedLink = DecodedProjectLink | DecodedPresetLink

export type DecodeLinkResult = DecodedLink | { readonly ok: false; readonly error: LinkError }

const fail = (code: LinkErrorCode, message: string): DecodeLinkResult => ({ ok: false, error: { code, message } })

const MESSAGES = {
  garbage: 'This is not a Framewright share link.',
  truncated: 'This link is incomplete: it was cut short on the way (some apps cut long links), so ask for the whole link or the project file.',
  tampered: 'This link is damaged: its contents were changed after it was made, so it cannot be trusted.',
  tooLong: `This link is too long to open (more than ${MAX_LINK_CHARS.toLocaleString('en-US')} characters).`,
  tooLarge: `This link holds more than ${MAX_PAYLOAD_BYTES / 1024} KB of data, more than a share link may, so it was not opened.`,
  unreadable: 'This link passes its checksum but its data cannot be read, so it was not made by this app.',
}

const kindLetter = (letter: string) => strToU8(letter)

/** A fragment of `kind` around an already-compressed body (tests use it to make links of any content). */
export const sealLink = (kind: LinkKind, body: Uint8Array, versions: { readonly format?: number; readonly schema?: number } = {}): string => {
  const bytes = new Uint8Array(HEADER_BYTES + body.length)
  bytes[4] = versions.format ?? LINK_FORMAT_VERSION
  bytes[5] = versions.schema ?? CURRENT_SCHEMA_VERSION
  bytes[6] = (bytes.length >>> 8) & 0xff
  bytes[7] = bytes.length & 0xff
  bytes.set(body, HEADER_BYTES)
  const crc = crc32(kindLetter(LINK_PREFIX[kind]), bytes.subarray(4))
  bytes[0] = crc >>> 24
  bytes[1] = (crc >>> 16) & 0xff
  bytes[2] = (crc >>> 8) & 0xff
  bytes[3] = crc & 0xff
  return `#${LINK_PREFIX[kind]}=${toBase64Url(bytes)}`
}

/** The wire JSON of a project, compressed, as a link of `kind`. */
export const sealWire = (kind: LinkKind, wire: unknown, versions: { readonly format?: number; readonly schema?: number } = {}): string =>
  sealLink(kind, deflateSync(strToU8(JSON.stringify(wire)), { level: 9, dictionary: DICTIONARY_V1 }), versions)

/** The share link of a whole project: a URL fragment `#p=...`. */
export const encodeProjectLink = (project: Project): string =>
  sealWire('project', compactProject(project as unknown as JsonObject, CURRENT_SCHEMA_VERSION))

/** The share link of one shot (0-based index) with the project's scene: `#s=...`. Throws a RangeError for a shot that does not exist. */
export const encodeShotLink = (project: Project, shotIndex: number): string =>
  sealWire('shot', compactProject(shotProject(project, shotIndex) as unknown as JsonObject, CURRENT_SCHEMA_VERSION))

/**
 * The share link of one custom preset: a URL fragment `#m=...`. The definition travels whole (its
 * built-in parts with their baked values, timing and easing, and its exposed parameters), rounded as
 * `canonicalPreset` says, so whoever opens it gets the preset its author has.
 */
export const encodePresetLink = (preset: CustomPresetDefinition): string =>
  sealWire('preset', compactPreset(preset as unknown as JsonObject), { schema: CURRENT_PRESET_SCHEMA_VERSION })

const readUint32 = (b: Uint8Array) => ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0

/** `decodeLink` without its safety net: tests call it to prove that nothing inside ever throws. */
export const decodeLinkUnguarded = (textOrUrl: unknown): DecodeLinkResult => {
  if (typeof textOrUrl !== 'string') return fail('garbage', MESSAGES.garbage)
  if (textOrUrl.length > MAX_LINK_CHARS) return fail('too-large', MESSAGES.tooLong)
  const found = findLinkFragment(textOrUrl)
  if (!found) return fail('garbage', MESSAGES.garbage)
  const decoded = fromBase64Url(found.payload)
  if (!decoded.ok) return decoded.reason === 'bad-length' ? fail('truncated', MESSAGES.truncated) : fail('garbage', MESSAGES.garbage)
  const bytes = decoded.bytes
  if (bytes.length <= HEADER_BYTES) return fail('truncated', MESSAGES.truncated)
  const format = bytes[4]
  const body = bytes.subarray(HEADER_BYTES)

  if (readUint32(bytes) !== crc32(kindLetter(found.letter), bytes.subarray(4))) {
    const declared = (bytes[6] << 8) | bytes[7]
    return format === LINK_FORMAT_VERSION && declared > (bytes.length & 0xffff) ? fail('truncated', MESSAGES.truncated) : fail('tampered', MESSAGES.tampered)
  }
  if (format > LINK_FORMAT_VERSION)
    return fail('too-new', `This link was made by a newer version of Framewright (link format ${format}; this app reads up to ${LINK_FORMAT_VERSION}). Update the app to open it.`)
  if (format < 1) return fail('invalid', MESSAGES.unreadable)
  const schemaVersion = bytes[5]
  const preset = found.kind === 'preset'
  const newest = preset ? CURRENT_PRESET_SCHEMA_VERSION : CURRENT_SCHEMA_VERSION
  if (schemaVersion > newest)
    return fail(
      'too-new',
      `This link holds a ${preset ? 'preset' : 'project'} from a newer version of Framewright (${preset ? 'preset ' : ''}schema ${schemaVersion}; this app reads up to ${newest}). Update the app to open it.`,
    )

  const inflated = inflateLimited(body, MAX_PAYLOAD_BYTES, DICTIONARY_V1)
  if (!inflated.ok) return inflated.reason === 'too-large' ? fail('too-large', MESSAGES.tooLarge) : fail('invalid', MESSAGES.unreadable)
  let wire: unknown
  try {
    wire = JSON.parse(strFromU8(inflated.bytes))
  } catch {
    return fail('invalid', MESSAGES.unreadable)
  }
  if (preset) {
    const loaded = loadPresetDocument({ kind: PRESET_KIND, schemaVersion, appVersion: APP_VERSION, preset: expandPreset(wire) })
    if (!loaded.ok)
      return loaded.error.code === 'too-new' ? fail('too-new', loaded.error.message) : fail('invalid', `This link's preset is not valid: ${loaded.error.message.replace(/^This preset is not valid: /, '').replace(/\.?$/, '.')}`)
    return { ok: true, kind: 'preset', preset: loaded.preset, schemaVersion }
  }
  const loaded = loadProjectDocument({ kind: PROJECT_KIND, schemaVersion, appVersion: APP_VERSION, project: expandProject(wire, schemaVersion) })
  if (!loaded.ok) return loaded.error.code === 'too-new' ? fail('too-new', loaded.error.message) : fail('invalid', `This link's project is not valid: ${loaded.error.message.replace(/\.?$/, '.')}`)
  if (found.kind === 'shot' && loaded.project.shots.length !== 1)
    return fail('invalid', `A shot link holds one shot, but this one holds ${loaded.project.shots.length}.`)
  return { ok: true, kind: found.kind, project: loaded.project, schemaVersion }
}

/**
 * What a share link holds: a whole URL (`https://host/#p=...`), its fragment, or the fragment without `#`.
 * A project or shot link gives `{ kind: 'project' | 'shot', project }`, a preset link `{ kind: 'preset', preset }`.
 * Never throws; a broken link gets one error with a code (truncated, tampered, too-new, too-large,
 * garbage, invalid) and a one-sentence message.
 */
export const decodeLink = (textOrUrl: unknown): DecodeLinkResult => {
  try {
    return decodeLinkUnguarded(textOrUrl)
  } catch {
    return fail('invalid', 'This link could not be read.')
  }
}
