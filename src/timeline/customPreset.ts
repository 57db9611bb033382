/**
 * Custom presets as document data: a named move made of built-in moves (its parts, each with its
 * baked parameter values, timing and easing) and the few parameters it keeps exposed. A project
 * carries the definitions its clips use (`project.customPresets`), so the project opens anywhere;
 * a clip plays one through `presetId = 'custom:<id>'`. The operator that plays a definition lives in
 * `camera-presets/custom` (`customMove`); this file holds only the plain data.
 */
import type { Easing } from '../core/math/easing'
import type { Seconds } from '../core/units'
import type { ParamUnit, ParamValues } from './params'

/** Custom preset ids are namespaced so they can never collide with a built-in id. */
export const CUSTOM_PRESET_PREFIX = 'custom:'

export const isCustomPresetId = (id: string): boolean => id.startsWith(CUSTOM_PRESET_PREFIX)

/** One built-in move inside a custom preset, placed relative to the preset's start (at its natural duration). */
export interface CustomPresetPart {
  /** A built-in preset id (never a custom one: custom presets nest one level only). */
  readonly presetId: string
  readonly presetVersion: number
  readonly startS: Seconds
  readonly durationS: Seconds
  /** The lane it was on (0 = the first used); parts play in order of start, ties in the order stored. */
  readonly track: number
  /** Its parameter values, baked. An exposed parameter overrides the values it targets. */
  readonly params: ParamValues
  readonly easing: Easing
}

/** A parameter of one part that an exposed parameter drives. */
export interface ExposedParamTarget {
  /** Index into `parts`. */
  readonly part: number
  /** The built-in parameter's name. */
  readonly param: string
}

interface ExposedBase {
  /** The clip parameter's name (`clip.params[name]`), unique within the preset. */
  readonly name: string
  readonly label: string
  /** One or more parts' parameters, all of the same kind (and unit); each gets the same value. */
  readonly targets: readonly ExposedParamTarget[]
}

/** A number parameter left open, with a range inside every target's own range. */
export interface ExposedNumberParam extends ExposedBase {
  readonly kind: 'number'
  readonly unit: ParamUnit
  readonly min: number
  readonly max: number
  readonly default: number
}

/** A choice parameter left open (the targets' options, which must be the same). */
export interface ExposedChoiceParam extends ExposedBase {
  readonly kind: 'choice'
  readonly default: string
}

export type ExposedParam = ExposedNumberParam | ExposedChoiceParam

/** A custom preset: plain, versioned data that travels with projects, files and links. */
export interface CustomPresetDefinition {
  /** `custom:<uuid>`. */
  readonly id: string
  /** Revision, from 1; bumped by every edit that changes how its clips move (clips store the one they were made with). */
  readonly version: number
  readonly name: string
  /** One or two sentences; may be empty. */
  readonly description: string
  /** One of the library's categories (camera-presets PRESET_CATEGORIES). */
  readonly category: string
  /** Its natural duration: a clip of this length plays every part at its saved timing. */
  readonly durationS: Seconds
  readonly parts: readonly CustomPresetPart[]
  readonly exposed: readonly ExposedParam[]
}

export const MAX_CUSTOM_PRESET_NAME_CHARS = 80
export const MAX_CUSTOM_PRESET_DESCRIPTION_CHARS = 500
export const MAX_CUSTOM_PRESET_PARTS = 32
