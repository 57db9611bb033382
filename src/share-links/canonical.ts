/**
 * The canonical form of a project: exactly what survives a share link. Numbers rounded per unit
 * (round.ts), ids re-derived from position (`project:1`, `shot:N`, `shot:N/track:M`, `shot:N/clip:K`
 * counted across the shot's tracks in order), preset ids by their canonical id, every parameter a
 * built-in preset declares present (missing ones filled with its default). Fields this module does
 * not know (added by later schema versions) pass through with generic rounding and sorted keys.
 * Works on raw values: anything odd is left in place for validation to report.
 *
 * A custom preset (in `project.customPresets`, or alone in a `#m=` link) has its own canonical form,
 * `canonicalPreset`: times to 0.1 ms (a part's end rounded, so it never ends past the preset), each
 * part's parameters as a clip's of that move (every declared one present, rounded by unit, in range),
 * exposed ranges and defaults by their unit. A clip of a custom preset is rounded and filled through
 * the project's own (canonical) definition (`lookupPreset`), as a built-in move's clip is.
 */
import { getPreset } from '../camera-presets'
import { type CustomPresetDefinition, lookupPreset } from '../camera-presets/custom'
import type { CameraPreset } from '../camera-presets'
import type { ParamSpec, ParamUnit, Project } from '../timeline'
import { DECIMALS, type JsonObject, PARAM_DECIMALS, canonicalJson, hasOwn, isObject, num, positive, roundTo, vec } from './round'

/** The id every project read from a link gets (the studio gives it a fresh one when it opens it). */
export const LINK_PROJECT_ID = 'project:1'

export const shotIdAt = (index: number) => `shot:${index + 1}`
export const trackIdAt = (shotId: string, index: number) => `${shotId}/track:${index + 1}`
export const clipIdAt = (shotId: string, index: number) => `${shotId}/clip:${index + 1}`

export const KNOWN = {
  project: ['id', 'name', 'fps', 'scene', 'shots', 'customPresets'],
  shot: ['id', 'name', 'durationS', 'fps', 'aspect', 'start', 'lens', 'subject', 'prompt', 'tracks'],
  track: ['id', 'clips'],
  clip: ['id', 'presetId', 'presetVersion', 'startS', 'durationS', 'params', 'easing'],
  pose: ['position', 'yawDeg', 'pitchDeg', 'rollDeg'],
  lens: ['focalLengthMm', 'sensorId', 'sensorWidthMm', 'sensorHeightMm', 'focusDistanceM', 'fStop'],
  subject: ['groundPosition', 'facingDeg', 'heightM', 'aimHeightM', 'path', 'form'],
  scene: ['setPieces'],
  piece: ['id', 'kind', 'label', 'position', 'size', 'color'],
  preset: ['id', 'version', 'name', 'description', 'category', 'durationS', 'parts', 'exposed'],
  part: ['presetId', 'presetVersion', 'startS', 'durationS', 'track', 'params', 'easing'],
  exposedNumber: ['kind', 'name', 'label', 'unit', 'min', 'max', 'default', 'targets'],
  exposedChoice: ['kind', 'name', 'label', 'default', 'targets'],
  target: ['part', 'param'],
} as const satisfies Record<string, readonly string[]>

/** The fields of `value` not in `known`, canonical, keys sorted. */
export const extraEntries = (value: JsonObject, known: readonly string[]): [string, unknown][] =>
  Object.keys(value)
    .filter((k) => !known.includes(k) && value[k] !== undefined)
    .sort()
    .map((k) => [k, canonicalJson(value[k])])

/** An object from entries, leaving out undefined values (Object.fromEntries never touches a prototype). */
export const objectOf = (entries: readonly (readonly [string, unknown])[]): JsonObject => Object.fromEntries(entries.filter(([, v]) => v !== undefined))

const mapObjects = (list: unknown, fn: (item: JsonObject, index: number) => unknown): unknown =>
  Array.isArray(list) ? list.map((item, i) => (isObject(item) ? fn(item, i) : item)) : list

const withExtras = (value: JsonObject, known: readonly string[], entries: [string, unknown][]) => objectOf([...entries, ...extraEntries(value, known)])

