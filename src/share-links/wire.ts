/**
 * The wire form of link format 1: the canonical project with everything the decoder can put back
 * left out. Left out: ids (derived from position), and values equal to the frozen defaults of
 * frozen.v1.ts: the project's name and fps, the default scene; each shot's name `Shot N`, fps (the
 * project's), aspect, start, lens, subject, prompt, two empty tracks, and its duration when it ends
 * with its last move (5 s with none); each clip's preset version 1, its preset's default duration,
 * easing and parameters, and its start when it starts where the clip before it on its track ends.
 * Tracks are written as plain lists of clips, a named easing as its name, a bezier as its four
 * handles. Fields it does not know pass through under their own names.
 *
 * A project's custom presets, and the clips that play them, are written in full (canonical): their
 * defaults are in no frozen table, and every format-1 decoder reads that form.
 *
 * A preset link (`#m=`) writes its one definition with `compactPreset`: revision 1, an empty
 * description and no exposed parameters left out, the duration when it is where the last part ends,
 * each part as a clip (preset version 1, the frozen default duration, easing and parameters, a start
 * where the part before it on its track ends, track 0 left out), each exposed parameter without its
 * kind when a number, its default when it is its first target's baked value (both in the link), and
 * its targets as `[part, param]` pairs.
 *
 * `expandProject` / `expandPreset` are the inverses, and total: odd input (a crafted link) is left in
 * place for the schema's validation to report, never thrown on.
 */
import { getPreset } from '../camera-presets'
import { KNOWN, LINK_PROJECT_ID, canonicalPresetObject, canonicalProjectObject, clipIdAt, extraEntries, objectOf, shotIdAt, trackIdAt } from './canonical'
import {
  type FrozenPreset,
  LENS_DEFAULTS_V1,
  LISTS_FROM_SCHEMA_V1,
  PRESET_DEFAULTS_V1,
  PROJECT_DEFAULTS_V1,
  PROMPT_DEFAULTS_V1,
  SCENE_DEFAULT_V1,
  SENSOR_SIZES_V1,
  SHOT_DEFAULTS_V1,
  START_DEFAULT_V1,
  SUBJECT_DEFAULTS_V1,
  TRACK_COUNT_V1,
} from './frozen.v1'
import { DECIMALS, type JsonObject, copyJson, hasOwn, isObject, roundTo, sameJson } from './round'

/** A built-in move's frozen defaults (a custom preset has none: its clips are written in full). */
const frozenPreset = (presetId: unknown): FrozenPreset | undefined =>
  typeof presetId === 'string' && hasOwn(PRESET_DEFAULTS_V1, presetId) ? PRESET_DEFAULTS_V1[presetId] : undefined

const lensTemplate = (sensorId: unknown): JsonObject => {
  const [w, h] = typeof sensorId === 'string' && hasOwn(SENSOR_SIZES_V1, sensorId) ? SENSOR_SIZES_V1[sensorId] : SENSOR_SIZES_V1['full-frame']
  return { ...LENS_DEFAULTS_V1, sensorWidthMm: w, sensorHeightMm: h }
}

/** Where the clip after `prev` on a track starts when the link leaves its start out. */
const nextStart = (prev: JsonObject | undefined): unknown =>
  prev === undefined ? 0 : typeof prev.startS === 'number' && typeof prev.durationS === 'number' ? roundTo(prev.startS + prev.durationS, DECIMALS.seconds) : undefined

/** Where a shot's last move ends (its duration when the link leaves that out); 5 s with no moves. */
const shotEnd = (tracks: unknown): unknown => {
  let end = 0
  let any = false
  if (!Array.isArray(tracks)) return undefined
  for (const t of tracks) {
    if (!isObject(t) || !Array.isArray(t.clips)) return undefined
    for (const c of t.clips as unknown[]) {
      if (!isObject(c) || typeof c.startS !== 'number' || typeof c.durationS !== 'number') return undefined
      end = Math.max(end, roundTo(c.startS + c.durationS, DECIMALS.seconds))
      any = true
    }
  }
  return any ? end : SHOT_DEFAULTS_V1.durationS
}

