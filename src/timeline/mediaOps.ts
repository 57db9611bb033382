/** Edits of a project's notes and media references (schema 4); pure, like ops.ts. */
import { clamp } from '../core/units'
import { MAX_NOTES_CHARS, MAX_SCRATCH_GAIN_DB, MIN_SCRATCH_GAIN_DB, type ReferenceImage, type ScratchTrack } from './media'
import type { Project, Shot } from './model'
import { mapShot } from './ops'

const withoutKey = <T extends object, K extends keyof T>(value: T, key: K): T => {
  const { [key]: _dropped, ...rest } = value
  return rest as T
}

/** Notes are trimmed at the end and cut to MAX_NOTES_CHARS; empty notes remove the field. */
export const cleanNotes = (text: string): string => text.replace(/\s+$/u, '').slice(0, MAX_NOTES_CHARS)

export const setShotNotes = (project: Project, shotId: string, text: string): Project =>
  mapShot(project, shotId, (s): Shot => {
    const notes = cleanNotes(text)
    if ((s.notes ?? '') === notes) return s
    return notes ? { ...s, notes } : withoutKey(s, 'notes')
  })

const sameImage = (a: ReferenceImage | undefined, b: ReferenceImage | null) =>
  (!a && !b) || (!!a && !!b && a.assetId === b.assetId && a.fileName === b.fileName && a.widthPx === b.widthPx && a.heightPx === b.heightPx && a.mimeType === b.mimeType)

/** Sets (or with null removes) the shot's reference image. */
export const setReferenceImage = (project: Project, shotId: string, image: ReferenceImage | null): Project =>
  mapShot(project, shotId, (s): Shot => {
    if (sameImage(s.referenceImage, image)) return s
    return image ? { ...s, referenceImage: image } : withoutKey(s, 'referenceImage')
  })

const cleanTrack = (track: ScratchTrack): ScratchTrack => ({
  ...track,
  gainDb: clamp(track.gainDb, MIN_SCRATCH_GAIN_DB, MAX_SCRATCH_GAIN_DB),
  offsetS: Number.isFinite(track.offsetS) ? track.offsetS : 0,
})

/** Sets (or with null removes) the project's scratch audio track. */
export const setScratchTrack = (project: Project, track: ScratchTrack | null): Project => {
  if (!track) return project.scratchTrack ? withoutKey(project, 'scratchTrack') : project
  return { ...project, scratchTrack: cleanTrack(track) }
}

/** Moves the scratch track (offset) or sets its gain; nothing when there is no track or nothing changes. */
export const updateScratchTrack = (project: Project, patch: Partial<Pick<ScratchTrack, 'offsetS' | 'gainDb'>>): Project => {
  const track = project.scratchTrack
  if (!track) return project
  const next = cleanTrack({ ...track, ...patch })
  return next.offsetS === track.offsetS && next.gainDb === track.gainDb ? project : { ...project, scratchTrack: next }
}