const canonicalPose = (p: unknown) =>
  isObject(p)
    ? withExtras(p, KNOWN.pose, [
        ['position', vec(p.position, DECIMALS.metres)],
        ['yawDeg', num(p.yawDeg, DECIMALS.degrees)],
        ['pitchDeg', num(p.pitchDeg, DECIMALS.degrees)],
        ['rollDeg', num(p.rollDeg, DECIMALS.degrees)],
      ])
    : p

const canonicalLens = (l: unknown) =>
  isObject(l)
    ? withExtras(l, KNOWN.lens, [
        ['focalLengthMm', num(l.focalLengthMm, DECIMALS.millimetres)],
        ['sensorId', l.sensorId],
        ['sensorWidthMm', positive(l.sensorWidthMm, DECIMALS.millimetres)],
        ['sensorHeightMm', positive(l.sensorHeightMm, DECIMALS.millimetres)],
        ['focusDistanceM', l.focusDistanceM === null ? null : positive(l.focusDistanceM, DECIMALS.metres)],
        ['fStop', positive(l.fStop, DECIMALS.fStop)],
      ])
    : l

const canonicalPath = (p: unknown) => {
  if (!isObject(p)) return p
  const path = canonicalJson(p) as JsonObject
  return objectOf(
    Object.keys(path).map((k) => [
      k,
      k === 'distanceM' || k === 'radiusM' ? num(p[k], DECIMALS.metres) : k === 'sweepDeg' ? num(p[k], DECIMALS.degrees) : path[k],
    ]),
  )
}

const canonicalSubject = (s: unknown) =>
  isObject(s)
    ? withExtras(s, KNOWN.subject, [
        ['groundPosition', vec(s.groundPosition, DECIMALS.metres)],
        ['facingDeg', num(s.facingDeg, DECIMALS.degrees)],
        ['heightM', positive(s.heightM, DECIMALS.metres)],
        ['aimHeightM', num(s.aimHeightM, DECIMALS.metres)],
        ['path', canonicalPath(s.path)],
        // a figure is the default form: said or not, the same subject, the same link
        ...(s.form === undefined || s.form === 'figure' ? [] : [['form', s.form] as [string, unknown]]),
      ])
    : s

const canonicalScene = (scene: unknown) =>
  isObject(scene)
    ? withExtras(scene, KNOWN.scene, [
        [
          'setPieces',
          mapObjects(scene.setPieces, (p) =>
            withExtras(p, KNOWN.piece, [
              ['id', p.id],
              ['kind', p.kind],
              ['label', p.label],
              ['position', vec(p.position, DECIMALS.metres)],
              ['size', vec(p.size, DECIMALS.metres, true)],
              ['color', p.color],
            ]),
          ),
        ],
      ])
    : scene

/** A declared parameter's value, rounded to its unit and kept inside its range. */
const canonicalParam = (spec: ParamSpec, value: unknown): unknown => {
  if (spec.kind !== 'number' || typeof value !== 'number' || !Number.isFinite(value)) return value
  if (spec.integer && Number.isInteger(value)) return value
  const r = roundTo(value, spec.integer ? 0 : PARAM_DECIMALS[spec.unit])
  return Math.min(spec.max, Math.max(spec.min, r))
}

export const canonicalParams = (params: unknown, specs: readonly ParamSpec[] | undefined): unknown => {
  if (!isObject(params) || !specs) return canonicalJson(params)
  const declared = specs.map((s) => s.name)
  return objectOf([...specs.map((s): [string, unknown] => [s.name, canonicalParam(s, params[s.name] ?? s.default)]), ...extraEntries(params, declared)])
}

export const canonicalEasing = (e: unknown): unknown => {
  const out = canonicalJson(e)
  if (isObject(e) && isObject(out) && e.kind === 'bezier' && Array.isArray(e.handles)) return { ...out, handles: vec(e.handles, DECIMALS.handles) }
  return out
}

/** Resolves a clip's preset id: a built-in move, or one of the project's custom presets. */
type Lookup = (presetId: string) => CameraPreset | undefined

