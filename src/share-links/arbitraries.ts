/**
 * fast-check arbitraries of whole projects for the link tests: several shots, tracks and clips of any
 * preset with valid random parameters, often at their defaults (so the link's default-stripping is
 * exercised both ways), free or default framing, lenses on every sensor, walking subjects, prompts,
 * named and bezier easings, sequential and free clip starts, sometimes a scene of its own, and
 * sometimes a custom preset (carried by the project, used by its last shot).
 * Every project it makes is valid (the property tests check that first). Never shipped.
 */
import fc from 'fast-check'
import { PRESETS, PRESET_CATEGORIES } from '../camera-presets'
import type { CameraPreset } from '../camera-presets'
import { ASPECT_RATIOS, SENSOR_PRESETS } from '../core/camera/lens'
import {
  type Clip,
  type CustomPresetDefinition,
  type CustomPresetPart,
  DEFAULT_START,
  type ExposedParam,
  type LensSetup,
  type ParamSpec,
  type Project,
  SHOT_FPS_CHOICES,
  type SetPiece,
  type Shot,
  type Track,
  createProject,
} from '../timeline'
import { arbEasing, arbParams, arbRange, arbStartFraming, arbSubject } from '../test/arbitraries'

const arbText = (max: number) => fc.oneof(fc.constant(''), fc.string({ maxLength: max }), fc.string({ unit: 'grapheme', maxLength: max }))

interface ClipDraft {
  readonly preset: CameraPreset
  readonly params: Record<string, number | string>
  readonly durationS: number | null
  readonly gapS: number | null
  readonly easing: Clip['easing'] | null
  readonly dropParam: boolean
}

const arbClipDraft: fc.Arbitrary<ClipDraft> = fc.constantFrom(...PRESETS).chain((preset) =>
  fc.record({
    preset: fc.constant(preset),
    params: arbParams(preset),
    durationS: fc.option(arbRange(0.05, 12), { nil: null }),
    gapS: fc.option(fc.oneof(arbRange(0, 5), fc.constant(0.5)), { nil: null }),
    easing: fc.option(arbEasing, { nil: null }),
    dropParam: fc.boolean(),
  }),
)

const buildTrack = (id: string, drafts: readonly ClipDraft[], clipId: () => string): Track => {
  let end = 0
  const clips = drafts.map((d): Clip => {
    const startS = d.gapS === null ? end : end + d.gapS
    const durationS = d.durationS ?? d.preset.defaultDurationS
    end = startS + durationS
    const params = { ...d.params }
    if (d.dropParam) delete params[Object.keys(params)[0]]
    return { id: clipId(), presetId: d.preset.id, presetVersion: d.preset.version, startS, durationS, params, easing: d.easing ?? d.preset.defaultEasing }
  })
  return { id, clips }
}

const arbLensAny: fc.Arbitrary<LensSetup> = fc
  .record({
    sensor: fc.constantFrom(...SENSOR_PRESETS.map((s) => s.id), 'custom' as const),
    customSize: fc.tuple(arbRange(4, 60), arbRange(3, 40)),
    focalLengthMm: fc.oneof(fc.constant(35), arbRange(4, 1200)),
    focusDistanceM: fc.option(arbRange(0.3, 100), { nil: null }),
    fStop: fc.oneof(fc.constant(2.8), arbRange(0.7, 32)),
  })
  .map(({ sensor, customSize, focalLengthMm, focusDistanceM, fStop }) => {
    const preset = SENSOR_PRESETS.find((s) => s.id === sensor)
    return {
      focalLengthMm,
      sensorId: sensor,
      sensorWidthMm: preset ? preset.widthMm : customSize[0],
      sensorHeightMm: preset ? preset.heightMm : customSize[1],
      focusDistanceM,
      fStop,
    }
  })

