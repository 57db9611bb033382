/**
 * Pure edit operations on a project. Each returns a new project (or the same object when
 * nothing changes, so the store can drop no-op history entries). The store calls these and
 * nothing else writes the document.
 */
import type { CameraPose } from '../core/camera/pose'
import type { Easing } from '../core/math/easing'
import type { Seconds } from '../core/units'
import { clamp } from '../core/units'
import { MAX_SHOT_DURATION_S, MIN_CLIP_DURATION_S, type Clip, type LensSetup, type Project, type Shot, type Track } from './model'
import type { ParamValues } from './params'
import { type ShotPrompt, cleanPromptText } from './prompt'
import type { SubjectSpec } from './subject'

const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] => list.map((x, i) => (i === index ? value : x))

/** Deep equality of plain document data (numbers, strings, arrays, records), so an edit that changes nothing can return its input. */
const samePlain = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** `value` with `patch` applied, or `value` itself when the patch changes nothing. */
const patched = <T extends object>(value: T, patch: Partial<T>): T =>
  (Object.keys(patch) as (keyof T)[]).every((k) => samePlain(value[k], patch[k])) ? value : { ...value, ...patch }

export const findShot = (project: Project, shotId: string): Shot | undefined => project.shots.find((s) => s.id === shotId)

export const findClip = (shot: Shot, clipId: string): { clip: Clip; track: Track } | undefined => {
  for (const track of shot.tracks) {
    const clip = track.clips.find((c) => c.id === clipId)
    if (clip) return { clip, track }
  }
  return undefined
}

export const mapShot = (project: Project, shotId: string, fn: (shot: Shot) => Shot): Project => {
  const index = project.shots.findIndex((s) => s.id === shotId)
  if (index < 0) return project
  const before = project.shots[index]
  const after = fn(before)
  return after === before ? project : { ...project, shots: replaceAt(project.shots, index, after) }
}

const mapClip = (shot: Shot, clipId: string, fn: (clip: Clip) => Clip): Shot => {
  for (let ti = 0; ti < shot.tracks.length; ti++) {
    const track = shot.tracks[ti]
    const ci = track.clips.findIndex((c) => c.id === clipId)
    if (ci < 0) continue
    const after = fn(track.clips[ci])
    if (after === track.clips[ci]) return shot
    return { ...shot, tracks: replaceAt(shot.tracks, ti, { ...track, clips: replaceAt(track.clips, ci, after) }) }
  }
  return shot
}

/** The time the last clip of a shot ends. */
export const clipsEndS = (shot: Shot): Seconds =>
  shot.tracks.reduce((end, t) => t.clips.reduce((e, c) => Math.max(e, c.startS + c.durationS), end), 0)

const sortClips = (clips: readonly Clip[]): Clip[] => [...clips].sort((a, b) => a.startS - b.startS)

// ---- shots ---------------------------------------------------------------------------------

export const addShot = (project: Project, shot: Shot, index = project.shots.length): Project => {
  const shots = [...project.shots]
  shots.splice(clamp(index, 0, shots.length), 0, shot)
  return { ...project, shots }
}

/** Removes a shot; a project always keeps at least one. */
export const removeShot = (project: Project, shotId: string): Project =>
  project.shots.length <= 1 || !findShot(project, shotId) ? project : { ...project, shots: project.shots.filter((s) => s.id !== shotId) }

export const moveShot = (project: Project, shotId: string, toIndex: number): Project => {
  const from = project.shots.findIndex((s) => s.id === shotId)
  const to = clamp(Math.round(toIndex), 0, project.shots.length - 1)
  if (from < 0 || from === to) return project
  const shots = [...project.shots]
  const [shot] = shots.splice(from, 1)
  shots.splice(to, 0, shot)
  return { ...project, shots }
}

export const renameShot = (project: Project, shotId: string, name: string): Project => {
  const trimmed = name.trim()
  return trimmed ? mapShot(project, shotId, (s) => (s.name === trimmed ? s : { ...s, name: trimmed })) : project
}

export type ShotSettings = Partial<Pick<Shot, 'durationS' | 'fps' | 'aspect'>>

export const updateShotSettings = (project: Project, shotId: string, patch: ShotSettings): Project =>
  mapShot(project, shotId, (s) => {
    const next = { ...s, ...patch }
    next.durationS = clamp(next.durationS, MIN_CLIP_DURATION_S, MAX_SHOT_DURATION_S)
    return next.durationS === s.durationS && next.fps === s.fps && next.aspect === s.aspect ? s : next
  })

export const setShotStart = (project: Project, shotId: string, start: CameraPose): Project =>
  mapShot(project, shotId, (s) => (samePlain(s.start, start) ? s : { ...s, start }))

export const updateShotLens = (project: Project, shotId: string, patch: Partial<LensSetup>): Project =>
  mapShot(project, shotId, (s) => {
    const lens = patched(s.lens, patch)
    return lens === s.lens ? s : { ...s, lens }
  })

export const updateShotSubject = (project: Project, shotId: string, patch: Partial<SubjectSpec>): Project =>
  mapShot(project, shotId, (s) => {
    const subject = patched(s.subject, patch)
    return subject === s.subject ? s : { ...s, subject }
  })