const canonicalClip = (c: JsonObject, id: string, lookup: Lookup) => {
  const preset = typeof c.presetId === 'string' ? lookup(c.presetId) : undefined
  return withExtras(c, KNOWN.clip, [
    ['id', id],
    ['presetId', preset?.id ?? c.presetId],
    ['presetVersion', c.presetVersion],
    ['startS', num(c.startS, DECIMALS.seconds)],
    ['durationS', positive(c.durationS, DECIMALS.seconds)],
    ['params', canonicalParams(c.params, preset?.params)],
    ['easing', canonicalEasing(c.easing)],
  ])
}

/**
 * Media never travels in a link (schema 4): a shot's reference image and the project's scratch track
 * are left out (`mediaLeftOut` says what a link of a project leaves behind). Notes do travel.
 */
export const LINK_DROPS = { project: ['scratchTrack'], shot: ['referenceImage'] } as const

const dropKeys = (value: JsonObject, keys: readonly string[]): JsonObject =>
  Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)))

const canonicalShot = (shot: JsonObject, index: number, lookup: Lookup) => {
  const s = dropKeys(shot, LINK_DROPS.shot)
  const id = shotIdAt(index)
  let clips = 0
  const tracks = mapObjects(s.tracks, (t, j) =>
    withExtras(t, KNOWN.track, [
      ['id', trackIdAt(id, j)],
      ['clips', mapObjects(t.clips, (c) => canonicalClip(c, clipIdAt(id, clips++), lookup))],
    ]),
  )
  return withExtras(s, KNOWN.shot, [
    ['id', id],
    ['name', s.name],
    ['durationS', positive(s.durationS, DECIMALS.seconds)],
    ['fps', positive(s.fps, DECIMALS.fps)],
    ['aspect', s.aspect],
    ['start', canonicalPose(s.start)],
    ['lens', canonicalLens(s.lens)],
    ['subject', canonicalSubject(s.subject)],
    ['prompt', canonicalJson(s.prompt)],
    ['tracks', tracks],
  ])
}

// ---- custom presets ----------------------------------------------------------------------------

const SECONDS = DECIMALS.seconds

/** Decimals of a parameter unit (generic for a unit this format does not know: validation reports it). */
const unitDecimals = (unit: unknown): number =>
  typeof unit === 'string' && hasOwn(PARAM_DECIMALS, unit) ? PARAM_DECIMALS[unit as ParamUnit] : DECIMALS.generic

/**
 * A part's timing: its start to 0.1 ms, and its end rounded (not its duration), so a part that ends
 * within its preset still does after rounding (rounding is monotonic); never a zero duration.
 */
const partTiming = (startS: unknown, durationS: unknown): [unknown, unknown] => {
  const start = num(startS, SECONDS)
  if (typeof startS !== 'number' || typeof durationS !== 'number' || typeof start !== 'number' || !Number.isFinite(startS + durationS))
    return [start, positive(durationS, SECONDS)]
  const d = roundTo(roundTo(startS + durationS, SECONDS) - start, SECONDS)
  return [start, d > 0 ? d : positive(durationS, SECONDS)]
}

const canonicalPart = (p: JsonObject) => {
  const preset = typeof p.presetId === 'string' ? getPreset(p.presetId) : undefined
  const [startS, durationS] = partTiming(p.startS, p.durationS)
  return withExtras(p, KNOWN.part, [
    ['presetId', preset?.id ?? p.presetId],
    ['presetVersion', p.presetVersion],
    ['startS', startS],
    ['durationS', durationS],
    ['track', p.track],
    ['params', canonicalParams(p.params, preset?.params)],
    ['easing', canonicalEasing(p.easing)],
  ])
}

const canonicalTarget = (t: JsonObject) => withExtras(t, KNOWN.target, [['part', t.part], ['param', t.param]])

