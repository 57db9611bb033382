/**
 * The zod schema of a project file at the current schema version (4): the envelope and the
 * project inside it, with every field validated. Parsing also normalises each clip's preset id
 * to its canonical id (old aliases still open). Clips of custom presets are checked against the
 * definitions the project carries (`customPresets`).
 */
import { z } from 'zod'
import { MAX_SHOT_DURATION_S, type Project, isCustomPresetId } from '../timeline'
import { checkClipPreset, checkCustomClip } from './clipChecks'
import { customPresetSchema } from './customPresetSchema'
import { fileAssetsSchema, notesSchema, referenceImageSchema, scratchTrackSchema } from './mediaSchema'
import { PROJECT_KIND } from './envelope'
import { CURRENT_SCHEMA_VERSION } from './migrations'
import { aspectSchema, easingSchema, finite, fpsSchema, id, lensSchema, nonNegative, poseSchema, positive, promptSchema, setPieceSchema, subjectSchema } from './parts'

const clipShape = z.strictObject({
  id,
  presetId: id,
  presetVersion: z.number().int().positive(),
  startS: nonNegative,
  durationS: positive.max(MAX_SHOT_DURATION_S),
  params: z.record(z.string(), z.union([finite, z.string()])),
  easing: easingSchema,
})

export const clipSchema = clipShape.transform((clip, ctx) => {
  const { presetId, issues } = checkClipPreset(clip)
  for (const issue of issues) ctx.issues.push({ code: 'custom', message: issue.message, input: clip, path: [...issue.path] })
  return issues.length ? z.NEVER : { ...clip, presetId }
})

export const trackSchema = z.strictObject({ id, clips: z.array(clipSchema) })

type IssueSink = { issues: { push: (issue: z.core.$ZodRawIssue) => void } }

/** Report the second and later uses of an id in `input[listName]`, at `[listName, index, 'id']`. */
const checkUnique = (ids: readonly string[], listName: string, ctx: IssueSink, input: unknown) => {
  const first = new Map<string, number>()
  ids.forEach((value, index) => {
    const before = first.get(value)
    if (before === undefined) first.set(value, index)
    else ctx.issues.push({ code: 'custom', input, path: [listName, index, 'id'], message: `'${value}' is already the id of ${listName}[${before}]` })
  })
}

export const shotSchema = z
  .strictObject({
    id,
    name: z.string(),
    durationS: positive.max(MAX_SHOT_DURATION_S),
    fps: fpsSchema,
    aspect: aspectSchema,
    start: poseSchema,
    lens: lensSchema,
    subject: subjectSchema,
    prompt: promptSchema,
    tracks: z.array(trackSchema).min(1),
    notes: notesSchema.optional(),
    referenceImage: referenceImageSchema.optional(),
  })
  .superRefine((shot, ctx) => {
    checkUnique(shot.tracks.map((t) => t.id), 'tracks', ctx, shot)
    // clip ids are unique across the whole shot, not only within a track
    const seen = new Map<string, string>()
    shot.tracks.forEach((track, ti) =>
      track.clips.forEach((clip, ci) => {
        const other = seen.get(clip.id)
        if (other) ctx.issues.push({ code: 'custom', input: shot, path: ['tracks', ti, 'clips', ci, 'id'], message: `'${clip.id}' is already the id of ${other}` })
        else seen.set(clip.id, `tracks[${ti}].clips[${ci}]`)
      }),
    )
  })

export const sceneSchema = z
  .strictObject({ setPieces: z.array(setPieceSchema) })
  .superRefine((scene, ctx) => checkUnique(scene.setPieces.map((p) => p.id), 'setPieces', ctx, scene))

export const projectSchema = z
  .strictObject({
    id,
    name: z.string(),
    fps: fpsSchema,
    scene: sceneSchema,
    shots: z.array(shotSchema).min(1),
    customPresets: z.array(customPresetSchema),
    scratchTrack: scratchTrackSchema.optional(),
  })
  .superRefine((project, ctx) => {
    checkUnique(project.shots.map((s) => s.id), 'shots', ctx, project)
    checkUnique(project.customPresets.map((d) => d.id), 'customPresets', ctx, project)
    const defs = new Map(project.customPresets.map((d) => [d.id, d]))
    project.shots.forEach((shot, si) =>
      shot.tracks.forEach((track, ti) =>
        track.clips.forEach((clip, ci) => {
          if (!isCustomPresetId(clip.presetId)) return
          for (const issue of checkCustomClip(clip, defs))
            ctx.issues.push({ code: 'custom', input: project, path: ['shots', si, 'tracks', ti, 'clips', ci, ...issue.path], message: issue.message })
        }),
      ),
    )
  })

export const envelopeSchema = z.strictObject({
  kind: z.literal(PROJECT_KIND),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  appVersion: z.string().min(1),
  savedAt: z.iso.datetime({ offset: true }).optional(),
  project: projectSchema,
  /** Schema 4: the bytes of the media the project points at (files only; storage and links leave it out). */
  assets: fileAssetsSchema.optional(),
})

export type ProjectEnvelope = z.output<typeof envelopeSchema>

// The parsed project is a timeline Project (compile-time check).
const _isProject = (p: z.output<typeof projectSchema>): Project => p
void _isProject
