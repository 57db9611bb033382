/**
 * `framewright new`: a one-shot project with the default scene and the requested moves, laid one
 * after another on track 1 from t = 0, or all from t = 0 on tracks of their own (`together`), and
 * what the shot is of (`prompt`).
 * Pure; every error is one line naming the bad flag.
 */
import { type CameraPreset, createClip, getPreset } from '../camera-presets'
import type { AspectRatio } from '../core/camera/lens'
import { DEFAULT_SHOT_DURATION_S, MAX_SHOT_DURATION_S, type ParamSpec, type ParamValue, type Project, addClip, addTrack, checkParamValue, clipsEndS, createProject, setShotPrompt, updateShotSettings } from '../timeline'
import { validateProject } from '../schema'
import type { MoveRequest } from './args'

export interface NewProjectRequest {
  readonly moves: readonly MoveRequest[]
  readonly together: boolean
  readonly durationS?: number
  readonly fps?: number
  readonly aspect?: AspectRatio
  /** The shot's subject text (prompt-bearing targets use it in place of the placeholder). */
  readonly prompt?: string
}

export type BuildResult = { readonly ok: true; readonly project: Project } | { readonly ok: false; readonly message: string }

class BuildError extends Error {}

const parseValue = (spec: ParamSpec, text: string): ParamValue => {
  if (spec.kind === 'choice') return text
  const n = text.trim() === '' ? NaN : Number(text)
  return Number.isFinite(n) ? n : text
}

/** The preset and the typed params of one `--preset` with its `--param`s. */
const resolveMove = (move: MoveRequest): { preset: CameraPreset; params: Record<string, ParamValue> } => {
  const preset = getPreset(move.presetId)
  if (!preset) throw new BuildError(`unknown preset '${move.presetId}' (see 'framewright presets')`)
  const params: Record<string, ParamValue> = {}
  for (const { name, value } of move.params) {
    const spec = preset.params.find((s) => s.name === name)
    if (!spec) {
      const known = preset.params.map((s) => s.name).join(', ') || 'none'
      throw new BuildError(`--param ${name}=${value}: preset '${preset.id}' has no parameter '${name}' (its parameters: ${known})`)
    }
    const typed = parseValue(spec, value)
    const why = checkParamValue(spec, typed)
    if (why) throw new BuildError(`--param ${name}=${value}: ${why} (preset '${preset.id}')`)
    params[name] = typed
  }
  return { preset, params }
}

const build = (request: NewProjectRequest): Project => {
  const moves = request.moves.map(resolveMove)
  const shotId = 'shot:1'
  let project = createProject()
  const fps = request.fps ?? project.fps
  project = updateShotSettings({ ...project, fps }, shotId, { fps, aspect: request.aspect ?? project.shots[0].aspect })
  let startS = 0
  moves.forEach(({ preset, params }, i) => {
    const trackId = `${shotId}/track:${request.together ? i + 1 : 1}`
    if (!project.shots[0].tracks.some((t) => t.id === trackId)) project = addTrack(project, shotId, trackId)
    const clip = createClip(preset, `${shotId}/clip:${i + 1}`, startS, params)
    if (clip.startS + clip.durationS > MAX_SHOT_DURATION_S) throw new BuildError(`the moves last longer than a shot may (${MAX_SHOT_DURATION_S} s)`)
    project = addClip(project, shotId, trackId, clip)
    if (!request.together) startS += clip.durationS
  })
  if (request.prompt !== undefined) project = setShotPrompt(project, shotId, { subject: request.prompt })
  const end = clipsEndS(project.shots[0])
  return updateShotSettings(project, shotId, { durationS: request.durationS ?? (end > 0 ? end : DEFAULT_SHOT_DURATION_S) })
}

export const buildNewProject = (request: NewProjectRequest): BuildResult => {
  let project: Project
  try {
    project = build(request)
  } catch (e) {
    if (e instanceof BuildError) return { ok: false, message: e.message }
    throw e
  }
  // the same check as loading: what `new` writes always opens
  const checked = validateProject(project)
  return checked.ok ? { ok: true, project: checked.project } : { ok: false, message: `internal error, the new project is invalid: ${checked.error.message}` }
}