const canonicalExposed = (e: JsonObject) => {
  if (e.kind === 'choice')
    return withExtras(e, KNOWN.exposedChoice, [
      ['kind', e.kind],
      ['name', e.name],
      ['label', e.label],
      ['default', e.default],
      ['targets', mapObjects(e.targets, canonicalTarget)],
    ])
  const decimals = unitDecimals(e.unit)
  return withExtras(e, KNOWN.exposedNumber, [
    ['kind', e.kind],
    ['name', e.name],
    ['label', e.label],
    ['unit', e.unit],
    ['min', num(e.min, decimals)],
    ['max', num(e.max, decimals)],
    ['default', num(e.default, decimals)],
    ['targets', mapObjects(e.targets, canonicalTarget)],
  ])
}

/** A custom preset definition as a link keeps it (raw object form; see `canonicalPreset`). */
export const canonicalPresetObject = (d: JsonObject): JsonObject =>
  withExtras(d, KNOWN.preset, [
    ['id', d.id],
    ['version', d.version],
    ['name', d.name],
    ['description', d.description],
    ['category', d.category],
    ['durationS', positive(d.durationS, SECONDS)],
    ['parts', mapObjects(d.parts, canonicalPart)],
    ['exposed', mapObjects(d.exposed, canonicalExposed)],
  ])

/**
 * What of a custom preset survives a share link: `decodeLink(encodePresetLink(d)).preset` equals
 * `canonicalPreset(d)`. Times to 0.1 ms, each part's parameters complete and rounded by unit, part ids
 * canonical (old aliases renamed), exposed ranges and defaults rounded by unit.
 */
export const canonicalPreset = (def: CustomPresetDefinition): CustomPresetDefinition =>
  canonicalPresetObject(def as unknown as JsonObject) as unknown as CustomPresetDefinition

/** The lookup of a project's clips: built-in moves, and its (canonical) custom presets. Total on odd definitions. */
const lookupFor = (customPresets: unknown): Lookup => {
  const defs = Array.isArray(customPresets) ? (customPresets.filter(isObject) as unknown as CustomPresetDefinition[]) : []
  const project = { customPresets: defs }
  return (presetId) => {
    try {
      return lookupPreset(project, presetId)
    } catch {
      return undefined // a definition too odd to build a move from: validation reports it
    }
  }
}

/** The project as a link keeps it (raw object form; see `canonicalProject`). */
export const canonicalProjectObject = (project: JsonObject): JsonObject => {
  const p = dropKeys(project, LINK_DROPS.project)
  const customPresets = Array.isArray(p.customPresets) ? mapObjects(p.customPresets, canonicalPresetObject) : canonicalJson(p.customPresets)
  const lookup = lookupFor(customPresets)
  return withExtras(p, KNOWN.project, [
    ['id', LINK_PROJECT_ID],
    ['name', p.name],
    ['fps', positive(p.fps, DECIMALS.fps)],
    ['scene', canonicalScene(p.scene)],
    ['shots', mapObjects(p.shots, (s, i) => canonicalShot(s, i, lookup))],
    ['customPresets', customPresets],
  ])
}

/** What of `project` survives a share link: `decodeLink(encodeProjectLink(p)).project` equals `canonicalProject(p)`. */
export const canonicalProject = (project: Project): Project => canonicalProjectObject(project as unknown as JsonObject) as unknown as Project

/** What a link of `project` leaves behind, in words, one line each (empty when it carries everything). */
export const mediaLeftOut = (project: Project): string[] => {
  const lines: string[] = []
  project.shots.forEach((shot, i) => {
    if (shot.referenceImage) lines.push(`${shot.name || `Shot ${i + 1}`}'s reference image (${shot.referenceImage.fileName}) is not in the link.`)
  })
  if (project.scratchTrack) lines.push(`The scratch audio track (${project.scratchTrack.fileName}) is not in the link.`)
  return lines
}

/** The project a shot link holds: the project with that one shot, and only the custom presets it uses. */
export const shotProject = (project: Project, shotIndex: number): Project => {
  const shot = project.shots[shotIndex]
  if (!shot) throw new RangeError(`Shot ${shotIndex + 1} does not exist; the project has ${project.shots.length} shot${project.shots.length === 1 ? '' : 's'}.`)
  const used = new Set(shot.tracks.flatMap((t) => t.clips.map((c) => c.presetId)))
  return { ...project, shots: [shot], customPresets: (project.customPresets ?? []).filter((d) => used.has(d.id)) }
}