const unless = (value: unknown, fallback: unknown): unknown => (sameJson(value, fallback) ? undefined : value)

/** The fields of `value` that differ from `template` (undefined when none do). */
const diff = (value: unknown, template: JsonObject): unknown => {
  if (!isObject(value)) return value
  const out = objectOf(Object.keys(value).map((k) => [k, hasOwn(template, k) && sameJson(value[k], template[k]) ? undefined : value[k]]))
  return Object.keys(out).length ? out : undefined
}

/** `template` with `wire`'s fields over it; a non-object is left as it is. */
const merge = (wire: unknown, template: JsonObject): unknown => (wire === undefined ? copyJson(template) : isObject(wire) ? { ...copyJson(template), ...wire } : wire)

const field = (o: JsonObject, key: string, fallback: () => unknown): unknown => (hasOwn(o, key) ? o[key] : fallback())

// ---- compact ---------------------------------------------------------------------------------------

const compactEasing = (e: unknown): unknown =>
  isObject(e) && e.kind === 'named' && Object.keys(e).length === 2 && typeof e.name === 'string'
    ? e.name
    : isObject(e) && e.kind === 'bezier' && Object.keys(e).length === 2 && Array.isArray(e.handles)
      ? e.handles
      : e

const compactClips = (clips: unknown): unknown => {
  if (!Array.isArray(clips)) return clips
  let prev: JsonObject | undefined
  return clips.map((c: unknown) => {
    if (!isObject(c)) return c
    const frozen = frozenPreset(c.presetId)
    const out = objectOf([
      ['presetId', c.presetId],
      ['presetVersion', unless(c.presetVersion, 1)],
      ['startS', unless(c.startS, nextStart(prev))],
      ['durationS', frozen ? unless(c.durationS, frozen[0]) : c.durationS],
      ['params', frozen ? diff(c.params, frozen[2]) : c.params],
      ['easing', frozen ? unless(compactEasing(c.easing), frozen[1]) : compactEasing(c.easing)],
      ...extraEntries(c, KNOWN.clip),
    ])
    prev = c
    return out
  })
}

const compactTrack = (t: unknown): unknown => {
  if (!isObject(t)) return t
  const extras = extraEntries(t, KNOWN.track)
  return extras.length ? objectOf([['clips', compactClips(t.clips)], ...extras]) : compactClips(t.clips)
}

const isDefaultTracks = (tracks: unknown): boolean =>
  Array.isArray(tracks) && tracks.length === TRACK_COUNT_V1 && tracks.every((t) => Array.isArray(t) && t.length === 0)

const compactShot = (s: unknown, index: number, projectFps: unknown): unknown => {
  if (!isObject(s)) return s
  const tracks = Array.isArray(s.tracks) ? s.tracks.map(compactTrack) : s.tracks
  const lens = isObject(s.lens) ? diff(s.lens, lensTemplate(s.lens.sensorId)) : s.lens
  return objectOf([
    ['name', unless(s.name, `Shot ${index + 1}`)],
    ['durationS', unless(s.durationS, shotEnd(s.tracks))],
    ['fps', unless(s.fps, projectFps)],
    ['aspect', unless(s.aspect, SHOT_DEFAULTS_V1.aspect)],
    ['start', unless(s.start, START_DEFAULT_V1)],
    ['lens', lens],
    ['subject', diff(s.subject, SUBJECT_DEFAULTS_V1)],
    ['prompt', diff(s.prompt, PROMPT_DEFAULTS_V1)],
    ['tracks', isDefaultTracks(tracks) ? undefined : tracks],
    ...extraEntries(s, KNOWN.shot),
  ])
}

/** Fields that are empty lists by default from a schema version on: left out when empty. */
const defaultLists = (schemaVersion: number) => LISTS_FROM_SCHEMA_V1.filter((l) => schemaVersion >= l.fromSchema).map((l) => l.field)