const arbShot = (index: number): fc.Arbitrary<(id: string) => Shot> =>
  fc
    .record({
      name: fc.oneof(fc.constant(`Shot ${index + 1}`), arbText(24)),
      tracks: fc.array(fc.array(arbClipDraft, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      durationS: fc.option(arbRange(0.05, 600), { nil: null }),
      fps: fc.oneof(fc.constant(null), fc.constantFrom(...SHOT_FPS_CHOICES), arbRange(1, 120)),
      aspect: fc.constantFrom(...ASPECT_RATIOS),
      start: fc.oneof(fc.constant(DEFAULT_START), arbStartFraming),
      lens: fc.oneof(fc.constant(null), arbLensAny),
      subject: fc.oneof(fc.constant(null), arbSubject(), arbSubject().map((s) => ({ ...s, form: 'vehicle' as const }))),
      prompt: fc.record({ subject: arbText(80), negative: arbText(20) }),
    })
    .map((d) => (id: string): Shot => {
      let clips = 0
      const base = createProject().shots[0]
      const tracks = d.tracks.map((drafts, j) => buildTrack(`${id}/t${j}`, drafts, () => `clip:${id}-${clips++}`))
      const end = Math.max(0, ...tracks.flatMap((t) => t.clips.map((c) => c.startS + c.durationS)))
      const durationS = Math.min(600, d.durationS ?? (end > 0 ? end : 5))
      return {
        ...base,
        id,
        name: d.name,
        durationS,
        fps: d.fps ?? 24,
        aspect: d.aspect,
        start: d.start,
        lens: d.lens ?? base.lens,
        subject: d.subject ?? base.subject,
        prompt: d.prompt,
        tracks,
      }
    })

const arbSetPiece: fc.Arbitrary<SetPiece> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 10 }),
  kind: fc.constantFrom('box' as const, 'column' as const, 'tree' as const, 'wall' as const),
  label: arbText(12),
  position: fc.tuple(arbRange(-50, 50), arbRange(-2, 5), arbRange(-50, 50)),
  size: fc.tuple(arbRange(0.01, 20), arbRange(0.01, 20), arbRange(0.01, 20)),
  color: fc.constantFrom('#fff', '#a1b2c3', '#000000'),
})

/** The custom preset of src/schema/fixtures/project.v3.json: a quarter orbit rising on a crane, its orbit angle exposed (15..180 deg). */
export const ORBIT_RISE: CustomPresetDefinition = {
  id: 'custom:0f9c2b7e-5d1a-4c3e-9b8f-2a6d4e1c7b30',
  version: 1,
  name: 'Orbit rise',
  description: 'A quarter orbit that rises on a crane arm, locked head.',
  category: 'orbit',
  durationS: 6,
  parts: [
    { presetId: 'orbit-left', presetVersion: 1, startS: 0, durationS: 6, track: 0, params: { angle: 45 }, easing: { kind: 'named', name: 'ease-in-out' } },
    { presetId: 'crane-up', presetVersion: 1, startS: 0, durationS: 5, track: 1, params: { armLength: 4, angle: 30, aim: 'locked' }, easing: { kind: 'named', name: 'ease-in-out' } },
  ],
  exposed: [{ kind: 'number', name: 'orbit-angle', label: 'Orbit angle', unit: 'deg', min: 15, max: 180, default: 45, targets: [{ part: 0, param: 'angle' }] }],
}

/** A clip of ORBIT_RISE after the last clip of a shot's first track. */
const withCustomClip = (shot: Shot, angle: number, durationS: number): Shot => {
  const [first, ...rest] = shot.tracks
  const startS = Math.max(0, ...first.clips.map((c) => c.startS + c.durationS))
  const clip: Clip = { id: `${shot.id}/custom`, presetId: ORBIT_RISE.id, presetVersion: 1, startS, durationS, params: { 'orbit-angle': angle }, easing: { kind: 'named', name: 'linear' } }
  return { ...shot, durationS: Math.min(600, Math.max(shot.durationS, startS + durationS)), tracks: [{ ...first, clips: [...first.clips, clip] }, ...rest] }
}

export const arbProject: fc.Arbitrary<Project> = fc
  .record({
    name: fc.oneof(fc.constant('Untitled project'), arbText(30)),
    fps: fc.oneof(fc.constant(24), fc.constantFrom(...SHOT_FPS_CHOICES)),
    shotCount: fc.integer({ min: 1, max: 4 }),
    pieces: fc.option(fc.uniqueArray(arbSetPiece, { maxLength: 4, selector: (p) => p.id }), { nil: null }),
    custom: fc.option(fc.record({ angle: arbRange(15, 180), durationS: arbRange(0.5, 12) }), { nil: null }),
  })
  .chain(({ name, fps, shotCount, pieces, custom }) =>
    fc.tuple(...Array.from({ length: shotCount }, (_, i) => arbShot(i))).map((shots): Project => {
      const base = createProject(`project:${name.length}`, name)
      const made = shots.map((make, i) => make(`shot:r${i}`))
      return {
        ...base,
        fps,
        scene: pieces ? { setPieces: pieces } : base.scene,
        shots: custom ? made.map((s, i) => (i === made.length - 1 ? withCustomClip(s, custom.angle, custom.durationS) : s)) : made,
        customPresets: custom ? [ORBIT_RISE] : [],
      }
    }),
  )

// ---- custom preset definitions ---------------------------------------------------------------------

const CATEGORY_IDS = PRESET_CATEGORIES.map((c) => c.id)

interface PartDraft {
  readonly preset: CameraPreset
  readonly params: Record<string, number | string>
  /** Fractions of the preset's duration. */
  readonly at: number
  readonly length: number
  readonly track: number
  readonly easing: Clip['easing'] | null
  readonly durationS: number | null
  /** Expose one of its parameters: [which (index into its params, mod), bounds (fractions of its range), default (fraction), linked]. */
  readonly expose: readonly [number, number, number, number, boolean] | null
}

