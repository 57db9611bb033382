/**
 * Pure helpers for the preset library panel: grouping, chip labels, counts, drag data, the search by the presets' own words.
 * The search by any tool's name (`searchLibrary`) is in `librarySearch.ts`, loaded when the search box is first used.
 */
import { PRESETS, PRESET_CATEGORIES, searchPresets, type CameraPreset, type PresetCategory } from '../../camera-presets'

/** The drag-and-drop type a preset travels under; the timeline reads it on drop. */
export const PRESET_DRAG_TYPE = 'application/x-framewright-preset'

/** Short chip labels (the full category label is the chip's tooltip). */
export const CATEGORY_CHIP_LABELS: Readonly<Record<PresetCategory, string>> = {
  'push-pull': 'Push/pull',
  rotate: 'Rotate',
  lateral: 'Lateral',
  vertical: 'Vertical',
  orbit: 'Orbit',
  crane: 'Crane',
  lens: 'Lens',
  dynamic: 'Handheld',
  drone: 'Drone',
  specialty: 'Special',
}

export const categoryLabel = (id: PresetCategory): string => PRESET_CATEGORIES.find((c) => c.id === id)?.label ?? id

export interface PresetGroup {
  readonly category: PresetCategory
  readonly label: string
  readonly presets: readonly CameraPreset[]
}

/** Presets grouped by category in the library's category order; empty groups are left out. */
export const groupPresets = (presets: readonly CameraPreset[]): PresetGroup[] =>
  PRESET_CATEGORIES.map((c) => ({ category: c.id, label: c.label, presets: presets.filter((p) => p.category === c.id) })).filter(
    (g) => g.presets.length > 0,
  )

/** "4 s", "0.35 s", "1.5 s". */
export const formatDurationS = (s: number): string => `${Number(s.toFixed(2))} s`

/** "37 presets" with nothing filtered, else "5 of 37 presets". */
export const countLabel = (shown: number, total: number): string => {
  const noun = total === 1 ? 'preset' : 'presets'
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`
}

/** What the library lists for a search: presets by their own words or by a rival tool's name for them. */
export interface LibrarySearch {
  readonly presets: readonly CameraPreset[]
  /** Per preset found by a rival name: "Higgsfield: Robo Arm · PixVerse: robo_arm" ("close to" before a name the preset only fits loosely). */
  readonly aliases: ReadonlyMap<string, string>
  /** One line per kind for names that are not camera moves ("Fisheye (Higgsfield) is a look, not a camera move: …"). */
  readonly notMoves: readonly string[]
  /** What Enter adds: the preset a whole rival name stands for as its own, else the first listed. */
  readonly best?: CameraPreset
}

/**
 * The search before the vocabulary table has loaded: `searchPresets` (label, id, category, description,
 * keywords) in library order, no rival names.
 */
export const searchOwnWords = (query: string, category?: PresetCategory): LibrarySearch => {
  const found = new Set(searchPresets(query, category).map((p) => p.id))
  const presets = PRESETS.filter((p) => found.has(p.id) && (!category || p.category === category))
  return { presets, aliases: new Map(), notMoves: [], ...(presets[0] ? { best: presets[0] } : {}) }
}