/** Where a preset's last part ends (its duration when the link leaves that out). */
const partsEnd = (parts: unknown): unknown => {
  if (!Array.isArray(parts) || parts.length === 0) return undefined
  let end = 0
  for (const p of parts) {
    if (!isObject(p) || typeof p.startS !== 'number' || typeof p.durationS !== 'number') return undefined
    end = Math.max(end, roundTo(p.startS + p.durationS, DECIMALS.seconds))
  }
  return end
}

/** A part's track as the link reads it (0 when left out). */
const trackOf = (p: JsonObject): unknown => field(p, 'track', () => 0)

/** Where a part starts when the link leaves its start out: where the part before it on its track ends (0 for the first). */
const partStart = (before: readonly unknown[], track: unknown): unknown => {
  for (let i = before.length - 1; i >= 0; i--) {
    const q = before[i]
    if (isObject(q) && sameJson(trackOf(q), track)) return nextStart(q)
  }
  return 0
}

const compactParts = (parts: unknown): unknown => {
  if (!Array.isArray(parts)) return parts
  return parts.map((p: unknown, i) => {
    if (!isObject(p)) return p
    const frozen = frozenPreset(p.presetId)
    return objectOf([
      ['presetId', p.presetId],
      ['presetVersion', unless(p.presetVersion, 1)],
      ['startS', unless(p.startS, partStart(parts.slice(0, i), p.track))],
      ['durationS', frozen ? unless(p.durationS, frozen[0]) : p.durationS],
      ['track', unless(p.track, 0)],
      ['params', frozen ? diff(p.params, frozen[2]) : p.params],
      ['easing', frozen ? unless(compactEasing(p.easing), frozen[1]) : compactEasing(p.easing)],
      ...extraEntries(p, KNOWN.part),
    ])
  })
}

/** A target's part and parameter as a pair, when that is all it holds. */
const compactTarget = (t: unknown): unknown => (isObject(t) && Object.keys(t).length === 2 && typeof t.part === 'number' && typeof t.param === 'string' ? [t.part, t.param] : t)

/** The baked value an exposed parameter's first target holds (its default when the link leaves that out). */
const bakedDefault = (e: JsonObject, parts: unknown): unknown => {
  const t = Array.isArray(e.targets) ? e.targets[0] : undefined
  if (!isObject(t) || typeof t.part !== 'number' || typeof t.param !== 'string' || !Array.isArray(parts)) return undefined
  const part = parts[t.part]
  return isObject(part) && isObject(part.params) && hasOwn(part.params, t.param) ? part.params[t.param] : undefined
}

const compactExposed = (exposed: unknown, parts: unknown): unknown => {
  if (!Array.isArray(exposed)) return exposed
  return exposed.map((e: unknown) => {
    if (!isObject(e)) return e
    return objectOf([
      ['kind', unless(e.kind, 'number')],
      ...Object.keys(e)
        .filter((k) => k !== 'kind')
        .map((k): [string, unknown] => [
          k,
          k === 'targets' && Array.isArray(e.targets) ? e.targets.map(compactTarget) : k === 'default' ? unless(e.default, bakedDefault(e, parts)) : e[k],
        ]),
    ])
  })
}

/** A custom preset definition in wire form, for a `#m=` link (canonical first). */
export const compactPreset = (preset: JsonObject): unknown => {
  const d = canonicalPresetObject(preset)
  return objectOf([
    ['id', d.id],
    ['version', unless(d.version, 1)],
    ['name', d.name],
    ['description', unless(d.description, '')],
    ['category', d.category],
    ['durationS', unless(d.durationS, partsEnd(d.parts))],
    ['parts', compactParts(d.parts)],
    ['exposed', Array.isArray(d.exposed) && d.exposed.length === 0 ? undefined : compactExposed(d.exposed, d.parts)],
    ...extraEntries(d, KNOWN.preset),
  ])
}