const arbPartDraft: fc.Arbitrary<PartDraft> = fc.constantFrom(...PRESETS).chain((preset) =>
  fc.record({
    preset: fc.constant(preset),
    params: arbParams(preset),
    at: fc.oneof(fc.constant(0), arbRange(0, 1)),
    length: fc.oneof(fc.constant(1), arbRange(0.01, 1)),
    track: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 })),
    easing: fc.option(arbEasing, { nil: null }),
    durationS: fc.option(arbRange(0.05, 12), { nil: null }),
    expose: fc.option(fc.tuple(fc.nat(), arbRange(0, 1), arbRange(0, 1), arbRange(0, 1), fc.boolean()), { nil: null, freq: 2 }),
  }),
)

/** An exposed parameter over `spec` of part `part` (and of every later part of the same move when `linked`). */
const exposedFor = (spec: ParamSpec, i: number, parts: readonly CustomPresetPart[], draft: PartDraft, n: number): ExposedParam => {
  const [, a, b, d, linked] = draft.expose ?? [0, 0, 1, 0.5, false]
  const targets = [{ part: i, param: spec.name }]
  if (linked) parts.forEach((p, j) => j > i && p.presetId === parts[i].presetId && targets.push({ part: j, param: spec.name }))
  const name = `p${n}-${spec.name}`
  const label = `${draft.preset.label} ${spec.label}`
  if (spec.kind === 'choice') return { kind: 'choice', name, label, default: d < 0.5 ? spec.options[0].value : String(parts[i].params[spec.name]), targets }
  const at = (f: number) => (spec.integer ? Math.round(spec.min + (spec.max - spec.min) * f) : spec.min + (spec.max - spec.min) * f)
  const [min, max] = [at(Math.min(a, b)), at(Math.max(a, b))]
  const baked = parts[i].params[spec.name]
  // the app's default is the tuned value (the link then leaves it out); sometimes another one in range
  // clamped: min + (max - min) * 1 can land a rounding error past max (0.40226746050000006 > 0.4022674605)
  const fallback = Math.min(max, Math.max(min, spec.integer ? Math.round(min + (max - min) * d) : min + (max - min) * d))
  return { kind: 'number', name, label, unit: spec.unit, min, max, default: typeof baked === 'number' && baked >= min && baked <= max && d < 0.7 ? baked : fallback, targets }
}

/**
 * Valid custom preset definitions: 1 to 4 built-in parts of any move, with random baked values,
 * timing (overlapping, in sequence or apart; on up to 3 tracks), easings and durations, and some of
 * their parameters exposed (number ranges inside the move's own, choices, one control linked to
 * several parts of the same move), revision, name and description of any text.
 */
export const arbPreset: fc.Arbitrary<CustomPresetDefinition> = fc
  .record({
    id: fc.uuid().map((u) => `custom:${u}`),
    version: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 40 })),
    name: arbText(30).filter((s) => s.trim().length > 0),
    description: arbText(60),
    category: fc.constantFrom(...CATEGORY_IDS),
    durationS: fc.oneof(arbRange(0.2, 20), fc.constant(6)),
    drafts: fc.array(arbPartDraft, { minLength: 1, maxLength: 4 }),
    sequential: fc.boolean(),
  })
  .map(({ id, version, name, description, category, durationS, drafts, sequential }): CustomPresetDefinition => {
    let end = 0
    const parts = drafts.map((d): CustomPresetPart => {
      const natural = Math.min(durationS, d.durationS ?? d.preset.defaultDurationS)
      const length = sequential ? natural / drafts.length : Math.max(durationS * d.length, 1e-3)
      const startS = sequential ? end : Math.min(durationS * d.at, durationS - length)
      end = startS + length
      return { presetId: d.preset.id, presetVersion: d.preset.version, startS: Math.max(0, startS), durationS: length, track: d.track, params: d.params, easing: d.easing ?? d.preset.defaultEasing }
    })
    const driven = new Set<string>()
    const exposed: ExposedParam[] = []
    drafts.forEach((d, i) => {
      if (!d.expose || d.preset.params.length === 0) return
      const spec = d.preset.params[d.expose[0] % d.preset.params.length]
      if (driven.has(`${i}/${spec.name}`)) return
      const e = exposedFor(spec, i, parts, d, exposed.length)
      e.targets.forEach((t) => driven.add(`${t.part}/${t.param}`))
      exposed.push(e)
    })
    const last = Math.max(...parts.map((p) => p.startS + p.durationS))
    return { id, version, name, description, category, durationS: Math.max(durationS, last), parts, exposed }
  })
