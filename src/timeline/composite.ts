/**
 * Composite moves (custom presets) on the timeline: a clip of a composite stands for the clips of
 * its parts, scaled to the clip's duration and placed from the clip's start. Evaluation, analysis and
 * anything else that needs to see through a custom preset expands it here, so a custom preset plays
 * exactly as the clips it was saved from (same order among other clips, same subject points, same
 * scene-time windows under bullet time).
 */
import type { Clip, Shot, Track } from './model'
import type { MoveDefinition, MoveRegistry } from './moves'
import { resolveParams } from './params'

/**
 * The clips a composite clip stands for (ids `<clip id>/part:<n>`), or undefined when the move is
 * not a composite. A composite's own easing is not used: its parts carry theirs (a clip of a custom
 * preset is linear by contract; the schema and the store keep it so).
 */
export const expandClip = (clip: Clip, move: MoveDefinition | undefined): Clip[] | undefined => {
  const composite = move?.composite
  if (!move || !composite) return undefined
  const k = composite.durationS > 0 ? clip.durationS / composite.durationS : 1
  return composite.parts(resolveParams(move.params, clip.params)).map((part, i) => ({
    id: `${clip.id}/part:${i + 1}`,
    presetId: part.moveId,
    presetVersion: part.moveVersion,
    startS: clip.startS + part.startS * k,
    durationS: part.durationS * k,
    params: part.params,
    easing: part.easing,
  }))
}

const expandTrack = (track: Track, registry: MoveRegistry): Track => {
  let changed = false
  const clips: Clip[] = []
  for (const clip of track.clips) {
    const parts = expandClip(clip, registry.get(clip.presetId))
    if (parts) {
      changed = true
      clips.push(...parts)
    } else clips.push(clip)
  }
  if (!changed) return track
  // stable: parts keep their order among themselves and against clips that start at the same time
  return { ...track, clips: clips.map((c, i) => ({ c, i })).sort((a, b) => a.c.startS - b.c.startS || a.i - b.i).map((x) => x.c) }
}

/** The shot with every composite clip replaced by the clips of its parts; the same object when it has none. */
export const expandShot = (shot: Shot, registry: MoveRegistry): Shot => {
  let changed = false
  const tracks = shot.tracks.map((t) => {
    const next = expandTrack(t, registry)
    if (next !== t) changed = true
    return next
  })
  return changed ? { ...shot, tracks } : shot
}