/** The project in wire form (canonical first), for a link of `schemaVersion`. */
export const compactProject = (project: JsonObject, schemaVersion: number): JsonObject => {
  const p = canonicalProjectObject(project)
  const lists = defaultLists(schemaVersion)
  const emptyList = (k: string, v: unknown) => lists.includes(k) && Array.isArray(v) && v.length === 0
  return objectOf([
    ['name', unless(p.name, PROJECT_DEFAULTS_V1.name)],
    ['fps', unless(p.fps, PROJECT_DEFAULTS_V1.fps)],
    ['scene', unless(p.scene, SCENE_DEFAULT_V1)],
    ['shots', Array.isArray(p.shots) ? p.shots.map((s, i) => compactShot(s, i, p.fps)) : p.shots],
    // in full (canonical), as every format-1 decoder reads them; a custom clip's defaults are not frozen, so its clips are in full too
    ['customPresets', emptyList('customPresets', p.customPresets) ? undefined : p.customPresets],
    ...extraEntries(p, KNOWN.project).filter(([k, v]) => !emptyList(k, v)),
  ])
}

// ---- expand ----------------------------------------------------------------------------------------

const expandEasing = (e: unknown): unknown =>
  typeof e === 'string' ? { kind: 'named', name: e } : Array.isArray(e) ? { kind: 'bezier', handles: e } : e

/**
 * A clip's (or part's) parameters: a built-in's frozen defaults, for the parameters the move still
 * declares, under the wire's values. A custom clip has no frozen defaults (`frozen` is undefined): its
 * parameters are in the link in full, filled and rounded through its definition by `canonicalProject`.
 */
const expandParams = (wire: unknown, presetId: unknown, frozen: FrozenPreset | undefined): unknown => {
  if (wire !== undefined && !isObject(wire)) return wire
  const declared = typeof presetId === 'string' ? getPreset(presetId)?.params.map((s) => s.name) : undefined
  const defaults = frozen ? Object.entries(frozen[2]).filter(([name]) => !declared || declared.includes(name)) : []
  return { ...Object.fromEntries(defaults), ...(wire ?? {}) }
}

const expandClips = (clips: unknown, nextId: () => string): unknown => {
  if (!Array.isArray(clips)) return clips
  let prev: JsonObject | undefined
  return clips.map((c: unknown) => {
    if (!isObject(c)) return c
    const frozen = frozenPreset(c.presetId)
    const clip = objectOf([
      ['id', nextId()],
      ['presetId', c.presetId],
      ['presetVersion', field(c, 'presetVersion', () => 1)],
      ['startS', field(c, 'startS', () => nextStart(prev))],
      ['durationS', field(c, 'durationS', () => frozen?.[0])],
      ['params', expandParams(c.params, c.presetId, frozen)],
      ['easing', hasOwn(c, 'easing') ? expandEasing(c.easing) : frozen ? { kind: 'named', name: frozen[1] } : undefined],
      ...Object.entries(c).filter(([k]) => !(KNOWN.clip as readonly string[]).includes(k)),
    ])
    prev = clip
    return clip
  })
}

const expandShot = (s: unknown, index: number, projectFps: unknown): unknown => {
  if (!isObject(s)) return s
  const id = shotIdAt(index)
  let clips = 0
  const nextId = () => clipIdAt(id, clips++)
  const wireTracks = field(s, 'tracks', () => Array.from({ length: TRACK_COUNT_V1 }, () => []))
  const tracks = Array.isArray(wireTracks)
    ? wireTracks.map((t: unknown, j) =>
        Array.isArray(t)
          ? { id: trackIdAt(id, j), clips: expandClips(t, nextId) }
          : isObject(t)
            ? { ...t, id: trackIdAt(id, j), clips: expandClips(t.clips, nextId) }
            : t,
      )
    : wireTracks
  return objectOf([
    ['id', id],
    ['name', field(s, 'name', () => `Shot ${index + 1}`)],
    ['durationS', field(s, 'durationS', () => shotEnd(tracks))],
    ['fps', field(s, 'fps', () => projectFps)],
    ['aspect', field(s, 'aspect', () => SHOT_DEFAULTS_V1.aspect)],
    ['start', merge(s.start, START_DEFAULT_V1)],
    ['lens', merge(s.lens, lensTemplate(isObject(s.lens) ? s.lens.sensorId : undefined))],
    ['subject', merge(s.subject, SUBJECT_DEFAULTS_V1)],
    ['prompt', merge(s.prompt, PROMPT_DEFAULTS_V1)],
    ['tracks', tracks],
    ...Object.entries(s).filter(([k]) => !(KNOWN.shot as readonly string[]).includes(k)),
  ])
}