/** Sets what the shot is of (subject, negative); text is trimmed and cut to MAX_PROMPT_CHARS. */
export const setShotPrompt = (project: Project, shotId: string, patch: Partial<ShotPrompt>): Project =>
  mapShot(project, shotId, (s) => {
    const clean: { subject?: string; negative?: string } = {}
    if (patch.subject !== undefined) clean.subject = cleanPromptText(patch.subject)
    if (patch.negative !== undefined) clean.negative = cleanPromptText(patch.negative)
    const prompt = patched(s.prompt, clean)
    return prompt === s.prompt ? s : { ...s, prompt }
  })

export const renameProject = (project: Project, name: string): Project =>
  name.trim() && name.trim() !== project.name ? { ...project, name: name.trim() } : project

// ---- tracks --------------------------------------------------------------------------------

export const addTrack = (project: Project, shotId: string, trackId: string): Project =>
  mapShot(project, shotId, (s) => ({ ...s, tracks: [...s.tracks, { id: trackId, clips: [] }] }))

/** Removes an empty track (a shot keeps at least one). */
export const removeTrack = (project: Project, shotId: string, trackId: string): Project =>
  mapShot(project, shotId, (s) => {
    const track = s.tracks.find((t) => t.id === trackId)
    if (!track || track.clips.length > 0 || s.tracks.length <= 1) return s
    return { ...s, tracks: s.tracks.filter((t) => t.id !== trackId) }
  })

// ---- clips ---------------------------------------------------------------------------------

/** Adds a clip to a track; the shot grows to hold it. */
export const addClip = (project: Project, shotId: string, trackId: string, clip: Clip): Project =>
  mapShot(project, shotId, (s) => {
    const ti = s.tracks.findIndex((t) => t.id === trackId)
    if (ti < 0) return s
    const track = s.tracks[ti]
    const tracks = replaceAt(s.tracks, ti, { ...track, clips: sortClips([...track.clips, clip]) })
    const durationS = Math.min(MAX_SHOT_DURATION_S, Math.max(s.durationS, clip.startS + clip.durationS))
    return { ...s, tracks, durationS }
  })

export const deleteClip = (project: Project, shotId: string, clipId: string): Project =>
  mapShot(project, shotId, (s) => {
    const found = findClip(s, clipId)
    if (!found) return s
    return { ...s, tracks: s.tracks.map((t) => (t === found.track ? { ...t, clips: t.clips.filter((c) => c.id !== clipId) } : t)) }
  })

/** Moves a clip in time and (optionally) to another track. Start is clamped at 0. */
export const moveClip = (project: Project, shotId: string, clipId: string, startS: Seconds, trackId?: string): Project =>
  mapShot(project, shotId, (s) => {
    const found = findClip(s, clipId)
    if (!found) return s
    const start = Math.max(0, startS)
    const target = trackId ?? found.track.id
    if (start === found.clip.startS && target === found.track.id) return s
    const moved = { ...found.clip, startS: start }
    const tracks = s.tracks.map((t) => {
      let clips = t.clips.filter((c) => c.id !== clipId)
      if (t.id === target) clips = sortClips([...clips, moved])
      return clips.length === t.clips.length && t.id !== target ? t : { ...t, clips }
    })
    if (!tracks.some((t) => t.id === target)) return s
    return { ...s, tracks, durationS: Math.min(MAX_SHOT_DURATION_S, Math.max(s.durationS, start + moved.durationS)) }
  })

/** Sets a clip's start and duration (resizing from either edge). */
export const setClipTiming = (project: Project, shotId: string, clipId: string, startS: Seconds, durationS: Seconds): Project =>
  mapShot(project, shotId, (s) => {
    const start = Math.max(0, startS)
    const duration = clamp(durationS, MIN_CLIP_DURATION_S, MAX_SHOT_DURATION_S)
    const next = mapClip(s, clipId, (c) => (c.startS === start && c.durationS === duration ? c : { ...c, startS: start, durationS: duration }))
    if (next === s) return s
    return {
      ...next,
      tracks: next.tracks.map((t) => (t.clips.some((c) => c.id === clipId) ? { ...t, clips: sortClips(t.clips) } : t)),
      durationS: Math.min(MAX_SHOT_DURATION_S, Math.max(s.durationS, start + duration)),
    }
  })

/** Copies a clip to start where the original ends, on the same track. */
export const duplicateClip = (project: Project, shotId: string, clipId: string, newId: string): Project => {
  const shot = findShot(project, shotId)
  const found = shot && findClip(shot, clipId)
  if (!shot || !found) return project
  const copy: Clip = { ...found.clip, id: newId, startS: found.clip.startS + found.clip.durationS }
  return addClip(project, shotId, found.track.id, copy)
}

export const setClipParams = (project: Project, shotId: string, clipId: string, params: ParamValues): Project =>
  mapShot(project, shotId, (s) =>
    mapClip(s, clipId, (c) => {
      const next = patched(c.params, params)
      return next === c.params ? c : { ...c, params: next }
    }),
  )

export const resetClipParams = (project: Project, shotId: string, clipId: string, names?: readonly string[]): Project =>
  mapShot(project, shotId, (s) =>
    mapClip(s, clipId, (c) => {
      if (!names) return Object.keys(c.params).length === 0 ? c : { ...c, params: {} }
      if (!names.some((n) => n in c.params)) return c
      const params = { ...c.params }
      for (const n of names) delete params[n]
      return { ...c, params }
    }),
  )

export const setClipEasing = (project: Project, shotId: string, clipId: string, easing: Easing): Project =>
  mapShot(project, shotId, (s) => mapClip(s, clipId, (c) => (samePlain(c.easing, easing) ? c : { ...c, easing })))
