/**
 * The design fingerprint of a shot: a short hash of everything that shapes its picture (framing,
 * lens, subject, moves, timing, aspect, fps, the scene and, for hosted routes, what the shot is of), not of its name. A take remembers the
 * fingerprint it was made from; when the shot's current one differs, the take is of an earlier design.
 */
import type { Scene, Shot } from '../timeline/model'

/** JSON with object keys sorted, so equal designs give equal text whatever order their keys were written in. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`
}

/** 64-bit hash (two 32-bit FNV-1a lanes with different seeds, murmur-finalised) as 16 hex digits. */
export const hash64 = (text: string): string => {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  const fin = (h: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    return (h ^ (h >>> 16)) >>> 0
  }
  return fin(a).toString(16).padStart(8, '0') + fin(b ^ a).toString(16).padStart(8, '0')
}

/**
 * `pictureOnly` leaves out what the shot is of (its prompt): the previs renderer draws the design,
 * not the words, so rewording a shot does not make its previs takes out of date; a hosted take was
 * made from the words too.
 */
export const designFingerprint = (shot: Shot, scene: Scene, pictureOnly = false): string => {
  const { name: _name, prompt, ...design } = shot
  return hash64(canonicalJson({ shot: pictureOnly ? design : { ...design, prompt }, scene }))
}

/** The fingerprint a take of `route` is compared with: previs takes ignore the prompt. */
export const fingerprintFor = (route: string, shot: Shot, scene: Scene): string => designFingerprint(shot, scene, route === 'previs')