const expandTarget = (t: unknown): unknown => (Array.isArray(t) && t.length === 2 ? { part: t[0], param: t[1] } : t)

const expandParts = (parts: unknown): unknown => {
  if (!Array.isArray(parts)) return parts
  const out: unknown[] = []
  for (const p of parts as unknown[]) {
    if (!isObject(p)) {
      out.push(p)
      continue
    }
    const frozen = frozenPreset(p.presetId)
    const track = trackOf(p)
    out.push(
      objectOf([
        ['presetId', p.presetId],
        ['presetVersion', field(p, 'presetVersion', () => 1)],
        ['startS', field(p, 'startS', () => partStart(out, track))],
        ['durationS', field(p, 'durationS', () => frozen?.[0])],
        ['track', track],
        ['params', expandParams(p.params, p.presetId, frozen)],
        ['easing', hasOwn(p, 'easing') ? expandEasing(p.easing) : frozen ? { kind: 'named', name: frozen[1] } : undefined],
        ...Object.entries(p).filter(([k]) => !(KNOWN.part as readonly string[]).includes(k)),
      ]),
    )
  }
  return out
}

const expandExposed = (exposed: unknown, parts: unknown): unknown => {
  if (!Array.isArray(exposed)) return exposed
  return exposed.map((e: unknown) => {
    if (!isObject(e)) return e
    const targets = Array.isArray(e.targets) ? e.targets.map(expandTarget) : e.targets
    const kind = field(e, 'kind', () => 'number')
    const out = objectOf([['kind', kind], ...Object.entries(e).filter(([k]) => k !== 'kind' && k !== 'targets'), ['targets', targets]])
    return hasOwn(e, 'default') ? out : objectOf([...Object.entries(out), ['default', bakedDefault(out, parts)]])
  })
}

/** The custom preset definition a wire form stands for (of the link's preset schema version). Never throws. */
export const expandPreset = (wire: unknown): unknown => {
  if (!isObject(wire)) return wire
  const parts = expandParts(wire.parts)
  return objectOf([
    ['id', wire.id],
    ['version', field(wire, 'version', () => 1)],
    ['name', wire.name],
    ['description', field(wire, 'description', () => '')],
    ['category', wire.category],
    ['durationS', field(wire, 'durationS', () => partsEnd(parts))],
    ['parts', parts],
    ['exposed', hasOwn(wire, 'exposed') ? expandExposed(wire.exposed, parts) : []],
    ...Object.entries(wire).filter(([k]) => !(KNOWN.preset as readonly string[]).includes(k)),
  ])
}

/** The project document (of the link's schema version) a wire form stands for. Never throws. */
export const expandProject = (wire: unknown, schemaVersion: number): unknown => {
  if (!isObject(wire)) return wire
  const fps = field(wire, 'fps', () => PROJECT_DEFAULTS_V1.fps)
  const lists = defaultLists(schemaVersion).filter((k) => !hasOwn(wire, k))
  return objectOf([
    ['id', LINK_PROJECT_ID],
    ['name', field(wire, 'name', () => PROJECT_DEFAULTS_V1.name)],
    ['fps', fps],
    ['scene', field(wire, 'scene', () => copyJson(SCENE_DEFAULT_V1))],
    ['shots', Array.isArray(wire.shots) ? wire.shots.map((s: unknown, i) => expandShot(s, i, fps)) : wire.shots],
    ['customPresets', wire.customPresets],
    ...Object.entries(wire).filter(([k]) => !(KNOWN.project as readonly string[]).includes(k)),
    ...lists.map((k): [string, unknown] => [k, []]),
  ])
}
