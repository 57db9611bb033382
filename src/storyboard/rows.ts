/**
 * The shot sheet: one row per shot with what a storyboard panel, the PDF and the CSV print — number,
 * name, start timecode on the sequence (shots laid end to end, at the project's frame rate),
 * duration, lens, the moves in film language (the compilers' writer, as the prompt target writes
 * them), the route, the chosen take and the notes.
 *
 * The route: routes are a setting of the Takes panel (the next Generate's route), not part of a
 * shot. A shot with a chosen take shows that take's route and model; any other shot shows the
 * route the Takes panel is set to now (`currentRoute`).
 */
import type { Seconds } from '../core/units'
import { sensorPreset } from '../core/camera/lens'
import { buildContext } from '../compilers/context'
import { describeCameraMotion, describeOptionsOf } from '../compilers/film-language'
import { ROUTE_LABELS } from '../pricing'
import { ROUTE_MODELS } from '../route-catalog'
import type { Take } from '../takes/model'
import { evaluateShot } from '../timeline/evaluate'
import type { Project, Shot } from '../timeline/model'
import type { MoveRegistry } from '../timeline/moves'
import { frameCount } from '../timeline/sample'
import { panelTimes } from './frameTimes'
import { timecode } from './timecode'

export interface StoryboardRow {
  readonly shotId: string
  /** 1-based position in the sequence. */
  readonly number: number
  readonly name: string
  /** Where the shot starts on the sequence (the shots before it, end to end). */
  readonly startS: Seconds
  /** HH:MM:SS:FF at the project's frame rate. */
  readonly startTimecode: string
  readonly durationS: Seconds
  /** "4.5 s · 108 frames" at the shot's frame rate. */
  readonly durationText: string
  /** "35 mm · Super 35"; a zoom reads "35–70 mm · Super 35". */
  readonly lens: string
  /** The moves in film language ("0-4 s: pan left 45 degrees, easing in and out, …"). */
  readonly moves: string
  readonly routeId: string
  /** "Kling · Kling v1 · std · text to video", "Previs". */
  readonly route: string
  /** Where the route comes from. */
  readonly routeFrom: 'chosen take' | 'takes panel'
  /** The chosen take, "Previs · 720p · take:…", or '' when the shot has none. */
  readonly chosenTake: string
  readonly notes: string
}

const SENSOR_SHORT: Readonly<Record<string, string>> = {
  'full-frame': 'Full frame',
  'super-35': 'Super 35',
  'aps-c': 'APS-C',
  '16mm': '16 mm film',
  'two-thirds-inch': '2/3" video',
}

const num = (x: number, digits = 2) => String(Number(x.toFixed(digits)))

/** The sensor in a few words: its preset's short name, else its size. */
export const sensorText = (lens: Shot['lens']): string =>
  SENSOR_SHORT[lens.sensorId] ?? (sensorPreset(lens.sensorId)?.label ?? `${num(lens.sensorWidthMm)} × ${num(lens.sensorHeightMm)} mm sensor`)

/** "35 mm · Super 35"; when the focal length changes over the shot, "35–70 mm · Super 35". */
export const lensText = (lens: Shot['lens'], startFocalMm: number, endFocalMm: number): string => {
  const a = Math.round(startFocalMm)
  const b = Math.round(endFocalMm)
  return `${a === b ? a : `${a}–${b}`} mm · ${sensorText(lens)}`
}

/** "4.5 s · 108 frames" */
export const durationText = (shot: Pick<Shot, 'durationS' | 'fps'>): string => {
  const n = frameCount(shot.durationS, shot.fps)
  return `${num(shot.durationS)} s · ${n} frame${n === 1 ? '' : 's'}`
}

export const routeLabel = (routeId: string): string => (routeId === 'previs' ? 'Previs' : (ROUTE_LABELS[routeId] ?? routeId))

/** The route and, where one is named, its model: "Kling · Kling v1 · std · text to video". */
export const routeText = (routeId: string, modelId?: string): string => {
  const model = modelId ? (ROUTE_MODELS[routeId]?.find((m) => m.id === modelId)?.label ?? modelId) : undefined
  return model ? `${routeLabel(routeId)} · ${model}` : routeLabel(routeId)
}

/** A take in a few words: its route, model (or previs size) and id. */
export const takeText = (take: Take): string =>
  `${take.route === 'previs' ? `Previs · ${take.settings.size}` : routeText(take.route, take.settings.model)}${take.chain ? ` · chained, ${take.chain.parts} parts` : ''} · ${take.id}`

export interface StoryboardRowOptions {
  /** The project's takes (any shot's); a shot's chosen one names its route. */
  readonly takes?: readonly Take[]
  /** The route the Takes panel is set to now, and its chosen model: for shots without a chosen take. */
  readonly currentRoute?: { readonly routeId: string; readonly modelId?: string }
}

/** The moves in words and the lens of a shot depend on its design only: kept per shot object (edits replace the object). */
const describedCache = new WeakMap<Shot, { registry: MoveRegistry; moves: string; lens: string }>()

const describedShot = (project: Project, index: number, registry: MoveRegistry): { moves: string; lens: string } => {
  const shot = project.shots[index]
  const hit = describedCache.get(shot)
  if (hit && hit.registry === registry) return hit
  const ctx = buildContext(project, index, registry)
  const moves = describeCameraMotion(ctx.analysis, describeOptionsOf(ctx)).text
  const end = evaluateShot(shot, panelTimes(shot).endS, registry)
  const value = { registry, moves, lens: lensText(shot.lens, ctx.frameAt(0).focalLengthMm, end.focalLengthMm) }
  describedCache.set(shot, value)
  return value
}

export const storyboardRows = (project: Project, registry: MoveRegistry, options: StoryboardRowOptions = {}): StoryboardRow[] => {
  const current = options.currentRoute ?? { routeId: 'previs' }
  let startS = 0
  return project.shots.map((shot, index) => {
    const { moves, lens } = describedShot(project, index, registry)
    const chosen = options.takes?.find((t) => t.shotId === shot.id && t.chosen)
    const row: StoryboardRow = {
      shotId: shot.id,
      number: index + 1,
      name: shot.name,
      startS,
      startTimecode: timecode(startS, project.fps),
      durationS: shot.durationS,
      durationText: durationText(shot),
      lens,
      moves,
      routeId: chosen ? chosen.route : current.routeId,
      route: chosen ? routeText(chosen.route, chosen.settings.model) : routeText(current.routeId, current.modelId),
      routeFrom: chosen ? 'chosen take' : 'takes panel',
      chosenTake: chosen ? takeText(chosen) : '',
      notes: shot.notes ?? '',
    }
    startS += shot.durationS
    return row
  })
}
